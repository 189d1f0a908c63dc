import { quote } from "../../../core/i18n";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Language } from "../../../core/language";
import { libraryEntry } from "../../../core/prices/librarySearch";
import type { FilledCell, InsertUnitCostResult } from "../../../workbook/ports";
import { ProblemBar } from "../ProblemBar";
import { UNIT_COST_STRINGS, cellText, entryFigure } from "../../unitCostStrings";

const useStyles = makeStyles({
  // Sources hold long addresses: they break anywhere rather than widen the pane.
  bar: { minWidth: 0, overflowWrap: "anywhere" },
  cells: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Long texts (a source with its address) cut in the question, which needs only to tell the cells apart. */
const SHORT = 90;
function shortText(text: string): string {
  return text.length <= SHORT ? text : `${text.slice(0, SHORT - 1).trimEnd()}…`;
}

export interface UnitCostAnswerProps {
  readonly result: InsertUnitCostResult;
  readonly entryId: string;
  readonly language: Language;
  readonly onOverwrite: (cells: readonly FilledCell[], sheet: string) => void;
  readonly onCancel: () => void;
}

/**
 * Excel's answer to an insert: what was written, the question before overwriting filled cells
 * (its Overwrite button takes the focus through the ref), or why nothing was written.
 */
export const UnitCostAnswer = forwardRef<HTMLButtonElement, UnitCostAnswerProps>(function UnitCostAnswer(
  { result, entryId, language, onOverwrite, onCancel },
  question,
) {
  const styles = useStyles();
  const t = UNIT_COST_STRINGS[language];
  const bar = (intent: "success" | "warning" | "error", title: string, body: string) => (
    <MessageBar className={styles.bar} intent={intent} politeness={intent === "success" ? "polite" : "assertive"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
    </MessageBar>
  );
  switch (result.outcome) {
    case "inserted":
      if (result.cells.length === 0) return bar("success", t.alreadyTitle, t.already(result.row, result.sheet));
      return (
        <MessageBar className={styles.bar} intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.insertedTitle(result.row, result.sheet)}</MessageBarTitle>
            <ul className={styles.cells}>
              {result.cells.map((c) => (
                <li key={c.address}>{`${c.column} (${c.address}): ${shortText(cellText(c.value, language))}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case "confirm":
      return (
        <MessageBar className={styles.bar} intent="warning" politeness="assertive" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.confirmTitle}</MessageBarTitle>{" "}
            {result.changed ? t.changedIntro(result.row, result.sheet) : t.confirmIntro(result.cells.length, result.row, result.sheet)}
            <ul className={styles.cells}>
              {result.cells.map((c) => (
                <li key={c.address}>
                  {t.cellChange(c.column, c.address, shortText(cellText(c.shown, language)), shortText(cellText(c.next, language)))}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={question} appearance="primary" onClick={() => onOverwrite(result.cells, result.sheet)}>
              {t.overwrite}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "notTarget":
      return bar("warning", t.notTargetTitle, t.notTarget(result.reason, result.sheet, result.address));
    case "unitMismatch": {
      const entry = libraryEntry(entryId);
      return bar(
        "warning",
        t.unitMismatchTitle,
        t.unitMismatch(entry?.name[language] ?? entryId, entry ? entryFigure(entry, language) : ""),
      );
    }
    case "columnsMissing":
      return bar(
        "error",
        t.columnsMissingTitle,
        t.columnsMissing(result.sheet, result.columns.map((c) => quote(c[language], language)).join(", ")),
      );
    case "notInUnitCostList":
      return bar("warning", t.notInListTitle, t.notInList(result.name, result.list));
    case "protected":
      return bar("warning", t.protectedTitle, t.protected(result.sheet));
    case "unknownEntry":
      return bar("error", t.unknownTitle, t.unknown);
    case "problem":
      return <ProblemBar problem={result.problem} language={language} />;
  }
});
