import { GroupTotal, evaluateImpactMap, parseImpactRow, readDiscountRate, readInvestment } from "../../src/core";
import { BenchSummary, PROFILE_YEARS, Workload, groupKey } from "./workload";

/** (a) The decimal core: validate every row and the parameters, then evaluate the impact map. */
export function evaluateWithCore(workload: Workload): BenchSummary {
  const rows = workload.rows.map(parseImpactRow);
  const rate = readDiscountRate("discount_rate", workload.discountRate);
  const investment = readInvestment("investment", workload.investment);
  const result = evaluateImpactMap(rows, rate, investment);
  if (result.ratio === null) throw new Error("the benchmark's investment is never zero");
  const groups: Record<string, number> = {};
  const add = (kind: "stakeholder" | "payer" | "dimension", totals: readonly GroupTotal[]) =>
    totals.forEach((g) => (groups[groupKey(kind, g.key)] = g.total.toNumber()));
  add("stakeholder", result.byStakeholder);
  add("payer", result.byPayer);
  add("dimension", result.byDimension);
  return {
    totalPresentValue: result.totalPresentValue.toNumber(),
    investmentPresentValue: result.investmentPresentValue.toNumber(),
    ratio: result.ratio.toNumber(),
    netValue: result.netValue.toNumber(),
    yearly: Array.from({ length: PROFILE_YEARS }, (_, t) => result.yearly[t]?.toNumber() ?? 0),
    groups,
  };
}
