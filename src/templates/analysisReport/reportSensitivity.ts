import { AnalysisResult, BreakEven, TornadoBar, assumptionValue } from "../../core/analysis";
import { Dec } from "../../core/decimal";
import { rangeAddress } from "../kit";
import { CHART_NAME_PREFIX } from "../kit";
import { fill } from "../kit";
import { AT } from "./analysisText";
import { ET } from "./evidenceText";
import { assumptionFormat, assumptionText } from "./assumptionText";
import { ReportCursor, head, labelCell, value, section } from "./reportCursor";
import { showChange, showNumber } from "./reportNumbers";

/** The tornado table and chart, and the break-even table. */

/**
 * One row per assumption, widest swing first: the step, the ratio and net value at each end and
 * the change from the base that the chart draws (the ratio, or the net value when there is no
 * ratio because the investment is zero).
 */
export function addTornado(c: ReportCursor, result: AnalysisResult): void {
  const T = AT.tornado;
  const base = result.tornado.base;
  const byRatio = base.ratio !== null;
  const top = c.line([section(c.pick(T.heading))]);
  const ranged = result.tornado.bars.some((bar) => bar.step === null);
  c.line([{ value: c.pick(ranged ? ET.tornado.rangeHelp : T.help), role: "help" }]);
  const change = byRatio ? [T.changeRatioDown, T.changeRatioUp] : [T.changeNetDown, T.changeNetUp];
  c.line(
    [T.assumption, T.stepKind, T.step, T.ratioDown, T.ratioUp, change[0], change[1], T.netDown, T.netUp, T.clamped].map((t) =>
      head(c.pick(t)),
    ),
  );
  const first = c.row;
  for (const bar of result.tornado.bars) c.line(tornadoRow(c, bar, base.ratio, base.netValue));
  const last = c.row - 1;
  const column = (col: number): string => rangeAddress(first, col, last, col);
  const shownBase = byRatio
    ? showNumber(base.ratio, "ratio", c.language, c.currency)
    : showNumber(base.netValue, "money", c.language, c.currency);
  c.chart(top, {
    name: `${CHART_NAME_PREFIX}Tornado`,
    kind: "bar",
    title: fill(c.pick(byRatio ? T.chartRatio : T.chartNet), { base: shownBase }),
    series: [
      { name: c.pick(T.down), values: column(5), categories: column(0) },
      { name: c.pick(T.up), values: column(6), categories: column(0) },
    ],
    valueAxisTitle: c.pick(byRatio ? T.axisRatio : T.axisNet),
    overlap: 100,
    gapWidth: 40,
    reverseCategories: true,
  });
}

function tornadoRow(c: ReportCursor, bar: TornadoBar, baseRatio: Dec | null, baseNet: Dec) {
  const T = AT.tornado;
  const { step } = bar;
  const relative = step?.kind === "relative";
  const delta = (end: TornadoBar["down"]): Dec => (baseRatio === null ? end.netValue.minus(baseNet) : (end.ratio as Dec).minus(baseRatio));
  return [
    labelCell(c.pick(assumptionText(bar.assumption))),
    value(c.pick(step === null ? ET.tornado.range : relative ? T.relative : T.absolute), "text"),
    step === null ? value(null, "text") : value(step.size, relative ? "percent" : assumptionFormat(bar.assumption)),
    value(bar.down.ratio, "ratio"),
    value(bar.up.ratio, "ratio"),
    value(delta(bar.down), baseRatio === null ? "money" : "ratio"),
    value(delta(bar.up), baseRatio === null ? "money" : "ratio"),
    value(bar.down.netValue, "money"),
    value(bar.up.netValue, "money"),
    value(c.pick(bar.down.clamped || bar.up.clamped ? AT.yes : AT.no), "text"),
  ];
}

/** One row per assumption: how it is moved, its base, its break-even and a sentence saying what it means. */
export function addBreakEvens(c: ReportCursor, result: AnalysisResult): void {
  const T = AT.breakEven;
  c.line([section(c.pick(T.heading))]);
  c.line([{ value: c.pick(T.help), role: "help" }]);
  c.line([AT.tornado.assumption, T.moves, T.atBase, T.breakEven, T.meaning].map((t) => head(c.pick(t))));
  for (const be of result.breakEvens) {
    const format = be.parameter === "value" ? assumptionFormat(be.assumption) : be.parameter === "factor" ? "decimal" : "integer";
    const base = baseOf(be, result);
    c.line([
      labelCell(c.pick(assumptionText(be.assumption))),
      value(c.pick(T[be.parameter]), "text"),
      value(base, format),
      be.found ? value(be.at, format) : value(null, format),
      value(breakEvenMeaning(c, be, base), "text"),
    ]);
  }
}

/** The parameter's base: the value (one row or the discount rate), factor 1, offset 0. */
function baseOf(be: BreakEven, result: AnalysisResult): Dec {
  if (be.parameter === "factor") return new Dec(1);
  if (be.parameter === "offset") return new Dec(0);
  if (be.assumption === "discount_rate") return result.rate;
  return assumptionValue(result.base.rows[0].row, be.assumption);
}

/** What a break-even means, in a sentence. */
export function breakEvenMeaning(c: ReportCursor, be: BreakEven, base: Dec): string {
  const T = AT.breakEven;
  const show = (x: Dec): string => showNumber(x, assumptionFormat(be.assumption), c.language, c.currency);
  if (!be.found) {
    if (be.reason === "noEffect") return c.pick(T.noEffect);
    if (be.reason === "zeroInvestment") return c.pick(T.zeroInvestment);
    const bound = (x: Dec | null, sign: string): string =>
      x === null
        ? `${sign}∞`
        : be.parameter === "value"
          ? show(x)
          : showNumber(x, be.parameter === "offset" ? "integer" : "decimal", c.language, c.currency);
    return fill(c.pick(be.reason === "alwaysAbove" ? T.alwaysAbove : T.noneInRange), {
      low: bound(be.interval.low, "−"),
      high: bound(be.interval.high, ""),
    });
  }
  if (be.parameter === "value" && be.assumption === "years")
    return fill(c.pick(be.falls ? T.yearsFallMeaning : T.yearsMeaning), { value: show(be.at), base: show(base) });
  if (be.parameter === "value") return fill(c.pick(T.valueMeaning), { value: show(be.at), base: show(base) });
  if (be.parameter === "factor") {
    return fill(c.pick(T.factorMeaning), {
      factor: showNumber(be.at, "decimal", c.language, c.currency),
      change: showChange(be.at.minus(1).toNumber(), c.language),
    });
  }
  const years = be.at.toNumber();
  return fill(c.pick(be.falls ? T.offsetFallMeaning : T.offsetMeaning), {
    years: Math.abs(years),
    direction: c.pick(years >= 0 ? T.more : T.fewer),
  });
}
