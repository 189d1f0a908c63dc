import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Distribution } from "../../../core/analysis";
import { MAX_RUNS } from "../../../core/analysis";
import { MAX_FORM_BINS, MIN_BINS, MIN_RUNS } from "../../analysisForm";
import { formatWhole } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FoldOutPanel } from "./FoldOutPanel";
import { FormSection } from "./FormSection";
import { FoldOut, FormPartProps, validation } from "./formParts";
import { SpreadRows } from "./SpreadRows";

const useStyles = makeStyles({
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
});

export interface UncertaintyFieldsProps extends FormPartProps {
  readonly open: boolean;
  readonly onFold: (value: FoldOut, open: boolean) => void;
  readonly onNewSeed: () => void;
}

/** The Monte Carlo switch and, while on, runs, seed, distribution, histogram intervals and low / high per assumption. */
export function UncertaintyFields({ open, onFold, onNewSeed, ...props }: UncertaintyFieldsProps) {
  const styles = useStyles();
  const { form, problems, language, disabled, onChange, onLeave } = props;
  const t = ANALYSIS_STRINGS[language];
  const n = (value: number) => formatWhole(value, language);
  return (
    <FormSection heading={t.uncertaintyHeading} help={t.uncertaintyHelp}>
      <Switch label={t.monteCarlo} checked={form.monteCarlo} disabled={disabled} onChange={(_, data) => onChange((f) => ({ ...f, monteCarlo: data.checked }))} />
      {form.monteCarlo ? (
        <>
          <Field label={t.runsLabel} hint={t.runsHint(n(MIN_RUNS), n(MAX_RUNS))} {...validation(problems.runs)}>
            <Input inputMode="numeric" value={form.runs} disabled={disabled} onChange={(_, data) => onChange((f) => ({ ...f, runs: data.value }))} onBlur={() => onLeave("runs")} />
          </Field>
          <Field label={t.seedLabel} hint={t.seedHint} {...validation(problems.seed)}>
            <Input
              inputMode="numeric"
              value={form.seed}
              disabled={disabled}
              onChange={(_, data) => onChange((f) => ({ ...f, seed: data.value }))}
              onBlur={() => onLeave("seed")}
              contentAfter={
                <Button appearance="transparent" size="small" disabled={disabled} onClick={onNewSeed}>
                  {t.newSeed}
                </Button>
              }
            />
          </Field>
          <Field label={t.distributionLabel}>
            <RadioGroup value={form.distribution} disabled={disabled} onChange={(_, data) => onChange((f) => ({ ...f, distribution: data.value as Distribution }))}>
              {(["triangular", "pert"] as const).map((d) => (
                <Radio
                  key={d}
                  value={d}
                  label={
                    <>
                      {d === "pert" ? t.pert : t.triangular}
                      <Caption1 className={styles.hint}>{d === "pert" ? t.pertHint : t.triangularHint}</Caption1>
                    </>
                  }
                />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t.binsLabel} hint={t.binsHint(n(MIN_BINS), n(MAX_FORM_BINS))} {...validation(problems.bins)}>
            <Input inputMode="numeric" value={form.bins} disabled={disabled} onChange={(_, data) => onChange((f) => ({ ...f, bins: data.value }))} onBlur={() => onLeave("bins")} />
          </Field>
          {problems.spreads ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{problems.spreads}</MessageBarBody>
            </MessageBar>
          ) : null}
          <FoldOutPanel value="spreads" title={t.spreads} help={t.spreadsHelp} open={open} onFold={onFold}>
            <SpreadRows {...props} />
          </FoldOutPanel>
        </>
      ) : null}
    </FormSection>
  );
}
