import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { TableRef } from "../../../workbook/ports";
import { chosenAnalysis } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FormPartProps, validation } from "./formParts";

export interface TargetFieldsProps extends FormPartProps {
  /** The analysis sheets the add-in made before; with none, only a new sheet is offered. */
  readonly analyses: readonly TableRef[];
}

/** Where the analysis goes: a new sheet, or (when there are any) an earlier analysis sheet refreshed in place. */
export function TargetFields({ analyses, form, problems, language, disabled, onChange, idOf }: TargetFieldsProps) {
  const t = ANALYSIS_STRINGS[language];
  if (analyses.length === 0) return null;
  const refreshing = form.target === "refresh";
  const chosen = chosenAnalysis(form, analyses);
  return (
    <>
      <Field label={t.targetLabel} hint={t.targetHelp}>
        <RadioGroup
          value={form.target}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => ({ ...f, target: data.value === "refresh" ? "refresh" : "new" }))}
        >
          <Radio value="new" label={t.targetNew} />
          <Radio value="refresh" label={t.targetRefresh} />
        </RadioGroup>
      </Field>
      {refreshing ? (
        <Field label={t.refreshLabel} hint={t.refreshHint} {...validation(problems.refresh)}>
          <Select
            id={idOf("refresh")}
            value={chosen?.table ?? ""}
            disabled={disabled}
            onChange={(_, data) => onChange((f) => ({ ...f, refresh: data.value }))}
          >
            {analyses.map((analysis) => (
              <option key={analysis.table} value={analysis.table}>
                {analysis.sheet}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
