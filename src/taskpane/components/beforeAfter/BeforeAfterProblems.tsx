import { Body1, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Language } from "../../../core/language";
import { problemTexts, SheetProblem } from "../../beforeAfterCheck";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  place: { display: "block", fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
  message: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface BeforeAfterProblemsProps {
  readonly problems: readonly SheetProblem[];
  readonly language: Language;
}

/** Every problem found on the sheet, each with its place and message; the heading takes focus when shown. */
export const BeforeAfterProblems = forwardRef<HTMLHeadingElement, BeforeAfterProblemsProps>(function BeforeAfterProblems({ problems, language }, ref) {
  const styles = useStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const headingId = useId("problems-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={styles.heading}>
        {t.problemsHeading(problems.length)}
      </h3>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.problemsIntro}</MessageBarBody>
      </MessageBar>
      <ol className={styles.list}>
        {problems.map((problem, i) => {
          const { place, message } = problemTexts(problem, language);
          return (
            <li key={i}>
              {place ? <Body1 className={styles.place}>{place}</Body1> : null}
              <Body1 className={styles.message}>{message}</Body1>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
