import { Caption1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  help: { color: tokens.colorNeutralForeground3, margin: `calc(-1 * ${tokens.spacingVerticalS}) 0 0` },
});

export interface FormSectionProps {
  readonly heading: string;
  /** What the section is for, in a sentence or two, under its heading. */
  readonly help: string;
  readonly children?: ReactNode;
}

/** A titled part of the analysis form with its short help. */
export function FormSection({ heading, help, children }: FormSectionProps) {
  const styles = useStyles();
  const headingId = useId("analysis-section");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" block id={headingId} className={styles.heading}>
        {heading}
      </Subtitle2>
      <Caption1 as="p" block className={styles.help}>
        {help}
      </Caption1>
      {children}
    </section>
  );
}
