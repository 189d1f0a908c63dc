import { Button, Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../../../core/language";
import { errorMessage } from "../../../core/messages";
import { problemMessage } from "../../writerMessages";
import { longRunText } from "../../longRunStrings";
import { AnalysisField, AnalysisFieldProblems, AnalysisForm, initialAnalysisForm, randomSeed, readAnalysisForm, settingsErrorField } from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { AnalysisPanelWriter, AnalysisState, useAnalysis } from "../../useAnalysis";
import { AnalysisResults } from "./AnalysisResults";
import { FoldOut, FormPartProps } from "./formParts";
import { LongRunQuestion } from "./LongRunQuestion";
import { MapPicker } from "./MapPicker";
import { OutcomeMessage } from "./OutcomeMessage";
import { PanelHeading } from "../PanelHeading";
import { usePanelStyles } from "../panelStyles";
import { ProblemBar } from "../ProblemBar";
import { RunProgress, progressText } from "./RunProgress";
import { SensitivityFields } from "./SensitivityFields";
import { TargetFields } from "./TargetFields";
import { UncertaintyFields } from "./UncertaintyFields";

export interface AnalysisPanelProps {
  readonly writer: AnalysisPanelWriter;
  readonly language: Language;
}

/** The Analysis tab: choose an impact map and settings, run, follow the progress, then see the key figures. */
export function AnalysisPanel({ writer, language }: AnalysisPanelProps) {
  const { state, refresh, run, cancel, answer, open } = useAnalysis(writer);
  const [form, setForm] = useState<AnalysisForm>(() => initialAnalysisForm(randomSeed()));
  const [visited, setVisited] = useState<ReadonlySet<AnalysisField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [folded, setFolded] = useState<readonly FoldOut[]>([]);
  const [ranWith, setRanWith] = useState<AnalysisForm>();
  const reading = useMemo(() => (state.sources.phase === "ready" ? readAnalysisForm(form, state.sources.sources, language) : undefined), [form, state.sources, language]);
  const all = reading?.ok === false ? reading.problems : {};
  const outcome = state.run.phase === "finished" ? state.run.outcome : undefined;
  // A setting the core refused shows at its field until the form is changed.
  const refused = outcome?.kind === "settings" && form === ranWith ? outcome.error : undefined;
  const settingsField = refused && settingsErrorField(refused);
  const problems: AnalysisFieldProblems = {
    ...(refused && settingsField ? { [settingsField]: errorMessage(refused, language) } : {}),
    ...Object.fromEntries(Object.entries(all).filter(([field]) => attempted || visited.has(field as AnalysisField))),
  };

  const start = () => {
    setAttempted(true);
    if (reading === undefined) return;
    if (!reading.ok) {
      setFolded((open) => [...new Set([...open, ...foldOutsOf(reading.problems)])]);
      return;
    }
    setRanWith(form);
    const { map, settings, replace } = reading.request;
    void run({ table: map.table, settings, language, ...(replace ? { replace: replace.sheet } : {}) });
  };

  return (
    <AnalysisView
      state={state}
      form={form}
      problems={problems}
      fixFields={attempted && Object.keys(all).length > 0}
      settingsAtField={settingsField !== undefined}
      folded={folded}
      language={language}
      actions={{
        onChange: (update) => setForm(update),
        onLeave: (field) => setVisited((s) => new Set(s).add(field)),
        onFold: (value, isOpen) => setFolded((open) => (isOpen ? [...open, value] : open.filter((v) => v !== value))),
        onNewSeed: () => setForm((f) => ({ ...f, seed: String(randomSeed()) })),
        onRun: start,
        onCancel: cancel,
        onAnswer: answer,
        onRefresh: () => void refresh(),
        onOpenSheet: (sheet) => void open(sheet),
      }}
    />
  );
}

/** The fold-outs that hold a problem, so they open when a run is refused. */
function foldOutsOf(problems: AnalysisFieldProblems): FoldOut[] {
  const fields = Object.keys(problems);
  const out: FoldOut[] = [];
  if (fields.some((f) => f.startsWith("step."))) out.push("steps");
  if (fields.some((f) => f.startsWith("low.") || f.startsWith("high."))) out.push("spreads");
  return out;
}

export interface AnalysisViewActions {
  readonly onChange: FormPartProps["onChange"];
  readonly onLeave: FormPartProps["onLeave"];
  readonly onFold: (value: FoldOut, open: boolean) => void;
  readonly onNewSeed: () => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  /** Answers the question before a long Monte Carlo: the runs to do, or null to stop. */
  readonly onAnswer: (runs: number | null) => void;
  readonly onRefresh: () => void;
  readonly onOpenSheet: (sheet: string) => void;
}

export interface AnalysisViewProps {
  readonly state: AnalysisState;
  readonly form: AnalysisForm;
  /** The problems to show now. */
  readonly problems: AnalysisFieldProblems;
  /** A run was asked for while fields had problems. */
  readonly fixFields: boolean;
  /** A setting the core refused is shown at its field (so not again under the button). */
  readonly settingsAtField: boolean;
  readonly folded: readonly FoldOut[];
  readonly language: Language;
  readonly actions: AnalysisViewActions;
}

/** What the status line reads out (coarse: not every slice of the Monte Carlo). */
export function analysisStatus(state: AnalysisState, language: Language): string {
  const t = ANALYSIS_STRINGS[language];
  if (state.run.phase === "running") {
    const { progress, cancelling, question } = state.run;
    if (question && !cancelling) return longRunText(question, language).title;
    return cancelling ? t.cancelling : progress.step === "simulating" ? t.simulatingStatus : progressText(progress, language);
  }
  if (state.run.phase === "finished") {
    const outcome = state.run.outcome;
    switch (outcome.kind) {
      case "written": return outcome.replaced ? t.refreshed(outcome.sheet) : t.written(outcome.sheet);
      case "cancelled": return t.cancelled;
      case "unreadable": return t.readProblemTitle;
      case "settings": return t.settingsTitle;
      case "writer": return problemMessage(outcome.problem, language).title;
    }
  }
  return state.sources.phase === "loading" ? t.listing : "";
}

/** The panel for a given state (no hooks into Excel), so it renders on a server and in tests. */
export function AnalysisView({ state, form, problems, fixFields, settingsAtField, folded, language, actions }: AnalysisViewProps) {
  const styles = usePanelStyles();
  const t = ANALYSIS_STRINGS[language];
  const heading = useRef<HTMLHeadingElement>(null);
  const { sources, run } = state;
  const running = run.phase === "running";
  const outcome = run.phase === "finished" ? run.outcome : undefined;
  const ready = sources.phase === "ready" && sources.sources.impactMaps.length > 0 ? sources.sources : undefined;
  const part: FormPartProps = { form, problems, language, disabled: running, onChange: actions.onChange, onLeave: actions.onLeave };

  useEffect(() => {
    if (outcome?.kind === "written") heading.current?.focus();
  }, [outcome]);

  return (
    <section className={styles.root} lang={language} aria-label={t.heading}>
      <PanelHeading title={t.heading} intro={t.intro} />
      <MapPicker sources={sources} form={form} language={language} disabled={running} onChoose={(map) => actions.onChange((f) => ({ ...f, map }))} onRefresh={actions.onRefresh} />
      {ready ? (
        <>
          <Divider />
          <SensitivityFields {...part} open={folded.includes("steps")} onFold={actions.onFold} />
          <Divider />
          <UncertaintyFields {...part} open={folded.includes("spreads")} onFold={actions.onFold} onNewSeed={actions.onNewSeed} />
          <TargetFields {...part} analyses={ready.analyses} />
          <Button appearance="primary" size="large" className={styles.action} disabledFocusable={running} onClick={actions.onRun}>
            {t.run}
          </Button>
        </>
      ) : null}
      <div role="status" aria-live="polite" className={styles.hidden}>
        {analysisStatus(state, language)}
      </div>
      {ready && fixFields ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.fixFields}</MessageBarBody>
        </MessageBar>
      ) : null}
      {run.phase === "running" && run.question ? <LongRunQuestion estimate={run.question} language={language} onAnswer={actions.onAnswer} /> : null}
      {run.phase === "running" && !run.question ? <RunProgress progress={run.progress} cancelling={run.cancelling} language={language} onCancel={actions.onCancel} /> : null}
      {state.activation ? <ProblemBar problem={state.activation} language={language} intent="warning" /> : null}
      {outcome?.kind === "written" ? <AnalysisResults ref={heading} outcome={outcome} language={language} onOpenSheet={actions.onOpenSheet} /> : null}
      {outcome !== undefined && outcome.kind !== "written" ? <OutcomeMessage outcome={outcome} language={language} showSettings={!settingsAtField} /> : null}
    </section>
  );
}
