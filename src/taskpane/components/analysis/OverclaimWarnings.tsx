import { Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { WARNING_TEXTS } from "../../../core/evidence";
import type { Language } from "../../../core/language";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { MapEvidence, warningGroups } from "../../mapEvidence";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalM, listStyleType: "none" },
  row: { wordBreak: "break-word" },
  count: { color: tokens.colorNeutralForeground3 },
  help: { display: "block", marginTop: tokens.spacingVerticalXS },
});

/** A warning lists this many rows (the list stays short above the form); the rest are counted. */
const LISTED_ROWS = 3;

export interface OverclaimWarningsProps {
  readonly evidence: MapEvidence;
  readonly language: Language;
  /** Shows a row of the impact map (absent: the rows are listed without links). */
  readonly onSelectRow?: (sheetRow: number) => void;
}

/**
 * The chosen map's checks against over-claiming, before a run: per warning its text, how many
 * rows carry it and which (sheet row and outcome, each a link that selects the row). Warnings, not
 * errors: the run stays allowed. Nothing when no row carries a warning.
 */
export function OverclaimWarnings({ evidence, language, onSelectRow }: OverclaimWarningsProps) {
  const styles = useStyles();
  const t = EVIDENCE_STRINGS[language];
  const groups = warningGroups(evidence);
  if (groups.length === 0) return null;
  const rows = evidence.rows.filter((r) => r.warnings.length > 0).length;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.warningsTitle(rows)}</MessageBarTitle>
        <Caption1 className={styles.help}>{t.warningsHelp}</Caption1>
        <ul className={styles.list}>
          {groups.map(({ warning, rows: carrying }) => (
            <li key={warning}>
              {sentence(WARNING_TEXTS[warning][language])} <span className={styles.count}>({t.rowCount(carrying.length)})</span>
              <ul className={styles.rows}>
                {carrying.slice(0, LISTED_ROWS).map((row) => {
                  const text = t.rowLink(row.sheetRow, row.outcome);
                  return (
                    <li key={row.sheetRow} className={styles.row}>
                      {onSelectRow ? (
                        <Link as="button" inline onClick={() => onSelectRow(row.sheetRow)}>
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
                {carrying.length > LISTED_ROWS ? <li className={styles.count}>{t.moreRows(carrying.length - LISTED_ROWS)}</li> : null}
              </ul>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A warning's text as the start of a line: its first letter in capitals. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
