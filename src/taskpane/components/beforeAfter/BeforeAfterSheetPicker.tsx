import type { Language } from "../../../core/language";
import { beforeAfterTemplate } from "../../../templates/beforeAfter";
import type { TableRef } from "../../../workbook/ports";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { STRINGS } from "../../strings";
import type { ListState } from "../../useBeforeAfterCheck";
import { OpenSheetLink, SourceList, SourcePicker } from "../SourcePicker";

export interface BeforeAfterSheetPickerProps {
  readonly list: ListState;
  readonly selected: string | undefined;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChoose: (table: string) => void;
  readonly onRefresh: () => void;
  readonly onOpenSheet?: (name: string) => void;
}

/** An option's text: the sheet's name, with its number there when two are on one sheet (the table's own name is not shown). */
function optionText(sheet: TableRef, all: readonly TableRef[], language: Language): string {
  const onSheet = all.filter((s) => s.sheet === sheet.sheet);
  return onSheet.length > 1 ? `${sheet.sheet} (${BEFORE_AFTER_STRINGS[language].tableNumber(onSheet.indexOf(sheet) + 1)})` : sheet.sheet;
}

/** The before/after sheets of the workbook to choose from, with a refresh and a link to the chosen one. */
export function BeforeAfterSheetPicker({
  list,
  selected,
  language,
  disabled,
  onChoose,
  onRefresh,
  onOpenSheet,
}: BeforeAfterSheetPickerProps) {
  const t = BEFORE_AFTER_STRINGS[language];
  const sources: SourceList = list.phase === "ready" ? { phase: "ready", refs: list.sheets } : list;
  const chosen = list.phase === "ready" ? list.sheets.find((s) => s.table === selected) : undefined;
  const texts = {
    label: t.sheetLabel,
    refresh: t.refresh,
    listing: t.listing,
    emptyTitle: t.noSheetsTitle,
    empty: t.noSheets(beforeAfterTemplate.title[language], STRINGS[language].create),
  };
  return (
    <SourcePicker
      list={sources}
      selected={selected}
      texts={texts}
      optionText={(ref, all) => optionText(ref, all, language)}
      language={language}
      disabled={disabled}
      onChoose={onChoose}
      onRefresh={onRefresh}
    >
      {onOpenSheet && chosen ? <OpenSheetLink sheet={chosen.sheet} label={t.openSheet(chosen.sheet)} onOpen={onOpenSheet} /> : null}
    </SourcePicker>
  );
}
