import { Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Language } from "../../../core/language";
import { problemTexts, SheetProblem } from "../../beforeAfterCheck";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  place: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word", minWidth: 0 },
  cell: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  message: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface BeforeAfterProblemsProps {
  /** The sheet the problems are on. */
  readonly sheet: string;
  readonly problems: readonly SheetProblem[];
  readonly language: Language;
  /** Selects a cell of the sheet in Excel; without it, cells are named but not linked. */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/**
 * Every problem found on the sheet, each with its place, its cell as a link that selects it in Excel
 * (as Excel's own error checking goes to a cell), and its message; the heading takes focus when shown.
 */
export const BeforeAfterProblems = forwardRef<HTMLHeadingElement, BeforeAfterProblemsProps>(function BeforeAfterProblems(
  { sheet, problems, language, onSelectCell },
  ref,
) {
  const styles = useStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const headingId = useId("problems-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={styles.heading}>
        {t.problemsHeading(problems.length)}
      </h3>
      <MessageBar intent="error" layout="multiline" aria-labelledby={undefined}>
        <MessageBarBody>{t.problemsIntro}</MessageBarBody>
      </MessageBar>
      <ol className={styles.list}>
        {problems.map((problem, i) => {
          const { place, cell, message } = problemTexts(problem, language);
          return (
            <li key={i}>
              {place || cell ? (
                <span className={styles.head}>
                  {cell && onSelectCell ? (
                    <Link as="button" className={styles.cell} aria-label={t.selectCell(cell)} onClick={() => onSelectCell(sheet, cell)}>
                      {cell}
                    </Link>
                  ) : cell ? (
                    <Body1 className={styles.cell}>{cell}</Body1>
                  ) : null}
                  {place ? <Body1 className={styles.place}>{place}</Body1> : null}
                </span>
              ) : null}
              <Body1 className={styles.message}>{message}</Body1>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
