import { ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ProgressProps {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

/** Spinner, text and bar while the sheets are written; the text is read out as it changes. */
export function Progress({ label, done, total }: ProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner size="tiny" labelPosition="after" label={label} />
      <ProgressBar value={total > 0 ? done / total : undefined} max={1} thickness="large" aria-label={label} />
    </div>
  );
}
