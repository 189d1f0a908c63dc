import { Button, Divider, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../../../core/language";
import { ASSUMPTIONS, Assumption } from "../../../core/analysis";
import { assumptionText } from "../../../templates/analysisReport";
import { errorMessage } from "../../../core/messages";
import { problemMessage } from "../../writerMessages";
import { longRunText } from "../../longRunStrings";
import {
  AnalysisField,
  AnalysisFieldProblems,
  AnalysisForm,
  chosenMap,
  initialAnalysisForm,
  randomSeed,
  readAnalysisForm,
  settingsErrorField,
} from "../../analysisForm";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import { STRINGS } from "../../strings";
import { AnalysisPanelWriter, AnalysisState, useAnalysis } from "../../useAnalysis";
import { useRefreshWhenShown } from "../../useRefreshWhenShown";
import { EvidenceState, useMapEvidence } from "../../useMapEvidence";
import { rowAddress } from "../../mapEvidence";
import { GradeSpreads } from "./GradeSpreads";
import { OverclaimWarnings } from "./OverclaimWarnings";
import { FieldToFix, FixFieldsSummary, focusField } from "../FixFieldsSummary";
import { PanelFooter } from "../PanelFooter";
import { AdvancedFields } from "./AdvancedFields";
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
  /** True while the tab is shown: the maps are listed again each time it is. */
  readonly shown?: boolean;
  /** How many times the Sheets tab has created sheets: the maps are listed again after each. */
  readonly sheetsCreated?: number;
}

/** The Analysis tab: choose an impact map and settings, run, follow the progress, then see the key figures. */
export function AnalysisPanel({ writer, language, shown = true, sheetsCreated = 0 }: AnalysisPanelProps) {
  const { state, refresh, run, cancel, answer, open, select } = useAnalysis(writer);
  useRefreshWhenShown(shown, sheetsCreated, refresh);
  const idPrefix = useId("analysis");
  const idOf = (field: AnalysisField) => `${idPrefix}-${field.replace(".", "-")}`;
  // Asked to move to a field once it is on the page (a fold-out may have to open first).
  const [focusTo, setFocusTo] = useState<{ readonly id: string }>();
  useEffect(() => {
    if (focusTo === undefined) return;
    const frame = requestAnimationFrame(() => focusField(focusTo.id));
    return () => cancelAnimationFrame(frame);
  }, [focusTo]);
  const [form, setForm] = useState<AnalysisForm>(() => initialAnalysisForm(randomSeed()));
  const table = state.sources.phase === "ready" ? chosenMap(form, state.sources.sources.impactMaps)?.table : undefined;
  // Read again whenever the sources are listed again (the tab shown, sheets made, an analysis written).
  const evidence = useMapEvidence(writer, table, state.sources);
  const [visited, setVisited] = useState<ReadonlySet<AnalysisField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [folded, setFolded] = useState<readonly FoldOut[]>([]);
  const [ranWith, setRanWith] = useState<AnalysisForm>();
  const reading = useMemo(
    () => (state.sources.phase === "ready" ? readAnalysisForm(form, state.sources.sources, language) : undefined),
    [form, state.sources, language],
  );
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
      const first = fieldsInOrder(reading.problems)[0];
      if (first !== undefined) setFocusTo({ id: idOf(first) });
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
      idOf={idOf}
      evidence={evidence}
      actions={{
        onChange: (update) => setForm(update),
        onLeave: (field) => setVisited((s) => new Set(s).add(field)),
        onFold: (value, isOpen) => setFolded((open) => (isOpen ? [...open, value] : open.filter((v) => v !== value))),
        onFixField: (field) => {
          setFolded((open) => [...new Set([...open, ...foldOutsOf({ [field]: "" })])]);
          setFocusTo({ id: idOf(field) });
        },
        onNewSeed: () => setForm((f) => ({ ...f, seed: String(randomSeed()) })),
        onRun: start,
        onCancel: cancel,
        onAnswer: answer,
        onRefresh: () => void refresh(),
        onOpenSheet: (sheet) => void open(sheet),
        ...(select && evidence.phase === "ready"
          ? { onSelectRow: (sheetRow: number) => void select(evidence.evidence.sheet, rowAddress(evidence.evidence, sheetRow)) }
          : {}),
      }}
    />
  );
}

