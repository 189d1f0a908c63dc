import { Field, Input, Select } from "@fluentui/react-components";
import type { Assumption } from "../../../core/analysis";
import { STEP_UNITS, StepKind, withStep } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { AssumptionRows, useAssumptionRowStyles } from "./AssumptionRows";
import { FormPartProps, validation } from "./formParts";

/** Per assumption: its own tornado step and whether it is a % of each value or in the assumption's unit. */
export function OwnSteps(props: FormPartProps) {
  return <AssumptionRows language={props.language} fields={(assumption) => <OwnStepFields assumption={assumption} {...props} />} />;
}

function OwnStepFields({
  assumption,
  form,
  problems,
  language,
  disabled,
  onChange,
  onLeave,
  idOf,
}: FormPartProps & { readonly assumption: Assumption }) {
  const styles = useAssumptionRowStyles();
  const t = ANALYSIS_STRINGS[language];
  const step = form.steps[assumption];
  const field = `step.${assumption}` as const;
  return (
    <>
      <Field label={t.stepSize} size="small" className={styles.cell} {...validation(problems[field])}>
        <Input
          id={idOf(field)}
          size="small"
          className={styles.control}
          inputMode="decimal"
          value={step.size}
          placeholder={step.kind === "relative" ? form.step : undefined}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => withStep(f, assumption, { size: data.value }))}
          onBlur={() => onLeave(field)}
        />
      </Field>
      <Field label={t.stepUnit} size="small" className={styles.cell}>
        <Select
          size="small"
          className={styles.control}
          value={step.kind}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => withStep(f, assumption, { kind: data.value as StepKind }))}
        >
          <option value="relative">{t.units.relative}</option>
          <option value="absolute">{t.units[STEP_UNITS[assumption]]}</option>
        </Select>
      </Field>
    </>
  );
}
