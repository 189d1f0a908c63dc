import type { Language } from "../../../core/language";
import { impactMapTemplate } from "../../../templates/impactMap";
import type { TableRef } from "../../../workbook/ports";
import { AnalysisForm, chosenMap } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import type { SourcesState } from "../../useAnalysis";
import { SourceList, SourcePicker } from "../SourcePicker";

export interface MapPickerProps {
  readonly sources: SourcesState;
  readonly form: AnalysisForm;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChoose: (table: string) => void;
  readonly onRefresh: () => void;
  readonly id?: string;
}

/**
 * How an impact map is listed: by its sheet's name, and when a sheet holds more than one map, with
 * its number there ("Effektkarta (karta 2)"). The table's name is the add-in's own and not shown.
 */
export function mapOptionText(map: TableRef, all: readonly TableRef[], language: Language): string {
  const onSheet = all.filter((m) => m.sheet === map.sheet);
  return onSheet.length > 1 ? `${map.sheet} (${ANALYSIS_STRINGS[language].mapNumber(onSheet.indexOf(map) + 1)})` : map.sheet;
}

/** The impact maps of the workbook to choose from, with a refresh; says so when there is none. */
export function MapPicker({ sources, form, language, disabled, onChoose, onRefresh, id }: MapPickerProps) {
  const t = ANALYSIS_STRINGS[language];
  const list: SourceList = sources.phase === "ready" ? { phase: "ready", refs: sources.sources.impactMaps } : sources;
  const selected = sources.phase === "ready" ? chosenMap(form, sources.sources.impactMaps)?.table : undefined;
  const texts = {
    label: t.mapLabel,
    hint: t.mapHint,
    refresh: t.refreshList,
    listing: t.listing,
    emptyTitle: t.noMapsTitle,
    empty: t.noMaps(impactMapTemplate.title[language]),
  };
  return (
    <SourcePicker
      list={list}
      selected={selected}
      texts={texts}
      optionText={(map, all) => mapOptionText(map, all, language)}
      id={id}
      language={language}
      disabled={disabled}
      onChoose={onChoose}
      onRefresh={onRefresh}
    />
  );
}
