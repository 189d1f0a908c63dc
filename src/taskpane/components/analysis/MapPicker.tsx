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
}

/** How an impact map is listed: "<sheet> (<table>)". */
export function mapOptionText(map: TableRef): string {
  return `${map.sheet} (${map.table})`;
}

/** The impact maps of the workbook to choose from, with a refresh; says so when there is none. */
export function MapPicker({ sources, form, language, disabled, onChoose, onRefresh }: MapPickerProps) {
  const t = ANALYSIS_STRINGS[language];
  const list: SourceList = sources.phase === "ready" ? { phase: "ready", refs: sources.sources.impactMaps } : sources;
  const selected = sources.phase === "ready" ? chosenMap(form, sources.sources.impactMaps)?.table : undefined;
  const texts = { label: t.mapLabel, hint: t.mapHint, refresh: t.refreshList, listing: t.listing, emptyTitle: t.noMapsTitle, empty: t.noMaps(impactMapTemplate.title[language]) };
  return <SourcePicker list={list} selected={selected} texts={texts} optionText={mapOptionText} language={language} disabled={disabled} onChoose={onChoose} onRefresh={onRefresh} />;
}