/** The fields among the advanced settings (folded away at first). */
const ADVANCED: ReadonlySet<string> = new Set(["seed", "bins", "spreads"]);

/** The fold-outs that hold a problem, so they open when a run is refused. */
function foldOutsOf(problems: AnalysisFieldProblems): FoldOut[] {
  const fields = Object.keys(problems);
  const out: FoldOut[] = [];
  if (fields.some((f) => f.startsWith("step."))) out.push("steps");
  if (fields.some((f) => f.startsWith("low.") || f.startsWith("high."))) out.push("spreads");
  if (out.length > 0 || fields.some((f) => ADVANCED.has(f))) out.push("advanced");
  return out;
}

/** Where a field comes in the form, top to bottom (per-assumption fields by assumption). */
function formOrder(field: AnalysisField): number {
  const main = ["map", "refresh", "step", "runs", "seed", "bins"].indexOf(field);
  if (main >= 0) return main;
  const [kind, assumption] = field.split(".") as [string, Assumption | undefined];
  const row = assumption === undefined ? 0 : ASSUMPTIONS.indexOf(assumption);
  return kind === "step" ? 10 + row : kind === "spreads" ? 100 : 101 + row * 2 + (kind === "high" ? 1 : 0);
}

/** The fields with a problem, in the order the form shows them. */
export function fieldsInOrder(problems: AnalysisFieldProblems): AnalysisField[] {
  return (Object.keys(problems) as AnalysisField[]).sort((a, b) => formOrder(a) - formOrder(b));
}

/** A field's name in the summary of problems: its label, with the assumption for a per-assumption field. */
function fieldLabel(field: AnalysisField, language: Language): string {
  const t = ANALYSIS_STRINGS[language];
  const simple: Partial<Record<AnalysisField, string>> = {
    map: t.mapLabel,
    refresh: t.refreshLabel,
    step: t.stepLabel,
    runs: t.runsLabel,
    seed: t.seedLabel,
    bins: t.binsLabel,
    spreads: t.spreads,
  };
  const own = simple[field];
  if (own !== undefined) return own;
  const [kind, assumption] = field.split(".") as ["step" | "low" | "high", Assumption];
  return `${assumptionText(assumption)[language]}: ${kind === "step" ? t.stepSize : kind === "low" ? t.low : t.high}`;
}

/** The summary lists this many fields; the rest are counted. */
const LISTED = 4;

interface AnalysisViewActions {
  readonly onChange: FormPartProps["onChange"];
  readonly onLeave: FormPartProps["onLeave"];
  readonly onFold: (value: FoldOut, open: boolean) => void;
  /** Opens what holds a field and moves focus to it (from the summary of problems). */
  readonly onFixField?: (field: AnalysisField) => void;
  readonly onNewSeed: () => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  /** Answers the question before a long Monte Carlo: the runs to do, or null to stop. */
  readonly onAnswer: (runs: number | null) => void;
  readonly onRefresh: () => void;
  readonly onOpenSheet: (sheet: string) => void;
  /** Selects a row of the chosen impact map (by sheet row), from the list of warnings. */
  readonly onSelectRow?: (sheetRow: number) => void;
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
  /** The id of a field's control; defaults to one derived from the field's name. */
  readonly idOf?: (field: AnalysisField) => string;
  /** The chosen map's grades and over-claim warnings, read before a run. */
  readonly evidence?: EvidenceState;
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
      case "written":
        return outcome.replaced ? t.refreshed(outcome.sheet) : t.written(outcome.sheet);
      case "cancelled":
        return t.cancelled;
      case "unreadable":
        return t.readProblemTitle;
      case "settings":
        return t.settingsTitle;
      case "writer":
        return problemMessage(outcome.problem, language).title;
    }
  }
  return state.sources.phase === "loading" ? t.listing : "";
}

