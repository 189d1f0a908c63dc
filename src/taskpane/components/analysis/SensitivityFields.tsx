import { Caption1, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { TornadoMoves } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { FormSection } from "./FormSection";
import { FormPartProps, validation } from "./formParts";

const useStyles = makeStyles({
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
});

/**
 * How the tornado moves each assumption: to its low and high (the same as the Monte Carlo: from
 * the rows' evidence grades unless the user set their own) or by a step; and the step, which in the
 * first case moves only what has no low and high (the discount rate, unless it has its own).
 */
export function SensitivityFields({ form, problems, language, disabled, onChange, onLeave, idOf }: FormPartProps) {
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  const e = EVIDENCE_STRINGS[language];
  const ranges = form.tornado === "ranges";
  return (
    <FormSection heading={t.sensitivityHeading} help={t.sensitivityHelp}>
      <Field label={e.movesLabel}>
        <RadioGroup
          value={form.tornado}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => ({ ...f, tornado: data.value as TornadoMoves }))}
        >
          {(["ranges", "step"] as const).map((moves) => (
            <Radio
              key={moves}
              value={moves}
              label={
                <>
                  {moves === "ranges" ? e.toRanges : e.byStep}
                  <Caption1 className={styles.hint}>{moves === "ranges" ? e.toRangesHint : e.byStepHint}</Caption1>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={ranges ? e.rateStepLabel : t.stepLabel} hint={ranges ? e.rateStepHint : t.stepHint} {...validation(problems.step)}>
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
