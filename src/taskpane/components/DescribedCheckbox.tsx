import { Caption1, Checkbox, makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  description: { color: tokens.colorNeutralForeground3, paddingLeft: "32px", marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

export interface DescribedCheckboxProps {
  readonly label: string;
  readonly description: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A checkbox with a one-line description under its label, read out as its description. */
export function DescribedCheckbox({ label, description, checked, disabled, onChange }: DescribedCheckboxProps) {
  const styles = useStyles();
  const descriptionId = useId("description");
  return (
    <div className={styles.root}>
      <Checkbox
        label={label}
        checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(_, data) => onChange(data.checked === true)}
      />
      <Caption1 id={descriptionId} className={styles.description}>
        {description}
      </Caption1>
    </div>
  );
}
