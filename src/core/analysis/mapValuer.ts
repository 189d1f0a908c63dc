import { Dec, ZERO } from "../decimal";
import { Outcome, yearOneValue } from "../outcome";
import { investmentPresentValue } from "../presentValue";
import { DiscountTable, Valuation, discountTable, presentValueFactor, valuationOf } from "./valuation";

/**
 * Values variants of one impact map in decimals (the tornado's moved maps, the maps a break-even
 * tries), reusing what a variant leaves unchanged: a row whose assumptions equal the base row's
 * keeps its year-1 value, and at the base rate its present value; present-value factors are shared
 * by the rows with the same drop-off and benefit period. The arithmetic is totalPresentValue's, in
 * the same order, so every total is the one totalPresentValue gives (to the last digit).
 */
export interface MapValuer {
  /** totalPresentValue(rows, rate) for a variant of the base map (the same number of rows). */
  total(rows: readonly Outcome[], rate: Dec): Dec;
  /** valueMap(rows, rate, investment) for a variant of the base map. */
  value(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[]): Valuation;
}

export function mapValuer(base: readonly Outcome[], baseRate: Dec): MapValuer {
  const yearOne: (Dec | undefined)[] = new Array(base.length);
  const basePV: (Dec | undefined)[] = new Array(base.length);
  let table: DiscountTable | null = null;
  let factors = new Map<string, Dec>();
  /** The base rows' present-value factors at the table's rate. */
  let rowFactors: (Dec | undefined)[] = [];
  const tableFor = (rate: Dec, years: number): DiscountTable => {
    if (table === null || !table.rate.eq(rate) || table.cumulative.length < years) {
      table = discountTable(rate, Math.max(years, table !== null && table.rate.eq(rate) ? table.cumulative.length : 0));
      factors = new Map();
      rowFactors = new Array(base.length);
    }
    return table;
  };
  const factorOf = (t: DiscountTable, dropOff: Dec, years: number): Dec => {
    const key = `${dropOff.toString()}:${years}`;
    let factor = factors.get(key);
    if (factor === undefined) factors.set(key, (factor = presentValueFactor(t, dropOff, years)));
    return factor;
  };
  const total = (rows: readonly Outcome[], rate: Dec): Dec => {
    const t = tableFor(rate, Math.max(0, ...rows.map((r) => r.years)));
    const atBaseRate = rate.eq(baseRate);
    let sum = ZERO;
    rows.forEach((row, i) => {
      const b = base[i];
      const sameValue = b !== undefined && sameYearOne(row, b);
      const sameProfile = b !== undefined && row.years === b.years && row.dropOff.eq(b.dropOff);
      if (sameValue && sameProfile && atBaseRate) {
        sum = sum.plus((basePV[i] ??= (yearOne[i] ??= yearOneValue(b)).times(factorOf(t, b.dropOff, b.years))));
        return;
      }
      const value = sameValue ? (yearOne[i] ??= yearOneValue(b)) : yearOneValue(row);
      const factor = sameProfile ? (rowFactors[i] ??= factorOf(t, b.dropOff, b.years)) : factorOf(t, row.dropOff, row.years);
      sum = sum.plus(value.times(factor));
    });
    return sum;
  };
  return {
    total,
    value: (rows, rate, investment) => valuationOf(total(rows, rate), investmentPresentValue(investment, rate)),
  };
}

function sameYearOne(a: Outcome, b: Outcome): boolean {
  return (
    a.quantity.eq(b.quantity) && a.outcomeRate.eq(b.outcomeRate) && a.deadweight.eq(b.deadweight) &&
    a.attribution.eq(b.attribution) && a.displacement.eq(b.displacement) && a.proxy.eq(b.proxy)
  );
}
