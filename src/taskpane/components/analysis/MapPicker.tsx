import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import { impactMapTemplate } from "../../../templates/impactMap";
import type { TableRef } from "../../../writers/excel/types";
import { AnalysisForm, chosenMap } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import type { SourcesState } from "../../useAnalysis";
import { ProblemBar } from "../ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  refresh: { alignSelf: "flex-start" },
});

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
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  const refresh = (
    <Button appearance="secondary" className={styles.refresh} disabled={disabled || sources.phase === "loading"} onClick={onRefresh}>
      {t.refreshList}
    </Button>
  );
  if (sources.phase === "loading") return <Spinner size="tiny" labelPosition="after" label={t.listing} />;
  if (sources.phase === "failed") {
    return (
      <div className={styles.root}>
        <ProblemBar problem={sources.problem} language={language} />
        {refresh}
      </div>
    );
  }
  const maps = sources.sources.impactMaps;
  if (maps.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noMapsTitle}</MessageBarTitle> {t.noMaps(impactMapTemplate.title[language])}
        </MessageBarBody>
        <MessageBarActions>{refresh}</MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <Field label={t.mapLabel} hint={t.mapHint}>
        <Select value={chosenMap(form, maps)?.table ?? ""} disabled={disabled} onChange={(_, data) => onChoose(data.value)}>
          {maps.map((map) => (
            <option key={map.table} value={map.table}>
              {mapOptionText(map)}
            </option>
          ))}
        </Select>
      </Field>
      {refresh}
    </div>
  );
}
