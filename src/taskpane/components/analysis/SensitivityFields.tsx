import { Field, Input } from "@fluentui/react-components";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FoldOutPanel } from "./FoldOutPanel";
import { FormSection } from "./FormSection";
import { FoldOut, FormPartProps, validation } from "./formParts";
import { OwnSteps } from "./OwnSteps";

export interface SensitivityFieldsProps extends FormPartProps {
  readonly open: boolean;
  readonly onFold: (value: FoldOut, open: boolean) => void;
}

/** The tornado's step for every assumption and, folded out, an own step per assumption; then what break-even is. */
export function SensitivityFields({ open, onFold, ...props }: SensitivityFieldsProps) {
  const { form, problems, language, disabled, onChange, onLeave } = props;
  const t = ANALYSIS_STRINGS[language];
  return (
    <>
      <FormSection heading={t.sensitivityHeading} help={t.sensitivityHelp}>
        <Field label={t.stepLabel} hint={t.stepHint} {...validation(problems.step)}>
          <Input inputMode="decimal" value={form.step} disabled={disabled} onChange={(_, data) => onChange((f) => ({ ...f, step: data.value }))} onBlur={() => onLeave("step")} />
        </Field>
        <FoldOutPanel value="steps" title={t.ownSteps} help={t.ownStepsHelp} open={open} onFold={onFold}>
          <OwnSteps {...props} />
        </FoldOutPanel>
      </FormSection>
      <FormSection heading={t.breakEvenHeading} help={t.breakEvenHelp} />
    </>
  );
}