/** The panel for a given state (no hooks into Excel), so it renders on a server and in tests. */
export function AnalysisView({
  state,
  form,
  problems,
  fixFields,
  settingsAtField,
  folded,
  language,
  actions,
  idOf = (field) => `analysis-${field.replace(".", "-")}`,
  evidence = { phase: "none" },
}: AnalysisViewProps) {
  const styles = usePanelStyles();
  const t = ANALYSIS_STRINGS[language];
  const heading = useRef<HTMLHeadingElement>(null);
  const { sources, run } = state;
  const running = run.phase === "running";
  const outcome = run.phase === "finished" ? run.outcome : undefined;
  const ready = sources.phase === "ready" && sources.sources.impactMaps.length > 0 ? sources.sources : undefined;
  const known = evidence.phase === "ready" ? evidence.evidence : undefined;
  const part: FormPartProps = { form, problems, language, disabled: running, onChange: actions.onChange, onLeave: actions.onLeave, idOf };
  const toFix = fixFields ? fieldsInOrder(problems) : [];
  const listed: FieldToFix[] = toFix.slice(0, LISTED).map((field) => ({ label: fieldLabel(field, language), id: idOf(field) }));

  useEffect(() => {
    if (outcome?.kind === "written") heading.current?.focus();
  }, [outcome]);

  return (
    <section className={styles.root} lang={language} aria-label={t.heading}>
      <PanelHeading title={t.heading} intro={outcome?.kind === "written" ? undefined : t.intro} />
      {state.activation ? <ProblemBar problem={state.activation} language={language} intent="warning" /> : null}
      {outcome?.kind === "written" ? (
        <AnalysisResults ref={heading} outcome={outcome} language={language} onOpenSheet={actions.onOpenSheet} />
      ) : null}
      {outcome !== undefined && outcome.kind !== "written" ? (
        <OutcomeMessage outcome={outcome} language={language} showSettings={!settingsAtField} />
      ) : null}
      <MapPicker
        id={idOf("map")}
        sources={sources}
        form={form}
        language={language}
        disabled={running}
        onChoose={(map) => actions.onChange((f) => ({ ...f, map }))}
        onRefresh={actions.onRefresh}
      />
      {ready && known ? <OverclaimWarnings evidence={known} language={language} onSelectRow={actions.onSelectRow} /> : null}
      {ready ? (
        <>
          <TargetFields {...part} analyses={ready.analyses} />
          <Divider />
          <SensitivityFields {...part} />
          <Divider />
          <UncertaintyFields {...part} />
          {known && (form.monteCarlo || form.tornado === "ranges") ? (
            <GradeSpreads evidence={known} form={form} language={language} />
          ) : null}
          <AdvancedFields {...part} folded={folded} onFold={actions.onFold} onNewSeed={actions.onNewSeed} />
        </>
      ) : null}
      <div role="status" aria-live="polite" className={styles.hidden}>
        {analysisStatus(state, language)}
      </div>
      <PanelFooter label={STRINGS[language].actions}>
        {ready && listed.length > 0 ? (
          <FixFieldsSummary
            title={t.fixFieldsTitle}
            fields={listed}
            more={toFix.length > LISTED ? t.moreFields(toFix.length - LISTED) : undefined}
            onFix={(id) => (actions.onFixField ? actions.onFixField(toFix[listed.findIndex((f) => f.id === id)]) : focusField(id))}
          />
        ) : null}
        {run.phase === "running" && run.question ? (
          <LongRunQuestion estimate={run.question} language={language} onAnswer={actions.onAnswer} />
        ) : null}
        {run.phase === "running" && !run.question ? (
          <RunProgress progress={run.progress} cancelling={run.cancelling} language={language} onCancel={actions.onCancel} />
        ) : null}
        <Button
          appearance="primary"
          size="large"
          className={styles.action}
          disabledFocusable={running || ready === undefined}
          onClick={actions.onRun}
        >
          {t.run}
        </Button>
      </PanelFooter>
    </section>
  );
}
