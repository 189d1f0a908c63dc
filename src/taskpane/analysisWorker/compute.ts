import type { AnalysisResult, AnalysisSettings } from "../../core/analysis";
import { ErrorDetail, SroiError } from "../../core/errors";
import type { ImpactMapRead, ImpactReadProblem } from "../../templates/impactMap";
import { LONG_RUN_MS, RunEstimate } from "./estimate";
import type { AnalysisChannel, AnalysisInput, ComputeProgress, FromWorker } from "./protocol";
import { fromWire, toWire } from "./wire";

/**
 * The pane's side of one analysis in the worker: sends the map's cells and the settings, passes
 * progress on, asks the pane about a long Monte Carlo, and turns the worker's answer back into the
 * map as read and the core's values. An
 * abort terminates the worker at once. It never throws, and the worker is always terminated at the
 * end.
 */

export type Computed =
  | { readonly kind: "done"; readonly map: ImpactMapRead; readonly result: AnalysisResult; readonly settings: AnalysisSettings }
  | { readonly kind: "unreadable"; readonly problem: ImpactReadProblem }
  | { readonly kind: "cancelled" }
  | { readonly kind: "refused"; readonly error: SroiError }
  /** The worker failed; `heard`: after it had answered (false: it never started, e.g. did not load). */
  | { readonly kind: "failed"; readonly code: string; readonly heard: boolean };

export interface ComputeHandlers {
  readonly onProgress?: (progress: ComputeProgress) => void;
  /**
   * Asked before a Monte Carlo estimated at more than LONG_RUN_MS: the runs to do (the asked ones
   * or fewer), or null to stop. Without it, nothing is asked.
   */
  readonly onLongRun?: (estimate: RunEstimate) => Promise<number | null>;
  /** Aborting stops the run at once (the worker is terminated). */
  readonly signal?: AbortSignal;
}

/** Runs one analysis on `channel`; see the module's description. */
export function computeAnalysis(channel: AnalysisChannel, input: AnalysisInput, handlers: ComputeHandlers = {}): Promise<Computed> {
  const { signal, onLongRun } = handlers;
  return new Promise<Computed>((resolve) => {
    let settled = false;
    let heard = false;
    const finish = (computed: Computed) => {
      if (settled) return;
      settled = true;
      channel.terminate();
      signal?.removeEventListener("abort", abort);
      resolve(computed);
    };
    const abort = () => finish({ kind: "cancelled" });
    if (signal?.aborted) return abort();
    signal?.addEventListener("abort", abort);
    const hear = (message: FromWorker) => {
      if (settled) return;
      heard = true;
      switch (message.type) {
        case "progress":
          return handlers.onProgress?.(message.progress);
        case "estimate":
          if (onLongRun === undefined) return channel.send({ type: "go", runs: message.estimate.runs });
          return void onLongRun(message.estimate).then(
            (runs) => (runs === null ? abort() : settled ? undefined : channel.send({ type: "go", runs })),
            () => abort(),
          );
        case "done":
          return finish({
            kind: "done",
            map: fromWire<ImpactMapRead>(message.map),
            result: fromWire<AnalysisResult>(message.result),
            settings: fromWire<AnalysisSettings>(message.settings),
          });
        case "unreadable":
          return finish({ kind: "unreadable", problem: fromWire<ImpactReadProblem>(message.problem) });
        case "refused":
          return finish({ kind: "refused", error: new SroiError(message.code, fromWire<ErrorDetail>(message.detail)) });
        case "failed":
          return finish({ kind: "failed", code: message.code, heard });
      }
    };
    channel.receive(hear, (code) => finish({ kind: "failed", code, heard }));
    try {
      channel.send({ type: "start", input: toWire(input), askAboveMs: onLongRun === undefined ? null : LONG_RUN_MS });
    } catch (error) {
      finish({ kind: "failed", code: error instanceof Error ? error.name : "Unknown", heard });
    }
  });
}
