import { Body1, Caption1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Dec } from "../../../core";
import { actorLabel, BeforeAfterResult } from "../../../core/actors";
import { pick, tx } from "../../../core/i18n";
import type { Language } from "../../../core/language";
import { formatAmount, showsNegative } from "../../numberFormat";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { coordinate, scaleX, useChartStyles } from "../chartStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  title: { margin: 0 },
  help: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** One bar: who, and the net value over the horizon. */
export interface GainBar {
  readonly key: string;
  readonly name: string;
  readonly value: Dec;
  readonly society: boolean;
}

/** Society and every actor by net value over the horizon, largest gain first (society first on a tie). */
function gainBars(result: BeforeAfterResult, language: Language): GainBar[] {
  const t = BEFORE_AFTER_STRINGS[language];
  const bars: GainBar[] = [
    { key: "society", name: t.society, value: result.society.netValue, society: true },
    ...result.actors.map((a) => ({ key: a.actor, name: actorLabel(a.actor, language), value: a.netValue, society: false })),
  ];
  return bars
    .map((b, i) => [b, i] as const)
    .sort(([a, i], [b, j]) => b.value.comparedTo(a.value) || i - j)
    .map(([b]) => b);
}

export interface WhoGainsChartProps {
  readonly result: BeforeAfterResult;
  readonly currency: string | undefined;
  readonly language: Language;
}

/** Who gains at a glance: a bar per actor and for society from a zero line, losses in red to the left. */
export function WhoGainsChart({ result, currency, language }: WhoGainsChartProps) {
  const styles = useStyles();
  const chart = useChartStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const bars = gainBars(result, language);
  const values = bars.map((b) => b.value.toNumber());
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const zero = scaleX(0, low, high);
  const titleId = useId("who-gains");
  const unit = currency ?? pick(tx("the sheet's currency", "bladets valuta"), language);
  return (
    <figure className={styles.root} aria-labelledby={titleId}>
      <Body1 as="h4" block id={titleId} className={mergeClasses(styles.title, chart.strong)}>
        {t.chartTitle}
      </Body1>
      <Caption1 as="p" block className={styles.help}>
        {t.chartHelp(unit)}
      </Caption1>
      <ul className={chart.list}>
        {bars.map((bar, i) => {
          const negative = showsNegative(bar.value);
          const x = scaleX(Math.min(0, values[i]), low, high);
          const width = scaleX(Math.max(0, values[i]), low, high) - x;
          return (
            <li key={bar.key} className={chart.row}>
              <Body1 className={mergeClasses(chart.name, bar.society && chart.strong)}>{bar.name}</Body1>
              <Body1 className={mergeClasses(chart.figure, negative && chart.negative)}>
                {formatAmount(bar.value, language)}
                {currency ? ` ${currency}` : ""}
              </Body1>
              <svg className={chart.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect
                  className={negative ? chart.loss : chart.gain}
                  x={coordinate(x)}
                  y="1"
                  width={coordinate(width)}
                  height="8"
                  data-value={bar.value.toString()}
                />
                <line className={chart.axis} x1={coordinate(zero)} x2={coordinate(zero)} y1="0" y2="10" vectorEffect="non-scaling-stroke" />
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
