import { useCallback, useContext, useEffect, useRef } from "react";
import type { SheetWriter, Sources, SourcesResult, WriterProblem } from "../workbook/ports";
import type { RunEstimate } from "./analysisWorker/estimate";
import { AnalysisWorkerContext } from "./analysisWorker/workerContext";
import { RunOutcome, RunProgress, RunRequest, runAnalysis } from "./runAnalysis";
import { useSafeReducer } from "./useSafeReducer";

/**
 * The analysis panel's link to the workbook: the impact maps and analysis sheets listed, one run
 * at a time with its progress and cancel, the question before a long Monte Carlo, its outcome,
 * and opening a sheet. The transitions are a pure reducer and the run a plain async function
 * (runAnalysis, computing in a Web Worker), both tested without React; the hook only wires them
 * to the writer and the worker.
 */

/** What the panel needs of the writer (selectCell: for links to rows of the map; without it, no links). */
export type AnalysisPanelWriter = Pick<SheetWriter, "listSources" | "readImpactMap" | "writeAnalysis" | "activateSheet"> &
  Partial<Pick<SheetWriter, "selectCell">>;

/** The impact maps and analysis sheets listed from the workbook. */
export type SourcesState =
  | { readonly phase: "loading" }
  | { readonly phase: "ready"; readonly sources: Sources }
  | { readonly phase: "failed"; readonly problem: WriterProblem };

/** The current run, or the outcome of the last one. */
type RunState =
  | { readonly phase: "idle" }
  | {
      readonly phase: "running";
      readonly progress: RunProgress;
      readonly cancelling: boolean;
      /** Set while the pane asks whether to go on with a Monte Carlo estimated at over a minute. */
      readonly question?: RunEstimate;
    }
  | { readonly phase: "finished"; readonly outcome: RunOutcome };

/** Everything the panel shows that comes from the workbook. */
export interface AnalysisState {
  readonly sources: SourcesState;
  readonly run: RunState;
  /** Why the last attempt to open a sheet failed, if it did. */
  readonly activation: WriterProblem | undefined;
}

/** What happens to the state (see analysisReducer). */
export type AnalysisAction =
  | { readonly type: "listing" }
  | { readonly type: "listed"; readonly result: SourcesResult }
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly progress: RunProgress }
  | { readonly type: "cancelling" }
  | { readonly type: "asking"; readonly estimate: RunEstimate }
  | { readonly type: "answered" }
  | { readonly type: "finished"; readonly outcome: RunOutcome }
  | { readonly type: "activated"; readonly problem: WriterProblem | undefined };

/** Listing, nothing run yet. */
export const INITIAL_ANALYSIS_STATE: AnalysisState = { sources: { phase: "loading" }, run: { phase: "idle" }, activation: undefined };

/**
 * - A run starts only when none runs; progress, cancelling and the outcome count only while one runs.
 * - A list that arrives keeps the last outcome (it may be the sheet just written).
 */
export function analysisReducer(state: AnalysisState, action: AnalysisAction): AnalysisState {
  const running = state.run.phase === "running";
  switch (action.type) {
    case "listing":
      return state.sources.phase === "ready" ? state : { ...state, sources: { phase: "loading" } };
    case "listed":
      return {
        ...state,
        sources: action.result.ok
          ? { phase: "ready", sources: action.result.sources }
          : { phase: "failed", problem: action.result.problem },
      };
    case "started":
      return running
        ? state
        : { ...state, run: { phase: "running", progress: { step: "reading" }, cancelling: false }, activation: undefined };
    case "progress":
      return state.run.phase === "running" ? { ...state, run: { ...state.run, progress: action.progress } } : state;
    case "cancelling":
      return state.run.phase === "running" ? { ...state, run: { ...state.run, cancelling: true } } : state;
    case "asking":
      return state.run.phase === "running" ? { ...state, run: { ...state.run, question: action.estimate } } : state;
    case "answered": {
      if (state.run.phase !== "running" || state.run.question === undefined) return state;
      const { question: _, ...run } = state.run;
      return { ...state, run };
    }
    case "finished":
      return running ? { ...state, run: { phase: "finished", outcome: action.outcome } } : state;
    case "activated":
      return { ...state, activation: action.problem };
  }
}

