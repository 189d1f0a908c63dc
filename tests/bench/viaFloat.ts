import { BenchSummary, PROFILE_YEARS, Workload, groupKey } from "./workload";

/** (c) Plain float JavaScript: the same arithmetic on doubles, no validation. */
export function evaluateWithFloat(workload: Workload): BenchSummary {
  const r = workload.discountRate;
  const yearly = new Array<number>(PROFILE_YEARS).fill(0);
  const groups: Record<string, number> = {};
  let totalPresentValue = 0;
  for (const row of workload.rows) {
    let value = row.quantity * row.outcomeRate * (1 - row.deadweight) * (1 - row.attribution) * (1 - row.displacement) * row.proxy;
    let pv = 0;
    let discount = 1;
    for (let t = 0; t < row.years; t++) {
      discount /= 1 + r;
      yearly[t] += value;
      pv += value * discount;
      value *= 1 - row.dropOff;
    }
    totalPresentValue += pv;
    for (const key of [groupKey("stakeholder", row.stakeholder), groupKey("payer", row.payer), groupKey("dimension", row.dimension)]) {
      groups[key] = (groups[key] ?? 0) + pv;
    }
  }
  let investmentPresentValue = 0;
  workload.investment.forEach((amount, k) => (investmentPresentValue += amount / (1 + r) ** k));
  return {
    totalPresentValue,
    investmentPresentValue,
    ratio: totalPresentValue / investmentPresentValue,
    netValue: totalPresentValue - investmentPresentValue,
    yearly,
    groups,
  };
}
