import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Distribution } from "../../../core/analysis";
import { MAX_FORM_BINS, MIN_BINS } from "../../analysisForm";
import { formatWhole } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { FoldOutPanel } from "./FoldOutPanel";
import { FoldOut, FormPartProps, validation } from "./formParts";
import { OwnSteps } from "./OwnSteps";
import { SpreadRows } from "./SpreadRows";

const useStyles = makeStyles({
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  help: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface AdvancedFieldsProps extends FormPartProps {
  readonly folded: readonly FoldOut[];
  readonly onFold: (value: FoldOut, open: boolean) => void;
  readonly onNewSeed: () => void;
}

/**
 * What most analyses leave as it is, folded away under "Advanced settings": own steps per
 * assumption; with the Monte Carlo on, the seed, the distribution and the histogram's intervals;
 * low / high per assumption (for the Monte Carlo and a tornado moving to them); and what
 * break-even is (always on the sheet, nothing to set).
 */
export function AdvancedFields({ folded, onFold, onNewSeed, ...props }: AdvancedFieldsProps) {
  const styles = useStyles();
  const { form, problems, language, disabled, onChange, onLeave, idOf } = props;
  const t = ANALYSIS_STRINGS[language];
  const n = (value: number) => formatWhole(value, language);
  return (
    <FoldOutPanel
      value="advanced"
      title={t.advanced}
      help={t.advancedHelp}
      open={folded.includes("advanced")}
      onFold={onFold}
      size="medium"
    >
      <FoldOutPanel value="steps" title={t.ownSteps} help={t.ownStepsHelp} open={folded.includes("steps")} onFold={onFold}>
        <OwnSteps {...props} />
      </FoldOutPanel>
      {form.monteCarlo ? (
        <>
          <Field label={t.seedLabel} hint={t.seedHint} {...validation(problems.seed)}>
            <Input
              id={idOf("seed")}
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
            <RadioGroup
              value={form.distribution}
              disabled={disabled}
              onChange={(_, data) => onChange((f) => ({ ...f, distribution: data.value as Distribution }))}
            >
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
            <Input
              id={idOf("bins")}
              inputMode="numeric"
              value={form.bins}
              disabled={disabled}
              onChange={(_, data) => onChange((f) => ({ ...f, bins: data.value }))}
              onBlur={() => onLeave("bins")}
            />
          </Field>
        </>
      ) : null}
      {form.monteCarlo || form.tornado === "ranges" ? (
        <>
          {problems.spreads ? (
            <MessageBar id={idOf("spreads")} intent="error" layout="multiline" aria-labelledby={undefined}>
              <MessageBarBody>{problems.spreads}</MessageBarBody>
            </MessageBar>
          ) : null}
          <FoldOutPanel
            value="spreads"
            title={t.spreads}
            help={EVIDENCE_STRINGS[language].spreadsHelp}
            open={folded.includes("spreads")}
            onFold={onFold}
          >
            <SpreadRows {...props} />
          </FoldOutPanel>
        </>
      ) : null}
      <section>
        <Subtitle2 as="h4" block className={styles.heading}>
          {t.breakEvenHeading}
        </Subtitle2>
        <Caption1 as="p" block className={styles.help}>
          {t.breakEvenHelp}
        </Caption1>
      </section>
    </FoldOutPanel>
  );
}
