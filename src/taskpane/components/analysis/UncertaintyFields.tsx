import { Field, Input, Switch } from "@fluentui/react-components";
import { MAX_RUNS } from "../../../core/analysis";
import { MIN_RUNS } from "../../analysisForm";
import { formatWhole } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FormSection } from "./FormSection";
import { FormPartProps, validation } from "./formParts";

/** The Monte Carlo switch and, while on, the number of runs (seed, distribution and spreads are advanced settings). */
export function UncertaintyFields({ form, problems, language, disabled, onChange, onLeave, idOf }: FormPartProps) {
  const t = ANALYSIS_STRINGS[language];
  const n = (value: number) => formatWhole(value, language);
  return (
    <FormSection heading={t.uncertaintyHeading} help={t.uncertaintyHelp}>
      <Switch
        label={t.monteCarlo}
        checked={form.monteCarlo}
        disabled={disabled}
        onChange={(_, data) => onChange((f) => ({ ...f, monteCarlo: data.checked }))}
      />
      {form.monteCarlo ? (
        <Field label={t.runsLabel} hint={t.runsHint(n(MIN_RUNS), n(MAX_RUNS))} {...validation(problems.runs)}>
          <Input
            id={idOf("runs")}
            inputMode="numeric"
            value={form.runs}
            disabled={disabled}
            onChange={(_, data) => onChange((f) => ({ ...f, runs: data.value }))}
            onBlur={() => onLeave("runs")}
          />
        </Field>
      ) : null}
    </FormSection>
  );
}
