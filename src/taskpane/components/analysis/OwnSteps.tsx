import { Body1, Field, Input, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ASSUMPTIONS, Assumption } from "../../../core/analysis";
import { assumptionText } from "../../../templates/analysis/assumptionText";
import { STEP_UNITS, StepKind, withStep } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FormPartProps, validation } from "./formParts";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  // Narrow enough for two side by side in a 320 px pane.
  cell: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

/** Per assumption: its own tornado step and whether it is a % of each value or in the assumption's unit. */
export function OwnSteps(props: FormPartProps) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {ASSUMPTIONS.map((assumption) => (
        <OwnStepRow key={assumption} assumption={assumption} {...props} />
      ))}
    </div>
  );
}

function OwnStepRow({ assumption, form, problems, language, disabled, onChange, onLeave }: FormPartProps & { readonly assumption: Assumption }) {
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  const nameId = useId("own-step");
  const step = form.steps[assumption];
  const field = `step.${assumption}` as const;
  return (
    <div role="group" aria-labelledby={nameId}>
      <Body1 block id={nameId} className={styles.name}>
        {assumptionText(assumption)[language]}
      </Body1>
      <div className={styles.pair}>
        <Field label={t.stepSize} size="small" className={styles.cell} {...validation(problems[field])}>
          <Input
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
          <Select size="small" className={styles.control} value={step.kind} disabled={disabled} onChange={(_, data) => onChange((f) => withStep(f, assumption, { kind: data.value as StepKind }))}>
            <option value="relative">{t.units.relative}</option>
            <option value="absolute">{t.units[STEP_UNITS[assumption]]}</option>
          </Select>
        </Field>
      </div>
    </div>
  );
}
