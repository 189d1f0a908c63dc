import { Body1, Field, Input, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ASSUMPTIONS, Assumption } from "../../../core/analysis";
import { assumptionText } from "../../../templates/analysis/assumptionText";
import { SpreadText, withSpread } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { FormPartProps, validation } from "./formParts";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  name: { fontWeight: tokens.fontWeightSemibold },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  // Narrow enough for two side by side in a 320 px pane.
  cell: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

/** Per assumption: the Monte Carlo's low and high in % below and above each row's value. */
export function SpreadRows(props: FormPartProps) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {ASSUMPTIONS.map((assumption) => (
        <SpreadRow key={assumption} assumption={assumption} {...props} />
      ))}
    </div>
  );
}

function SpreadRow({ assumption, form, problems, language, disabled, onChange, onLeave }: FormPartProps & { readonly assumption: Assumption }) {
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  const nameId = useId("spread");
  const spread = form.spreads[assumption];
  const input = (side: keyof SpreadText, label: string) => {
    const field = `${side}.${assumption}` as const;
    return (
      <Field label={label} size="small" className={styles.cell} {...validation(problems[field])}>
        <Input
          size="small"
          className={styles.control}
          inputMode="decimal"
          value={spread[side]}
          disabled={disabled}
          onChange={(_, data) => onChange((f) => withSpread(f, assumption, { [side]: data.value }))}
          onBlur={() => onLeave(field)}
        />
      </Field>
    );
  };
  return (
    <div role="group" aria-labelledby={nameId}>
      <Body1 block id={nameId} className={styles.name}>
        {assumptionText(assumption)[language]}
      </Body1>
      <div className={styles.pair}>
        {input("low", t.low)}
        {input("high", t.high)}
      </div>
    </div>
  );
}
