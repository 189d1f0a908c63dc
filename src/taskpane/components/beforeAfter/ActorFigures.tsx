import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { Dec } from "../../../core";
import type { ActorResult } from "../../../core/actors";
import type { Language } from "../../../core/language";
import { formatAmount, formatMonths, showsNegative } from "../../numberFormat";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";

const useStyles = makeStyles({
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  society: { borderLeftColor: tokens.colorBrandStroke1 },
  name: { ...typographyStyles.body1Strong, margin: `0 0 ${tokens.spacingVerticalXS}` },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Months until paid back, "does not pay back", or "nothing to pay back" for an actor that paid no cost and loses nothing. */
function paybackText(result: ActorResult, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language];
  if (result.paybackMonths === null) return t.never;
  if (result.investment.isZero() && result.paybackMonths.isZero()) return t.nothingToPayBack;
  return t.months(formatMonths(result.paybackMonths, language));
}

export interface ActorFiguresProps {
  readonly name: string;
  readonly result: ActorResult;
  readonly language: Language;
  readonly society?: boolean;
  /** The sheet's currency, after each amount when known. */
  readonly currency?: string;
}

/** One actor's (or society's) figures as a list of label and value; negative amounts in red with their minus sign. */
export function ActorFigures({ name, result, language, society = false, currency }: ActorFiguresProps) {
  const styles = useStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const amount = (label: string, value: Dec) => ({
    label,
    text: currency ? `${formatAmount(value, language)} ${currency}` : formatAmount(value, language),
    negative: showsNegative(value),
  });
  const rows = [
    amount(t.figures.monthly, result.monthly),
    amount(t.figures.yearly, result.yearly),
    amount(t.figures.investment, result.investment),
    amount(t.figures.horizonValue, result.horizonValue),
    amount(t.figures.netValue, result.netValue),
    { label: t.figures.payback, text: paybackText(result, language), negative: false },
    { label: t.within, text: result.paidBackWithinHorizon ? t.yes : t.no, negative: false },
  ];
  return (
    <li className={mergeClasses(styles.card, society && styles.society)}>
      <h4 className={styles.name}>{name}</h4>
      <dl className={styles.figures}>
        {rows.map((row) => (
          <div key={row.label} className={styles.pair}>
            <dt className={styles.label}>{row.label}</dt>
            <dd className={mergeClasses(styles.value, row.negative && styles.negative)}>{row.text}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
