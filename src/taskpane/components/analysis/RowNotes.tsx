import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import type { CappedRow, SkippedRow } from "../../../templates/impactRead";
import { cappedRowText, skippedRowText } from "../../../templates/impactReadMessages";
import { ANALYSIS_STRINGS } from "../../analysisStrings";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { wordBreak: "break-word" },
});

export interface RowNotesProps {
  readonly skipped: readonly SkippedRow[];
  readonly capped: readonly CappedRow[];
  readonly language: Language;
}

/** Every row of the impact map that could not be read (with its reason) and every row whose benefit period was cut. */
export function RowNotes({ skipped, capped, language }: RowNotesProps) {
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  return (
    <>
      {skipped.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.skippedHeading(skipped.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {skipped.map((row) => (
                <li key={row.sheetRow} className={styles.item}>
                  {skippedRowText(row, language)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {capped.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.cappedHeading}</MessageBarTitle>
            <ul className={styles.list}>
              {capped.map((row) => (
                <li key={row.sheetRow} className={styles.item}>
                  {cappedRowText(row, language)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
