import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Language } from "../../../core/language";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { STRINGS } from "../../strings";
import { useRefreshWhenShown } from "../../useRefreshWhenShown";
import { PanelFooter } from "../PanelFooter";
import { BeforeAfterReader, BeforeAfterState, useBeforeAfterCheck } from "../../useBeforeAfterCheck";
import { BeforeAfterProblems } from "./BeforeAfterProblems";
import { BeforeAfterResults } from "./BeforeAfterResults";
import { BeforeAfterSheetPicker } from "./BeforeAfterSheetPicker";
import { PanelHeading } from "../PanelHeading";
import { usePanelStyles } from "../panelStyles";
import { ProblemBar } from "../ProblemBar";

export interface BeforeAfterPanelProps {
  readonly reader: BeforeAfterReader;
  readonly language: Language;
  /** Shows a sheet by name (the pane passes its writer's activateSheet). */
  readonly onOpenSheet?: (name: string) => void;
  /** Selects a cell on a sheet (the pane passes its writer's selectCell). */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  /** True while the tab is shown: the sheets are listed again each time it is. */
  readonly shown?: boolean;
  /** How many times the Sheets tab has created sheets: the sheets are listed again after each. */
  readonly sheetsCreated?: number;
}

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

export interface BeforeAfterViewProps {
  readonly state: BeforeAfterState;
  readonly language: Language;
  readonly onRefresh: () => void;
  readonly onChoose: (table: string) => void;
  readonly onCheck: () => void;
  readonly onOpenSheet?: (name: string) => void;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/** What the status line reads out for a state. */
function statusText(state: BeforeAfterState, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language];
  if (state.list.phase === "loading") return t.listing;
  const { check } = state;
  if (check.phase === "busy") return t.checking;
  if (check.phase !== "done") return "";
  return check.outcome.kind === "problems" ? t.problemsHeading(check.outcome.problems.length) : t.checked(check.outcome.sheet);
}

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
      <div role="status" aria-live="polite" className={styles.hidden}>
        {statusText(state, language)}
      </div>
      <PanelFooter label={STRINGS[language].actions}>
        {busy ? <Spinner size="tiny" labelPosition="after" label={t.checking} /> : null}
        <Button
          appearance="primary"
          size="large"
          className={styles.action}
          disabledFocusable={busy || selected === undefined || list.phase !== "ready" || list.sheets.length === 0}
          onClick={onCheck}
        >
          {t.check}
        </Button>
      </PanelFooter>
    </section>
  );
}
