import { Field, Input } from "@fluentui/react-components";
import type { Assumption } from "../../../core/analysis";
import { SpreadText, withSpread } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { AssumptionRows, useAssumptionRowStyles } from "./AssumptionRows";
import { FormPartProps, validation } from "./formParts";

/**
 * Per assumption: the low and high in % below and above each row's value, for the Monte Carlo and
 * the tornado; a blank pair reads "from grade" (each row's evidence grade), for the discount rate
 * "fixed".
 */
export function SpreadRows(props: FormPartProps) {
  return <AssumptionRows language={props.language} fields={(assumption) => <SpreadFields assumption={assumption} {...props} />} />;
}

function SpreadFields({
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
  const spread = form.spreads[assumption];
  const blank = assumption === "discount_rate" ? EVIDENCE_STRINGS[language].fixed : EVIDENCE_STRINGS[language].fromGrade;
  const input = (side: keyof SpreadText, label: string) => {
    const field = `${side}.${assumption}` as const;
    return (
      <Field label={label} size="small" className={styles.cell} {...validation(problems[field])}>
        <Input
          id={idOf(field)}
          size="small"
          className={styles.control}
          inputMode="decimal"
          value={spread[side]}
          placeholder={blank}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => withSpread(f, assumption, { [side]: data.value }))}
          onBlur={() => onLeave(field)}
        />
      </Field>
    );
  };
  return (
    <>
      {input("low", t.low)}
      {input("high", t.high)}
    </>
  );
}
