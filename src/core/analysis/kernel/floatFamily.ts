import { Dec } from "../../decimal";
import { Outcome, yearOneValue } from "../../outcome";
import { Assumption } from "../assumptions";
import { BreakEvenParameter } from "../families";
import { pvFactor } from "./floatRuns";

/**
 * A break-even family's gap (PV(benefits) − PV(investment) of the map at parameter x, see
 * breakEvenFamily) in floats, for the searches of the assumptions that are not affine: drop-off
 * and years (moved in every row at once) and the discount rate. Rows that share a drop-off and a
 * benefit period move together, so one evaluation costs one present-value factor per group.
 * Besides the gap it gives the scale the float error is relative to: Σ |row PV| + PV(investment);
 * the gap's rounding error is a few units of 1e-16 of it.
 */
export type FloatGap = (x: number) => { readonly gap: number; readonly scale: number };

export function floatGap(
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  assumption: Assumption,
  parameter: BreakEvenParameter,
): FloatGap {
  const groups = new Map<string, { dropOff: number; years: number; weight: number; size: number }>();
  for (const row of rows) {
    const key = `${row.dropOff.toString()}:${row.years}`;
    const value = yearOneValue(row).toNumber();
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { dropOff: row.dropOff.toNumber(), years: row.years, weight: value, size: Math.abs(value) });
    else {
      group.weight += value;
      group.size += Math.abs(value);
    }
  }
  const list = [...groups.values()];
  const amounts = investment.map((a) => a.toNumber());
  const fixedV = 1 / (1 + rate.toNumber());
  const paidAt = (v: number): number => {
    let sum = 0;
    for (let k = amounts.length - 1; k >= 0; k--) sum = sum * v + amounts[k];
    return sum;
  };
  const fixedPaid = paidAt(fixedV);
  const profile = (x: number, dropOff: number, years: number): [number, number] => {
    if (assumption === "drop_off") return [parameter === "value" ? x : Math.min(1, Math.max(0, dropOff * x)), years];
    if (assumption === "years") return [dropOff, parameter === "value" ? x : years + x];
    return [dropOff, years];
  };
  return (x) => {
    const v = assumption === "discount_rate" ? 1 / (1 + x) : fixedV;
    const paid = assumption === "discount_rate" ? paidAt(v) : fixedPaid;
    let total = 0;
    let size = 0;
    for (const group of list) {
      const [dropOff, years] = profile(x, group.dropOff, group.years);
      const factor = pvFactor(v, dropOff, years);
      total += group.weight * factor;
      size += group.size * factor;
    }
    return { gap: total - paid, scale: size + Math.abs(paid) };
  };
}
