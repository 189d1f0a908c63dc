import type { MonteCarloResult, Summary } from "../../core/analysis";
import { rangeAddress } from "../kit";
import { CHART_NAME_PREFIX } from "../kit";
import type { Format } from "../kit";
import { fill, Text } from "../kit";
import { AT } from "./analysisText";
import { ReportCursor, head, labelCell, value, section } from "./reportCursor";
import { showNumber } from "./reportNumbers";

/** The Monte Carlo summary, and the histogram of the ratio with its chart. */

export function addUncertainty(c: ReportCursor, result: MonteCarloResult | null): void {
  const T = AT.uncertainty;
  c.line([section(c.pick(T.heading))]);
  c.line([{ value: c.pick(T.help), role: "help" }]);
  if (result === null) {
    c.line([{ value: c.pick(T.notRun), role: "help" }]);
    return;
  }
  c.line([T.figure, T.mean, T.p10, T.p50, T.p90].map((t) => head(c.pick(t))));
  const summary = (label: Text, s: Summary | null, format: Format) =>
    c.line([
      labelCell(c.pick(label)),
      ...(s === null ? [value(c.pick(AT.base.noRatio), "text")] : [s.mean, s.p10, s.p50, s.p90].map((v) => value(v, format))),
    ]);
  summary(AT.base.totalPV, result.totalPresentValue, "money");
  summary(AT.base.ratio, result.ratio, "ratio");
  c.line([labelCell(c.pick(T.belowOne)), value(result.probabilityRatioBelowOne ?? c.pick(AT.base.noRatio), "percent")]);
  c.line([labelCell(c.pick(T.runs)), value(result.runs, "integer")]);
  c.line([labelCell(c.pick(T.seed)), value(result.seed, "integer")]);
  c.line([labelCell(c.pick(T.distribution)), value(c.pick(result.distribution === "pert" ? T.pert : T.triangular), "text")]);
  c.line([labelCell(c.pick(T.uncertain)), value(result.parameters.length, "integer")]);
  if (result.histogram !== null) addHistogram(c, result);
}

function addHistogram(c: ReportCursor, result: MonteCarloResult): void {
  const T = AT.uncertainty;
  const histogram = result.histogram as NonNullable<MonteCarloResult["histogram"]>;
  c.skip();
  const top = c.line([section(c.pick(T.histogramHeading))]);
  c.line([T.from, T.to, T.bin, T.count].map((t) => head(c.pick(t))));
  const first = c.row;
  histogram.counts.forEach((count, i) => {
    const [from, to] = [histogram.edges[i], histogram.edges[i + 1]];
    const label = `${showNumber(from, "ratio", c.language, "")}–${showNumber(to, "ratio", c.language, "")}`;
    c.line([value(from, "ratio"), value(to, "ratio"), value(label, "text"), value(count, "integer")]);
  });
  const last = c.row - 1;
  c.chart(top, {
    name: `${CHART_NAME_PREFIX}Histogram`,
    kind: "column",
    title: fill(c.pick(T.chart), { runs: showNumber(result.runs, "integer", c.language, ""), seed: result.seed }),
    series: [{ name: c.pick(T.count), values: rangeAddress(first, 3, last, 3), categories: rangeAddress(first, 2, last, 2) }],
    categoryAxisTitle: c.pick(T.axis),
    valueAxisTitle: c.pick(T.axisCount),
    gapWidth: 10,
  });
}
