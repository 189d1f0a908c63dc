import { Field, Input } from "@fluentui/react-components";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FormSection } from "./FormSection";
import { FormPartProps, validation } from "./formParts";

/** The tornado's step for every assumption (own steps per assumption are among the advanced settings). */
export function SensitivityFields({ form, problems, language, disabled, onChange, onLeave, idOf }: FormPartProps) {
  const t = ANALYSIS_STRINGS[language];
  return (
    <FormSection heading={t.sensitivityHeading} help={t.sensitivityHelp}>
      <Field label={t.stepLabel} hint={t.stepHint} {...validation(problems.step)}>
        <Input
          id={idOf("step")}
          inputMode="decimal"
          value={form.step}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => ({ ...f, step: data.value }))}
          onBlur={() => onLeave("step")}
        />
      </Field>
    </FormSection>
  );
}
