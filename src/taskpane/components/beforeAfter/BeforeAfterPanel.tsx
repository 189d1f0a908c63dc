import { SheetCheckPanelProps, SheetCheckViewProps } from "../checkPanelProps";
import { CheckActions } from "../CheckActions";
import { useEffect, useRef } from "react";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { useRefreshWhenShown } from "../../useRefreshWhenShown";
import type { CheckOutcome } from "../../beforeAfterCheck";
import { BeforeAfterReader, useBeforeAfterCheck } from "../../useBeforeAfterCheck";
import { BeforeAfterProblems } from "./BeforeAfterProblems";
import { BeforeAfterResults } from "./BeforeAfterResults";
import { BeforeAfterSheetPicker } from "./BeforeAfterSheetPicker";
import { PanelHeading } from "../PanelHeading";
import { usePanelStyles } from "../panelStyles";
import { ProblemBar } from "../ProblemBar";

export type BeforeAfterPanelProps = SheetCheckPanelProps<BeforeAfterReader>;

/** The before/after check: choose a sheet, check it, then see every problem or the split by actor. Read-only. */
export function BeforeAfterPanel({ reader, language, onOpenSheet, onSelectCell, shown = true, sheetsCreated = 0 }: BeforeAfterPanelProps) {
  const { state, refresh, choose, check } = useBeforeAfterCheck(reader);
  useRefreshWhenShown(shown, sheetsCreated, refresh);
  return (
    <BeforeAfterView
      state={state}
      language={language}
      onRefresh={() => void refresh()}
      onChoose={choose}
      onCheck={() => void check()}
      onOpenSheet={onOpenSheet}
      onSelectCell={onSelectCell}
    />
  );
}

export type BeforeAfterViewProps = SheetCheckViewProps<CheckOutcome>;

/** The panel for a given state (no hooks into Excel), so it renders on a server and in tests. */
export function BeforeAfterView({ state, language, onRefresh, onChoose, onCheck, onOpenSheet, onSelectCell }: BeforeAfterViewProps) {
  const styles = usePanelStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const heading = useRef<HTMLHeadingElement>(null);
  const { list, selected, check } = state;
  const busy = check.phase === "busy";
  const outcome = check.phase === "done" ? check.outcome : undefined;

  useEffect(() => {
    if (check.phase === "done") heading.current?.focus();
  }, [check]);

  return (
    <section className={styles.root} lang={language} aria-label={t.heading}>
      <PanelHeading title={t.heading} intro={outcome === undefined ? t.intro : undefined} />
      {check.phase === "failed" ? <ProblemBar problem={check.problem} language={language} /> : null}
      {outcome?.kind === "problems" ? (
        <BeforeAfterProblems
          ref={heading}
          sheet={outcome.sheet}
          problems={outcome.problems}
          language={language}
          onSelectCell={onSelectCell}
        />
      ) : null}
      {outcome?.kind === "results" ? (
        <BeforeAfterResults
          ref={heading}
          sheet={outcome.sheet}
          result={outcome.result}
          summary={outcome.summary}
          currency={outcome.currency}
          language={language}
        />
      ) : null}
      <BeforeAfterSheetPicker
        list={list}
        selected={selected}
        language={language}
        disabled={busy}
        onChoose={onChoose}
        onRefresh={onRefresh}
        onOpenSheet={onOpenSheet}
      />
      <CheckActions state={state} language={language} texts={BEFORE_AFTER_STRINGS[language]} onCheck={onCheck} />
    </section>
  );
}
