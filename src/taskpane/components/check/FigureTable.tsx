import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dec } from "../../../core/decimal";
import type { Language } from "../../../core/language";
import { pick } from "../../../templates/kit";
import type { CellValue, FigureCheck, FigureFormat } from "../../../templates/kit";
import { formatDecimal } from "../../numberFormat";
import { TEMPLATE_CHECK_STRINGS } from "../../templateCheckStrings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  label: { wordBreak: "break-word" },
  what: { display: "block", color: tokens.colorNeutralForeground2 },
  text: { textAlign: "end", wordBreak: "break-word" },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  mark: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
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

export interface FigureTableProps {
  readonly sheet: string;
  readonly figures: readonly FigureCheck[];
  readonly language: Language;
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/**
 * The add-in's figures beside the sheet's, one row each, a row that differs marked; the sheet's
 * value links to its cell. Above the table, whether every figure agrees.
 */
export function FigureTable({ sheet, figures, language, labelledBy, onSelectCell }: FigureTableProps) {
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
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {t.figure}
            </th>
            <th scope="col" className={`${styles.head} ${styles.number}`}>
              {t.addIn}
            </th>
            <th scope="col" className={`${styles.head} ${styles.number}`}>
              {t.onSheet}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const shown = sheetText(f.sheet, f.format, language);
            const core = coreText(f, language);
            const textual = f.core.kind === "text" || typeof f.sheet === "string";
            return (
              <tr key={f.cell} className={f.agrees ? undefined : styles.differs}>
                <th scope="row" className={`${styles.cell} ${styles.head} ${styles.label}`}>
                  {typeof f.label === "string" ? f.label : pick(f.label, language)}
                  {f.figure ? <span className={styles.what}>{pick(f.figure, language)}</span> : null}
                </th>
                <td className={`${styles.cell} ${textual ? styles.text : styles.number}`}>{core}</td>
                <td className={`${styles.cell} ${textual ? styles.text : styles.number}`}>
                  {onSelectCell ? (
                    <Link as="button" aria-label={`${shown}, ${t.selectCell(f.cell)}`} onClick={() => onSelectCell(sheet, f.cell)}>
                      {shown}
                    </Link>
                  ) : (
                    shown
                  )}
                  {f.agrees ? null : <span className={styles.mark}>{t.differs}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
