import { Dec, ONE, ZERO } from "../decimal";
import { Outcome, yearOneValue } from "../outcome";
import { investmentPresentValue } from "../presentValue";

/**
 * The valuation every analysis repeats many times: an impact map's total present value against
 * its investment. A row's PV is its year-1 value times a present-value factor that depends only
 * on the drop-off, the benefit period and the discount rate, so the discounting is done once per
 * rate (a DiscountTable) instead of once per row and year. The result equals
 * presentValue(valueProfile(row), rate) to the core's 40 significant digits.
 */

/** Discounting for one rate: v = 1 / (1 + r) and the running sums Σₜ₌₁..ₙ vᵗ. */
export interface DiscountTable {
  readonly rate: Dec;
  /** v = 1 / (1 + r). */
  readonly v: Dec;
  /** cumulative[n − 1] = v + v² + … + vⁿ (the PV of 1 a year for n years). */
  readonly cumulative: readonly Dec[];
}

/** A DiscountTable for benefit periods up to `maxYears` years (Excel NPV: year 1 discounted). */
export function discountTable(rate: Dec, maxYears: number): DiscountTable {
  const v = rate.isZero() ? ONE : ONE.div(ONE.plus(rate));
  const cumulative: Dec[] = [];
  let power = v;
  let total = ZERO;
  for (let t = 1; t <= maxYears; t++) {
    total = total.plus(power);
    cumulative.push(total);
    power = power.times(v);
  }
  return { rate, v, cumulative };
}

/**
 * Present value of one unit of year-1 value with drop-off d over n years:
 * Σₜ₌₁..ₙ (1 − d)^(t − 1) · vᵗ, evaluated by Horner's rule as v · (1 + kv · (1 + kv · (…)))
 * with k = 1 − d; without drop-off it is the table's running sum.
 */
export function presentValueFactor(table: DiscountTable, dropOff: Dec, years: number): Dec {
  if (dropOff.isZero() && years <= table.cumulative.length) return table.cumulative[years - 1];
  if (years === 1) return table.v;
  const kv = ONE.minus(dropOff).times(table.v);
  let acc = ONE.plus(kv);
  for (let t = 2; t < years; t++) acc = ONE.plus(kv.times(acc));
  return table.v.times(acc);
}

/** PV of one row: year-1 value × presentValueFactor. */
export function rowPresentValue(row: Outcome, table: DiscountTable): Dec {
  return yearOneValue(row).times(presentValueFactor(table, row.dropOff, row.years));
}

/** An impact map's present values against its investment. */
export interface Valuation {
  readonly totalPresentValue: Dec;
  readonly investmentPresentValue: Dec;
  /** PV(benefits) / PV(investment); null when the investment is zero. */
  readonly ratio: Dec | null;
  /** PV(benefits) − PV(investment). */
  readonly netValue: Dec;
}

/** Total PV of rows at a rate, as evaluateImpactMap computes it. */
export function totalPresentValue(rows: readonly Outcome[], rate: Dec): Dec {
  const table = discountTable(rate, Math.max(0, ...rows.map((r) => r.years)));
  return rows.reduce((acc, row) => acc.plus(rowPresentValue(row, table)), ZERO);
}

/**
 * Values an impact map: total PV, investment PV (year k discounted by (1 + r)^(k − 1)),
 * ratio = PV / investment PV (null for a zero investment) and net value = PV − investment PV.
 */
export function valueMap(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[]): Valuation {
  return valuationOf(totalPresentValue(rows, rate), investmentPresentValue(investment, rate));
}

/** Ratio and net value from the two present values. */
export function valuationOf(total: Dec, investmentPV: Dec): Valuation {
  return {
    totalPresentValue: total,
    investmentPresentValue: investmentPV,
    ratio: investmentPV.isZero() ? null : total.div(investmentPV),
    netValue: total.minus(investmentPV),
  };
}
