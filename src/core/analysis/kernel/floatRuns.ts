import { Dec, ONE } from "../../decimal";
import { Outcome } from "../../outcome";
import { investmentPresentValue } from "../../presentValue";
import { REDUCING_SHARES, RowAssumption, assumptionValue } from "../assumptions";
import { UncertainParameter } from "../uncertainty";
import { discountTable, presentValueFactor } from "../valuation";

/**
 * The Monte Carlo valuation as a float kernel: the same arithmetic as runValuer (decimal), on
 * doubles over typed arrays. Everything that does not change between runs is worked out once in
 * decimals and then turned into a double (the product of a row's fixed year-1 factors, its
 * present-value factor when neither its profile nor the rate is drawn, the investment PV at a fixed
 * rate); a run then costs a few float operations per drawn parameter, and discount factors are
 * computed per run only when the rate is drawn. Tests check it against runValuer on the same draws
 * (relative difference ≤ 1e-9 on every run), so the two cannot drift apart.
 */
export interface FloatRuns {
  /** Total PV of benefits of the run whose draws are given (in uncertainParameters order). */
  total(draws: Float64Array): number;
  /** Investment PV of that run. */
  investment(draws: Float64Array): number;
}

const YEAR_ONE_FACTORS: readonly RowAssumption[] = ["quantity", "outcome_rate", "deadweight", "attribution", "displacement", "proxy"];

/** Prepares the float valuation of runs of an impact map with the given uncertain parameters. */
export function floatRuns(
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  parameters: readonly UncertainParameter[],
): FloatRuns {
  const n = rows.length;
  const slots = new Map(parameters.map((p, j) => [`${p.row}:${p.assumption}`, j]));
  const slotOf = (row: number | null, assumption: string): number => slots.get(`${row}:${assumption}`) ?? -1;
  const rateSlot = slotOf(null, "discount_rate");
  const table = rateSlot < 0 ? discountTable(rate, Math.max(0, ...rows.map((r) => r.years))) : null;

  const fixedProduct = new Float64Array(n);
  const drawnStart = new Int32Array(n + 1);
  const drawnSlot: number[] = [];
  const drawnReducing: number[] = [];
  const dropOff = new Float64Array(n);
  const dropOffSlot = new Int32Array(n);
  const years = new Float64Array(n);
  const yearsSlot = new Int32Array(n);
  /** The row's PV factor when fixed for every run; NaN when it is computed per run. */
  const fixedFactor = new Float64Array(n);
  /** Rows whose profile is fixed while the rate is drawn: index of their (drop-off, years) group. */
  const group = new Int32Array(n).fill(-1);
  const groups = new Map<string, number>();
  const groupDropOff: number[] = [];
  const groupYears: number[] = [];

  rows.forEach((row, i) => {
    drawnStart[i] = drawnSlot.length;
    let product = ONE;
    for (const assumption of YEAR_ONE_FACTORS) {
      const slot = slotOf(i, assumption);
      const reducing = REDUCING_SHARES.includes(assumption);
      if (slot >= 0) {
        drawnSlot.push(slot);
        drawnReducing.push(reducing ? 1 : 0);
      } else {
        const value = assumptionValue(row, assumption);
        product = product.times(reducing ? ONE.minus(value) : value);
      }
    }
    fixedProduct[i] = product.toNumber();
    dropOff[i] = row.dropOff.toNumber();
    years[i] = row.years;
    dropOffSlot[i] = slotOf(i, "drop_off");
    yearsSlot[i] = slotOf(i, "years");
    const profileFixed = dropOffSlot[i] < 0 && yearsSlot[i] < 0;
    fixedFactor[i] = profileFixed && table !== null ? presentValueFactor(table, row.dropOff, row.years).toNumber() : NaN;
    if (profileFixed && table === null) {
      const key = `${row.dropOff.toString()}:${row.years}`;
      if (!groups.has(key)) {
        groups.set(key, groups.size);
        groupDropOff.push(dropOff[i]);
        groupYears.push(row.years);
      }
      group[i] = groups.get(key) as number;
    }
  });
  drawnStart[n] = drawnSlot.length;
  const slot = Int32Array.from(drawnSlot);
  const reducing = Uint8Array.from(drawnReducing);
  const groupFactor = new Float64Array(groups.size);
  const fixedV = table === null ? NaN : table.v.toNumber();
  const fixedInvestment = table === null ? NaN : investmentPresentValue(investment, rate).toNumber();
  const amounts = Float64Array.from(investment.map((a) => a.toNumber()));

  const discount = (draws: Float64Array): number => (rateSlot < 0 ? fixedV : 1 / (1 + draws[rateSlot]));

  const total = (draws: Float64Array): number => {
    const v = discount(draws);
    for (let g = 0; g < groupFactor.length; g++) groupFactor[g] = pvFactor(v, groupDropOff[g], groupYears[g]);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let value = fixedProduct[i];
      for (let k = drawnStart[i]; k < drawnStart[i + 1]; k++) {
        const x = draws[slot[k]];
        value *= reducing[k] === 1 ? 1 - x : x;
      }
      let factor = fixedFactor[i];
      if (factor !== factor) {
        factor =
          group[i] >= 0
            ? groupFactor[group[i]]
            : pvFactor(v, dropOffSlot[i] < 0 ? dropOff[i] : draws[dropOffSlot[i]], yearsSlot[i] < 0 ? years[i] : draws[yearsSlot[i]]);
      }
      sum += value * factor;
    }
    return sum;
  };

  const investmentOf = (draws: Float64Array): number => {
    if (rateSlot < 0) return fixedInvestment;
    const v = discount(draws);
    let sum = 0;
    let power = 1;
    for (let k = 0; k < amounts.length; k++) {
      sum += amounts[k] * power;
      power *= v;
    }
    return sum;
  };

  return { total, investment: investmentOf };
}

/**
 * Present value of one unit of year-1 value with drop-off d over n years at v = 1 / (1 + r):
 * Σₜ₌₁..ₙ (1 − d)^(t − 1) vᵗ by Horner's rule, v (1 + kv (1 + kv (…))) with k = 1 − d, as
 * presentValueFactor computes it in decimals.
 */
export function pvFactor(v: number, dropOff: number, years: number): number {
  const kv = (1 - dropOff) * v;
  let acc = 1;
  for (let t = 1; t < years; t++) acc = 1 + kv * acc;
  return v * acc;
}
