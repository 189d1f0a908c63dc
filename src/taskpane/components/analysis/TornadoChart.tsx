import { Body1, Caption1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Tornado, TornadoBar } from "../../../core/analysis";
import type { Dec } from "../../../core/decimal";
import type { Language } from "../../../core/language";
import { assumptionText } from "../../../templates/analysisReport";
import { formatMoney, formatRatio } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { coordinate, scaleX, useChartStyles } from "../chartStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  title: { margin: 0 },
  help: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** The tornado shows this many bars in the pane (the sheet has them all). */
export const PANE_BARS = 5;

export interface TornadoChartProps {
  readonly tornado: Tornado;
  readonly currency: string;
  readonly language: Language;
}

/**
 * The tornado as a small chart: per assumption (widest swing first) a bar from the value one step
 * down (or at its low) to one step up (or at its high), across a line at the base value; the ratio when there is one, else the net value.
 */
export function TornadoChart({ tornado, currency, language }: TornadoChartProps) {
  const styles = useStyles();
  const chart = useChartStyles();
  const t = ANALYSIS_STRINGS[language];
  const e = EVIDENCE_STRINGS[language];
  const ranged = tornado.bars.some((bar) => bar.step === null);
  const titleId = useId("tornado");
  const bars = tornado.bars.slice(0, PANE_BARS);
  const byRatio = tornado.base.ratio !== null && bars.every((b) => b.down.ratio !== null && b.up.ratio !== null);
  const measure = (end: { ratio: Dec | null; netValue: Dec }): Dec => (byRatio && end.ratio !== null ? end.ratio : end.netValue);
  const shown = (value: Dec) => (byRatio ? formatRatio(value, language) : formatMoney(value, language, currency));
  const base = measure(tornado.base).toNumber();
  const ends = bars.flatMap((b) => [measure(b.down).toNumber(), measure(b.up).toNumber()]);
  const low = Math.min(base, ...ends);
  const high = Math.max(base, ...ends);
  const at = (value: number) => scaleX(value, low, high);
  const side = (bar: TornadoBar, end: "down" | "up") => {
    const value = measure(bar[end]).toNumber();
    const [from, to] = [Math.min(at(base), at(value)), Math.max(at(base), at(value))];
    return (
      <rect
        className={end === "down" ? chart.other : chart.gain}
        x={coordinate(from)}
        y="1"
        width={coordinate(to - from)}
        height="8"
        data-value={measure(bar[end]).toString()}
        data-end={end}
      />
    );
  };
  return (
    <figure className={styles.root} aria-labelledby={titleId}>
      <Body1 as="h4" block id={titleId} className={mergeClasses(styles.title, chart.strong)}>
        {t.tornadoTitle}
      </Body1>
      <Caption1 as="p" block className={styles.help}>
        {(ranged ? e.tornadoDescription : t.tornadoDescription)(shown(measure(tornado.base)))}
      </Caption1>
      <ol className={chart.list}>
        {bars.map((bar) => (
          <li key={bar.assumption} className={chart.row}>
            <Body1 className={chart.wide}>{assumptionText(bar.assumption)[language]}</Body1>
            <svg className={chart.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              {side(bar, "down")}
              {side(bar, "up")}
              <line
                className={chart.axis}
                x1={coordinate(at(base))}
                x2={coordinate(at(base))}
                y1="0"
                y2="10"
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            <Caption1 className={mergeClasses(chart.wide, chart.figure, styles.help)}>
              {bar.step === null ? e.tornadoDown : t.tornadoDown} {shown(measure(bar.down))} ·{" "}
              {bar.step === null ? e.tornadoUp : t.tornadoUp} {shown(measure(bar.up))}
            </Caption1>
          </li>
        ))}
      </ol>
    </figure>
  );
}
