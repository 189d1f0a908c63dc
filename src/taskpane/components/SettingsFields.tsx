import { Field, Input, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { FieldProblems, FormValues } from "../form";
import { STRINGS } from "../strings";
import { DescribedCheckbox } from "./DescribedCheckbox";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export interface SettingsFieldsProps {
  readonly values: FormValues;
  /** Problems to show now (only those of fields the user has left or after a create attempt). */
  readonly problems: FieldProblems;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<FormValues>) => void;
  readonly onLeave: (field: keyof FieldProblems) => void;
  /** The id of a field's input (a summary of problems links to it). */
  readonly idOf: (field: keyof FieldProblems) => string;
}

/** Years, first year, currency and example data, each a labelled Field with its message. */
export function SettingsFields({ values, problems, disabled, onChange, onLeave, idOf }: SettingsFieldsProps) {
  const styles = useStyles();
  const t = STRINGS[values.language];
  const headingId = useId("settings-heading");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" block id={headingId} className={styles.heading}>
        {t.settingsLegend}
      </Subtitle2>
      <Field label={t.years} hint={t.yearsHint} validationMessage={problems.years} validationState={problems.years ? "error" : "none"}>
        <Input
          id={idOf("years")}
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          value={values.years}
          disabled={disabled}
          onChange={(_, data) => onChange({ years: data.value })}
          onBlur={() => onLeave("years")}
        />
      </Field>
      <Field label={t.startYear} validationMessage={problems.startYear} validationState={problems.startYear ? "error" : "none"}>
        <Input
          id={idOf("startYear")}
          type="number"
          inputMode="numeric"
          value={values.startYear}
          disabled={disabled}
          onChange={(_, data) => onChange({ startYear: data.value })}
          onBlur={() => onLeave("startYear")}
        />
      </Field>
      <Field
        label={t.currency}
        hint={t.currencyHint}
        validationMessage={problems.currency}
        validationState={problems.currency ? "error" : "none"}
      >
        <Input
          id={idOf("currency")}
          value={values.currency}
          disabled={disabled}
          maxLength={20}
          onChange={(_, data) => onChange({ currency: data.value })}
          onBlur={() => onLeave("currency")}
        />
      </Field>
      <DescribedCheckbox
        label={t.example}
        description={t.exampleHint}
        checked={values.example}
        disabled={disabled}
        onChange={(example) => onChange({ example })}
      />
    </section>
  );
}