function unexpected(error: unknown): WriterProblem {
  return { kind: "general", code: error instanceof Error ? error.name : "Unknown" };
}

/** Lists the workbook's sources; a writer that throws gives a problem, not an exception. */
export async function listAnalysisSources(writer: Pick<SheetWriter, "listSources">): Promise<AnalysisAction> {
  try {
    return { type: "listed", result: await writer.listSources() };
  } catch (error) {
    return { type: "listed", result: { ok: false, problem: unexpected(error) } };
  }
}

/** Shows a sheet; never throws. */
export async function openSheet(writer: Pick<SheetWriter, "activateSheet">, name: string): Promise<AnalysisAction> {
  try {
    const result = await writer.activateSheet(name);
    return { type: "activated", problem: result.ok ? undefined : result.problem };
  } catch (error) {
    return { type: "activated", problem: unexpected(error) };
  }
}

/** Shows a sheet with one cell selected; never throws. */
async function selectOnSheet(writer: Pick<SheetWriter, "selectCell">, sheet: string, address: string): Promise<AnalysisAction> {
  try {
    const result = await writer.selectCell(sheet, address);
    return { type: "activated", problem: result.ok ? undefined : result.problem };
  } catch (error) {
    return { type: "activated", problem: unexpected(error) };
  }
}

/** What useAnalysis gives the panel. */
export interface AnalysisHook {
  readonly state: AnalysisState;
  readonly refresh: () => Promise<void>;
  /** Runs one analysis; ignored while one runs. */
  readonly run: (request: RunRequest) => Promise<void>;
  /** Stops the run at once (the worker is terminated); nothing is written. */
  readonly cancel: () => void;
  /** Answers the question before a long Monte Carlo: the runs to do, or null to stop. */
  readonly answer: (runs: number | null) => void;
  readonly open: (sheet: string) => Promise<void>;
  /** Shows a sheet with a cell selected; undefined when the writer cannot. */
  readonly select: ((sheet: string, address: string) => Promise<void>) | undefined;
}

/**
 * Lists the sources on mount and again after an analysis is written. Nothing updates after
 * unmount, and a run still going then is cancelled, so it writes nothing.
 */
export function useAnalysis(writer: AnalysisPanelWriter): AnalysisHook {
  const [state, safely] = useSafeReducer(analysisReducer, INITIAL_ANALYSIS_STATE);
  const worker = useContext(AnalysisWorkerContext);
  const running = useRef<AbortController>();
  const answering = useRef<(runs: number | null) => void>();

  const refresh = useCallback(async () => {
    safely({ type: "listing" });
    safely(await listAnalysisSources(writer));
  }, [writer, safely]);

  useEffect(() => {
    void refresh();
    return () => running.current?.abort();
  }, [refresh]);

  const run = useCallback(
    async (request: RunRequest) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      safely({ type: "started" });
      const outcome = await runAnalysis(writer, request, {
        onProgress: (progress) => safely({ type: "progress", progress }),
        signal: controller.signal,
        onLongRun: (estimate) =>
          new Promise<number | null>((resolve) => {
            answering.current = resolve;
            safely({ type: "asking", estimate });
          }),
        ...(worker ? { worker } : {}),
      });
      running.current = undefined;
      answering.current = undefined;
      safely({ type: "finished", outcome });
      if (outcome.kind === "written") await refresh();
    },
    [writer, worker, safely, refresh],
  );

  const answer = useCallback(
    (runs: number | null) => {
      const resolve = answering.current;
      answering.current = undefined;
      safely({ type: "answered" });
      resolve?.(runs);
    },
    [safely],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    safely({ type: "cancelling" });
    running.current.abort();
  }, [safely]);

  const open = useCallback(async (sheet: string) => safely(await openSheet(writer, sheet)), [writer, safely]);

  const selectCell = writer.selectCell?.bind(writer);
  const select = useCallback(
    async (sheet: string, address: string) => {
      if (selectCell) safely(await selectOnSheet({ selectCell }, sheet, address));
    },
    [selectCell, safely],
  );

  return { state, refresh, run, cancel, answer, open, select: selectCell ? select : undefined };
}
