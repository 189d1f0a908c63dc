import { Button, Field, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { beforeAfterTemplate } from "../../templates/beforeAfter";
import type { TableRef } from "../../writers/excel/types";
import { BEFORE_AFTER_STRINGS } from "../beforeAfterStrings";
import { STRINGS } from "../strings";
import type { ListState } from "../useBeforeAfterCheck";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  open: { alignSelf: "flex-start", textAlign: "start" },
});

export interface BeforeAfterSheetPickerProps {
  readonly list: ListState;
  readonly selected: string | undefined;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChoose: (table: string) => void;
  readonly onRefresh: () => void;
  readonly onOpenSheet?: (name: string) => void;
}

/** An option's text: the sheet's name, with the table's when two are on one sheet. */
function optionText(sheet: TableRef, all: readonly TableRef[]): string {
  return all.filter((s) => s.sheet === sheet.sheet).length > 1 ? `${sheet.sheet} (${sheet.table})` : sheet.sheet;
}

/** The before/after sheets of the workbook to choose from, with a refresh; says so when there is none. */
export function BeforeAfterSheetPicker({ list, selected, language, disabled, onChoose, onRefresh, onOpenSheet }: BeforeAfterSheetPickerProps) {
  const styles = useStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const refresh = (
    <Button appearance="secondary" disabled={disabled || list.phase === "loading"} onClick={onRefresh}>
      {t.refresh}
    </Button>
  );
  if (list.phase === "loading") return <Spinner size="tiny" labelPosition="after" label={t.listing} />;
  if (list.phase === "failed") {
    return (
      <div className={styles.root}>
        <ProblemBar problem={list.problem} language={language} />
        <div>{refresh}</div>
      </div>
    );
  }
  if (list.sheets.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noSheetsTitle}</MessageBarTitle> {t.noSheets(beforeAfterTemplate.title[language], STRINGS[language].create)}
        </MessageBarBody>
        <MessageBarActions>{refresh}</MessageBarActions>
      </MessageBar>
    );
  }
  const chosen = list.sheets.find((s) => s.table === selected);
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={t.sheetLabel} className={styles.field}>
          <Select value={selected ?? ""} disabled={disabled} onChange={(_, data) => onChoose(data.value)}>
            {list.sheets.map((sheet) => (
              <option key={sheet.table} value={sheet.table}>
                {optionText(sheet, list.sheets)}
              </option>
            ))}
          </Select>
        </Field>
        {refresh}
      </div>
      {onOpenSheet && chosen ? (
        <Link as="button" className={styles.open} onClick={() => onOpenSheet(chosen.sheet)}>
          {t.openSheet(chosen.sheet)}
        </Link>
      ) : null}
    </div>
  );
}
