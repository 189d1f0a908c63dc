import { Dec, ONE, ZERO } from "../decimal";
import { Outcome } from "../outcome";
import { investmentPresentValue } from "../presentValue";
import { REDUCING_SHARES, RowAssumption, assumptionValue } from "./assumptions";
import { UncertainParameter } from "./uncertainty";
import { DiscountTable, discountTable, presentValueFactor } from "./valuation";

/** Total PV and investment PV of one Monte Carlo run. */
export interface RunValue {
  readonly total: Dec;
  readonly investment: Dec;
}

/** A factor of the year-1 value drawn in each run: the value itself, or 1 − value for a share. */
interface DrawnFactor {
  readonly slot: number;
  readonly reducing: boolean;
}

/** What stays fixed for a row across runs, and where its drawn parameters are. */
interface RowPlan {
  /** The product of the year-1 factors that are not drawn; null when all six are drawn. */
  readonly fixedProduct: Dec | null;
  readonly drawn: readonly DrawnFactor[];
  readonly dropOff: Dec;
  readonly dropOffSlot: number | null;
  readonly years: number;
  readonly yearsSlot: number | null;
  /** The row's present-value factor when neither it nor the discount rate is drawn. */
  readonly fixedFactor: Dec | null;
  /**
   * When only the discount rate is drawn: the index shared by all rows with the same drop-off and
   * years, whose present-value factor is computed once per run.
   */
  readonly group: number | null;
}

const YEAR_ONE_FACTORS: readonly RowAssumption[] = ["quantity", "outcome_rate", "deadweight", "attribution", "displacement", "proxy"];

/**
 * Prepares the decimal valuation of Monte Carlo runs: everything that does not change between
 * runs (the product of fixed year-1 factors, fixed present-value factors, the investment PV at a
 * fixed rate) is computed once, and rows that share a drop-off and benefit period share their
 * present-value factor within a run, so a run costs a few decimal operations per drawn parameter.
 * A run's total equals valueMap's for the drawn values (to the core's 40 significant digits).
 * Monte Carlo runs on the float kernel (floatRuns); this is the decimal reference its tests hold
 * it to.
 */
export function runValuer(
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  parameters: readonly UncertainParameter[],
): (draws: Float64Array) => RunValue {
  const slots = new Map(parameters.map((p, j) => [`${p.row}:${p.assumption}`, j]));
  const slotOf = (row: number | null, assumption: string): number | null => slots.get(`${row}:${assumption}`) ?? null;
  const rateSlot = slotOf(null, "discount_rate");
  const drawnYears = parameters.filter((p) => p.assumption === "years").map((p) => Math.ceil(p.high));
  const maxYears = Math.max(0, ...rows.map((r) => r.years), ...drawnYears);
  const fixedTable = rateSlot === null ? discountTable(rate, maxYears) : null;
  const fixedInvestment = rateSlot === null ? investmentPresentValue(investment, rate) : null;
  const groups = new Map<string, number>();
  const plans: RowPlan[] = rows.map((row, i) => {
    const drawn: DrawnFactor[] = [];
    let fixedProduct: Dec | null = null;
    for (const assumption of YEAR_ONE_FACTORS) {
      const slot = slotOf(i, assumption);
      const reducing = REDUCING_SHARES.includes(assumption);
      const value = assumptionValue(row, assumption);
      if (slot !== null) drawn.push({ slot, reducing });
      else fixedProduct = (fixedProduct ?? ONE).times(reducing ? ONE.minus(value) : value);
    }
    const dropOffSlot = slotOf(i, "drop_off");
    const yearsSlot = slotOf(i, "years");
    const profileFixed = dropOffSlot === null && yearsSlot === null;
    const key = `${row.dropOff.toString()}:${row.years}`;
    if (profileFixed && !groups.has(key)) groups.set(key, groups.size);
    return {
      fixedProduct,
      drawn,
      dropOff: row.dropOff,
      dropOffSlot,
      years: row.years,
      yearsSlot,
      fixedFactor: profileFixed && fixedTable !== null ? presentValueFactor(fixedTable, row.dropOff, row.years) : null,
      group: profileFixed && fixedTable === null ? (groups.get(key) as number) : null,
    };
  });
  const groupFactors = new Array<Dec | undefined>(groups.size);
  return (draws) => {
    const table: DiscountTable = fixedTable ?? discountTable(new Dec(draws[rateSlot as number]), maxYears);
    groupFactors.fill(undefined);
    let total = ZERO;
    for (const plan of plans) {
      let value = plan.fixedProduct;
      for (const factor of plan.drawn) {
        const x = new Dec(draws[factor.slot]);
        const f = factor.reducing ? ONE.minus(x) : x;
        value = value === null ? f : value.times(f);
      }
      let pvFactor = plan.fixedFactor;
      if (pvFactor === null && plan.group !== null)
        pvFactor = groupFactors[plan.group] ??= presentValueFactor(table, plan.dropOff, plan.years);
      if (pvFactor === null) pvFactor = drawnFactor(plan, table, draws);
      total = total.plus(value === null ? pvFactor : value.times(pvFactor));
    }
    return { total, investment: fixedInvestment ?? investmentPresentValue(investment, table.rate) };
  };
}

function drawnFactor(plan: RowPlan, table: DiscountTable, draws: Float64Array): Dec {
  const dropOff = plan.dropOffSlot === null ? plan.dropOff : new Dec(draws[plan.dropOffSlot]);
  const years = plan.yearsSlot === null ? plan.years : draws[plan.yearsSlot];
  return presentValueFactor(table, dropOff, years);
}
