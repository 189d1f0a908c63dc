import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import type { CappedRow, SkippedRow } from "../../../templates/impactMap";
import { cappedRowText, skippedRowText } from "../../../templates/impactMap";
import { ANALYSIS_STRINGS } from "../../analysisStrings";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { wordBreak: "break-word" },
});

export interface RowNotesProps {
  readonly skipped: readonly SkippedRow[];
  readonly capped: readonly CappedRow[];
  readonly language: Language;
}

/** Every row of the impact map that could not be read (with its reason) and every row whose benefit period was cut; shown above the figures they qualify. */
export function RowNotes({ skipped, capped, language }: RowNotesProps) {
  const t = ANALYSIS_STRINGS[language];
  return (
    <>
      <NoteList
        intent="warning"
        title={t.skippedHeading(skipped.length)}
        notes={skipped.map((row) => [row.sheetRow, skippedRowText(row, language)])}
      />
      <NoteList intent="info" title={t.cappedHeading} notes={capped.map((row) => [row.sheetRow, cappedRowText(row, language)])} />
    </>
  );
}

/** A titled list of notes about rows (by sheet row); nothing when there are none. */
function NoteList({
  intent,
  title,
  notes,
}: {
  readonly intent: "warning" | "info";
  readonly title: string;
  readonly notes: readonly (readonly [number, string])[];
}) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {notes.map(([row, text]) => (
            <li key={row} className={styles.item}>
              {text}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
