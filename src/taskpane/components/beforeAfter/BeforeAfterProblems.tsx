import { forwardRef } from "react";
import type { Language } from "../../../core/language";
import { problemTexts, SheetProblem } from "../../beforeAfterCheck";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { CellProblemList } from "../CellProblemList";

export interface BeforeAfterProblemsProps {
  /** The sheet the problems are on. */
  readonly sheet: string;
  readonly problems: readonly SheetProblem[];
  readonly language: Language;
  /** Selects a cell of the sheet in Excel; without it, cells are named but not linked. */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/** Every problem found on the before/after sheet, each with its place, its cell as a link and its message. */
export const BeforeAfterProblems = forwardRef<HTMLHeadingElement, BeforeAfterProblemsProps>(function BeforeAfterProblems(
  { sheet, problems, language, onSelectCell },
  ref,
) {
  const t = BEFORE_AFTER_STRINGS[language];
  return (
    <CellProblemList
      ref={ref}
      heading={t.problemsHeading(problems.length)}
      intro={t.problemsIntro}
      sheet={sheet}
      items={problems.map((problem) => problemTexts(problem, language))}
      selectLabel={t.selectCell}
      onSelectCell={onSelectCell}
    />
  );
});
