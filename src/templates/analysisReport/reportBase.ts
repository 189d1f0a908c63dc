import type { AnalysisResult } from "../../core/analysis";
import { Dec } from "../../core/decimal";
import type { EvidenceSummary } from "../../core/evidence";
import { rangeAddress } from "../kit";
import { CHART_NAME_PREFIX } from "../kit";
import { fill } from "../kit";
import { AT } from "./analysisText";
import { ET } from "./evidenceText";
import { ReportCursor, head, labelCell, value, section } from "./reportCursor";
import { showNumber } from "./reportNumbers";

/** The key figures at the base values, and the cumulative value against the investment with its chart. */

/**
 * Result at the base values: total PV and the PV after optimism bias, investment PV, the ratio with
 * the ratio after optimism bias and Net SROI beside it, net value, payback, rows valued, the share
 * of value on weak (C or D) evidence and the rows without a grade.
 */
export function addBaseFigures(
  c: ReportCursor,
  result: AnalysisResult,
  years: number,
  rowsValued: number,
  evidence: EvidenceSummary,
): void {
  const T = AT.base;
  const E = ET.base;
  const base = result.base;
  const noRatio = c.pick(T.noRatio);
  c.line([section(c.pick(T.heading))]);
  c.line([labelCell(c.pick(T.totalPV)), value(base.totalPresentValue, "money", "total")]);
  c.line([labelCell(c.pick(E.adjustedPV)), value(evidence.adjustedPresentValue, "money", "total")]);
  c.line([labelCell(c.pick(T.investmentPV)), value(base.investmentPresentValue, "money", "total")]);
  c.line([labelCell(c.pick(T.ratio)), value(base.ratio ?? noRatio, "ratio", "total")]);
  c.line([labelCell(c.pick(E.adjustedRatio)), value(evidence.adjustedRatio ?? noRatio, "ratio", "total")]);
  c.line([labelCell(c.pick(E.netSroi)), value(evidence.netSroi ?? noRatio, "ratio", "total")]);
  c.line([labelCell(c.pick(T.netValue)), value(base.netValue, "money", "total")]);
  c.line([labelCell(c.pick(T.payback)), value(base.paybackMonths ?? fill(c.pick(T.noPayback), { years }), "months", "total")]);
  c.line([labelCell(c.pick(T.rows)), value(rowsValued, "integer", "total")]);
  c.line([labelCell(c.pick(E.weakShare)), value(evidence.weakShare ?? c.pick(E.noShare), "percent", "total")]);
  c.line([labelCell(c.pick(E.ungraded)), value(evidence.ungraded, "integer", "total")]);
}

/**
 * Years 0 … n with the cumulative discounted value and the investment; when the map pays back, a
 * row at the payback point (months / 12) where the value meets the investment, in year order. The
 * chart draws the value, the investment line and the payback point against the years.
 */
export function addCumulative(c: ReportCursor, result: AnalysisResult, years: number): void {
  const T = AT.cumulative;
  const investment = result.base.investmentPresentValue;
  const payback = result.base.paybackMonths;
  const top = c.line([section(c.pick(T.heading))]);
  c.line([{ value: c.pick(T.help), role: "help" }]);
  c.line([head(c.pick(T.year)), head(c.pick(T.value)), head(c.pick(T.investment)), head(c.pick(T.payback))]);
  const first = c.row;
  const points = cumulativePoints(result, years);
  for (const point of points) {
    c.line([
      value(point.years, "decimal"),
      value(point.value, "money"),
      value(investment, "money"),
      point.payback ? value(investment, "money") : { role: "calc", format: "money" },
    ]);
  }
  const last = c.row - 1;
  const column = (col: number): string => rangeAddress(first, col, last, col);
  const title =
    payback === null
      ? fill(c.pick(T.chartNever), { years: Math.max(years, result.cumulative.length - 1) })
      : fill(c.pick(T.chart), { months: showNumber(payback, "months", c.language, c.currency) });
  c.chart(top, {
    name: `${CHART_NAME_PREFIX}Payback`,
    kind: "scatterLines",
    title,
    series: [
      { name: c.pick(T.value), values: column(1), categories: column(0) },
      { name: c.pick(T.investment), values: column(2), categories: column(0) },
      { name: c.pick(T.payback), values: column(3), categories: column(0) },
    ],
    categoryAxisTitle: c.pick(T.year),
    valueAxisTitle: c.currency,
  });
}

/**
 * The points of the cumulative curve: each whole year up to `years` (the map's year columns; the
 * value stays level after the last benefit), and the payback point in year order.
 */
function cumulativePoints(result: AnalysisResult, years: number): { years: Dec; value: Dec; payback: boolean }[] {
  const last = result.cumulative[result.cumulative.length - 1];
  const length = Math.max(years + 1, result.cumulative.length);
  const points = Array.from({ length }, (_, t) => ({ years: new Dec(t), value: result.cumulative[t] ?? last, payback: false }));
  const months = result.base.paybackMonths;
  if (months === null) return points;
  const x = months.div(12);
  const at = points.findIndex((p) => p.years.gte(x));
  if (at >= 0 && points[at].years.eq(x)) points[at] = { ...points[at], payback: true };
  else points.splice(at < 0 ? points.length : at, 0, { years: x, value: result.base.investmentPresentValue, payback: true });
  return points;
}
