import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dec } from "../../../core/decimal";
import type { Language } from "../../../core/language";
import { pick } from "../../../templates/kit";
import type { CellValue, FigureCheck, FigureFormat } from "../../../templates/kit";
import { formatDecimal } from "../../numberFormat";
import { TEMPLATE_CHECK_STRINGS } from "../../templateCheckStrings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  what: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  values: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  mark: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalS },
});

/** Decimals shown per format: öre/cents for money, two for scores, four for ratios, two in a percentage. */
const PLACES: Readonly<Record<FigureFormat, number>> = { money: 2, percent: 2, ratio: 4, decimal: 2, integer: 0 };

function numberText(value: Dec, format: FigureFormat, language: Language): string {
  return format === "percent"
    ? `${formatDecimal(value.times(100), language, PLACES.percent)} %`
    : formatDecimal(value, language, PLACES[format]);
}

/** What the sheet shows: a number formatted like the add-in's, text as it is, blank as a dash. */
function sheetText(value: CellValue, format: FigureFormat, language: Language): string {
  if (typeof value === "number") return Number.isFinite(value) ? numberText(new Dec(value), format, language) : String(value);
  if (typeof value === "boolean") return String(value).toUpperCase();
  return value.trim() === "" ? "–" : value;
}

function coreText(figure: FigureCheck, language: Language): string {
  const { core } = figure;
  if (core.kind === "number") return numberText(core.value, figure.format, language);
  return core.kind === "blank" ? "–" : pick(core.text, language);
}

export interface FigureListProps {
  readonly sheet: string;
  readonly figures: readonly FigureCheck[];
  readonly language: Language;
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/**
 * The add-in's figures beside the sheet's, one item each (a list reads better than a table in a
 * narrow pane), an item that differs marked; the sheet's value links to its cell. Above the list,
 * whether every figure agrees.
 */
export function FigureList({ sheet, figures, language, labelledBy, onSelectCell }: FigureListProps) {
  const styles = useStyles();
  const t = TEMPLATE_CHECK_STRINGS[language];
  const differing = figures.filter((f) => !f.agrees).length;
  return (
    <>
      {differing === 0 ? (
        <MessageBar intent="success" layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody>{t.agreesAll}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.differsTitle(differing)}</MessageBarTitle> {t.differsNote}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-labelledby={labelledBy}>
        {figures.map((f) => {
          const shown = sheetText(f.sheet, f.format, language);
          return (
            <li key={f.cell} className={f.agrees ? styles.item : `${styles.item} ${styles.differs}`}>
              <Body1 className={styles.label}>
                {typeof f.label === "string" ? f.label : pick(f.label, language)}
                {f.figure ? <span className={styles.what}> · {pick(f.figure, language)}</span> : null}
              </Body1>
              <dl className={styles.values}>
                <dt className={styles.term}>{t.addIn}</dt>
                <dd className={styles.value}>{coreText(f, language)}</dd>
                <dt className={styles.term}>{t.onSheet}</dt>
                <dd className={styles.value}>
                  {onSelectCell ? (
                    <Link as="button" aria-label={`${shown}, ${t.selectCell(f.cell)}`} onClick={() => onSelectCell(sheet, f.cell)}>
                      {shown}
                    </Link>
                  ) : (
                    shown
                  )}
                  {f.agrees ? null : <span className={styles.mark}>{t.differs}</span>}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </>
  );
}
