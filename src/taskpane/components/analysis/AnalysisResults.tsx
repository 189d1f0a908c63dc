import { Body1, Caption1, Link, makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Summary } from "../../../core/analysis";
import type { Dec } from "../../../core/decimal";
import type { Language } from "../../../core/language";
import { formatMoney, formatRatio, formatShare, formatWhole } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import type { RunOutcome } from "../../runAnalysis";
import { RowNotes } from "./RowNotes";
import { TornadoChart } from "./TornadoChart";
import { usePanelStyles } from "../panelStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  subheading: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
  open: { alignSelf: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

/** A run that wrote its sheet. */
type WrittenOutcome = Extract<RunOutcome, { kind: "written" }>;

export interface AnalysisResultsProps {
  readonly outcome: WrittenOutcome;
  readonly language: Language;
  readonly onOpenSheet: (sheet: string) => void;
}

/**
 * The written analysis: a link to its sheet; the rows that were left out or cut, above the figures
 * they qualify; the ratio and net value; the tornado as a small chart; the Monte Carlo percentiles.
 */
export const AnalysisResults = forwardRef<HTMLHeadingElement, AnalysisResultsProps>(function AnalysisResults(
  { outcome, language, onOpenSheet },
  ref,
) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = ANALYSIS_STRINGS[language];
  const headingId = useId("analysis-results");
  const { result, map, currency, sheet } = outcome;
  const mc = result.monteCarlo;
  const figure = (label: string, value: string) => [
    <dt key={`${label}-label`} className={styles.label}>
      {label}
    </dt>,
    <dd key={`${label}-value`} className={styles.value}>
      {value}
    </dd>,
  ];
  const percentiles = (summary: Summary, shown: (value: Dec) => string) => [
    ...figure(t.p10, shown(summary.p10)),
    ...figure(t.p50, shown(summary.p50)),
    ...figure(t.p90, shown(summary.p90)),
  ];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={panel.resultHeading}>
        {t.resultsHeading}
      </h3>
      <Body1 as="p" block>
        {outcome.replaced ? t.refreshed(sheet) : t.written(sheet)}
      </Body1>
      <Link as="button" className={styles.open} onClick={() => onOpenSheet(sheet)}>
        {t.openSheet(sheet)}
      </Link>
      <RowNotes skipped={map.skipped} capped={map.capped} language={language} />
      <dl className={styles.figures}>
        {figure(t.ratio, result.base.ratio === null ? t.noRatio : formatRatio(result.base.ratio, language))}
        {figure(t.netValue, formatMoney(result.base.netValue, language, currency))}
      </dl>
      {result.tornado.bars.length > 0 ? <TornadoChart tornado={result.tornado} currency={currency} language={language} /> : null}
      {mc !== null ? (
        <>
          <h4 className={styles.subheading}>
            {mc.ratio !== null ? t.monteCarloRatio(formatWhole(mc.runs, language)) : t.monteCarloValue(formatWhole(mc.runs, language))}
          </h4>
          <Caption1 block className={styles.label}>
            {t.percentileHelp}
          </Caption1>
          <dl className={styles.figures}>
            {percentiles(mc.ratio ?? mc.totalPresentValue, (v) =>
              mc.ratio !== null ? formatRatio(v, language) : formatMoney(v, language, currency),
            )}
            {mc.probabilityRatioBelowOne !== null ? figure(t.belowOne, formatShare(mc.probabilityRatioBelowOne, language)) : null}
          </dl>
        </>
      ) : null}
    </section>
  );
});
