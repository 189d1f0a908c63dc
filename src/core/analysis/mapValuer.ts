import { Dec, ONE, ZERO } from "../decimal";
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
  const yearOne = new Array<Dec | undefined>(base.length);
  const steps = new Array<YearOneSteps | undefined>(base.length);
  const basePV = new Array<Dec | undefined>(base.length);
  let table: DiscountTable | null = null;
  let factors = new Map<string, Dec>();
  /** The base rows' present-value factors at the table's rate. */
  let rowFactors: (Dec | undefined)[] = [];
  const tableFor = (rate: Dec, years: number): DiscountTable => {
    if (table === null || !table.rate.eq(rate) || table.cumulative.length < years) {
      table = discountTable(rate, Math.max(years, table !== null && table.rate.eq(rate) ? table.cumulative.length : 0));
      factors = new Map();
      rowFactors = new Array<Dec | undefined>(base.length);
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
      const value = sameValue
        ? (yearOne[i] ??= yearOneValue(b))
        : b === undefined
          ? yearOneValue(row)
          : movedYearOne(row, (steps[i] ??= yearOneSteps(b)));
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
  return FACTOR_FIELDS.every((field) => a[field] === b[field] || a[field].eq(b[field]));
}

/** The year-1 factors in the order yearOneValue multiplies them (the last three enter as 1 − share). */
const FACTOR_FIELDS = ["quantity", "outcomeRate", "proxy", "deadweight", "attribution", "displacement"] as const;

/** A base row's year-1 factors and the running products yearOneValue forms of them. */
interface YearOneSteps {
  readonly row: Outcome;
  /** factors[k]: the k-th factor (quantity, outcome rate, proxy, 1 − deadweight, 1 − attribution, 1 − displacement). */
  readonly factors: readonly Dec[];
  /** products[k]: the product of factors 0 … k, multiplied left to right. */
  readonly products: readonly Dec[];
}

function yearOneSteps(row: Outcome): YearOneSteps {
  const factors = FACTOR_FIELDS.map((field, k) => factorOf(row, field, k));
  const products: Dec[] = [factors[0]];
  for (let k = 1; k < factors.length; k++) products.push(products[k - 1].times(factors[k]));
  return { row, factors, products };
}

function factorOf(row: Outcome, field: (typeof FACTOR_FIELDS)[number], k: number): Dec {
  return k < 3 ? row[field] : ONE.minus(row[field]);
}

/**
 * yearOneValue of a variant of a base row, by the same multiplications in the same order: the
 * base's running product up to the first factor that differs, then the variant's factors (the
 * base's own where they are equal).
 */
function movedYearOne(row: Outcome, steps: YearOneSteps): Dec {
  const same = (k: number): boolean =>
    row[FACTOR_FIELDS[k]] === steps.row[FACTOR_FIELDS[k]] || row[FACTOR_FIELDS[k]].eq(steps.row[FACTOR_FIELDS[k]]);
  let first = 0;
  while (first < FACTOR_FIELDS.length && same(first)) first++;
  if (first === FACTOR_FIELDS.length) return steps.products[first - 1];
  let value =
    first === 0 ? factorOf(row, FACTOR_FIELDS[0], 0) : steps.products[first - 1].times(factorOf(row, FACTOR_FIELDS[first], first));
  for (let k = first + 1; k < FACTOR_FIELDS.length; k++)
    value = value.times(same(k) ? steps.factors[k] : factorOf(row, FACTOR_FIELDS[k], k));
  return value;
}
