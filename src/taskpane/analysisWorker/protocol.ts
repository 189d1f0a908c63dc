import type { AnalysisResult, AnalysisSettings } from "../../core/analysis";
import type { ErrorCode, ErrorDetail } from "../../core/errors";
import type { ImpactMapRead, ImpactReadProblem, ImpactTableCells } from "../../templates/impactMap";
import type { RunEstimate } from "./estimate";
import type { Wire } from "./wire";

/**
 * The messages between the pane and the analysis worker, all plain data (decimals as WireDec).
 * One worker serves one analysis:
 *
 *   pane → worker   start { input, askAboveMs }
 *   worker → pane   estimate { estimate }            only when the Monte Carlo would take longer
 *   pane → worker   go { runs }                       than askAboveMs; the runs to do (≤ asked)
 *   worker → pane   progress { progress }             Monte Carlo runs done / total, after each slice
 *   worker → pane   done { map, result, settings } | unreadable { problem } | refused { code, detail }
 *                   | failed { code }
 *
 * The pane stops a run by terminating the worker.
 */

/** What the worker analyses: the impact map's cells as the writer read them (the worker reads them), and the settings. */
export interface AnalysisInput {
  readonly cells: ImpactTableCells;
  readonly settings: AnalysisSettings;
}

/** How far the Monte Carlo is (reading, the fixed part and writing are reported by the pane). */
export type ComputeProgress = { readonly step: "simulating"; readonly done: number; readonly total: number };

export type ToWorker =
  | { readonly type: "start"; readonly input: Wire<AnalysisInput>; readonly askAboveMs: number | null }
  | { readonly type: "go"; readonly runs: number };

export type FromWorker =
  | { readonly type: "estimate"; readonly estimate: RunEstimate }
  | { readonly type: "progress"; readonly progress: ComputeProgress }
  | {
      readonly type: "done";
      readonly map: Wire<ImpactMapRead>;
      readonly result: Wire<AnalysisResult>;
      readonly settings: Wire<AnalysisSettings>;
    }
  /** The map cannot be analysed (missing columns or summary, no row that can be valued). */
  | { readonly type: "unreadable"; readonly problem: Wire<ImpactReadProblem> }
  /** The core refused a setting (an SroiError). */
  | { readonly type: "refused"; readonly code: ErrorCode; readonly detail: Wire<ErrorDetail> }
  /** Anything else that went wrong, by the error's name. */
  | { readonly type: "failed"; readonly code: string };

/** The pane's end of the channel to one worker (a Web Worker, or the in-process stand-in). */
export interface AnalysisChannel {
  send(message: ToWorker): void;
  /** Sets who hears the worker: its messages, and a failure of the worker itself (it did not load, it crashed). */
  receive(onMessage: (message: FromWorker) => void, onFailure: (code: string) => void): void;
  /** Stops the worker at once; nothing is heard from it after. */
  terminate(): void;
}

/** The worker's end of the channel. */
export interface WorkerScope {
  send(message: FromWorker): void;
  receive(onMessage: (message: ToWorker) => void): void;
}

/** Opens a channel to a new worker, or undefined where Web Workers are unavailable. */
export type AnalysisWorkerFactory = () => AnalysisChannel | undefined;
