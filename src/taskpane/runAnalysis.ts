import type { AnalysisResult, AnalysisSettings } from "../core/analysis";
import { SroiError } from "../core/errors";
import type { Language } from "../core/language";
import { buildAnalysisReport } from "../templates/analysisReport";
import type { ImpactMapRead, ImpactReadProblem } from "../templates/impactMap";
import { preferredSheetName } from "../templates/kit";
import type { SheetWriter, WriterProblem } from "../workbook/ports";
import { currencyOfFormat } from "../writers/style";
import { Computed, ComputeHandlers, computeAnalysis } from "./analysisWorker/compute";
import type { RunEstimate } from "./analysisWorker/estimate";
import { inProcessChannel } from "./analysisWorker/inProcess";
import type { AnalysisInput, AnalysisWorkerFactory } from "./analysisWorker/protocol";

/**
 * One analysis from the pane, without React: read the impact map's cells through the writer, have
 * the analysis worker read and compute it (the rows checked, the fixed part, then the Monte Carlo in slices, reporting
 * progress; asking first when the Monte Carlo would take more than a minute), then have the writer
 * write the sheet. Cancel terminates the worker at once. Nothing is written unless every step
 * succeeds; it never throws. Without a worker factory (unit tests), or where Web Workers are
 * unavailable or the worker does not start, the same worker code runs in the pane's thread.
 */

/** What a run needs of the writer. */
export type AnalysisRunWriter = Pick<SheetWriter, "readImpactMap" | "writeAnalysis">;

/** One analysis to run, as the panel asks for it. */
export interface RunRequest {
  /** The impact map's table. */
  readonly table: string;
  readonly settings: AnalysisSettings;
  /** The current name of the analysis sheet to refresh; absent: a new sheet. */
  readonly replace?: string;
  /** The language of the sheet (and of its preferred name). */
  readonly language: Language;
}

/** Where a run stands. */
export type RunProgress =
  | { readonly step: "reading" }
  | { readonly step: "computing" }
  | { readonly step: "simulating"; readonly done: number; readonly total: number }
  | { readonly step: "writing" };

/** How the run reports, asks and stops; every part has a default. */
export interface RunControl {
  readonly onProgress?: (progress: RunProgress) => void;
  /** Aborting stops the run at once (the worker is terminated); nothing is written. */
  readonly signal?: AbortSignal;
  /**
   * Asked before a Monte Carlo estimated at more than a minute: the runs to do (the asked ones or
   * fewer), or null to stop. Default: nothing is asked.
   */
  readonly onLongRun?: (estimate: RunEstimate) => Promise<number | null>;
  /** Starts the analysis worker (the pane's entry gives startAnalysisWorker); default: none, in-process. */
  readonly worker?: AnalysisWorkerFactory;
  /** The clock for "read at" (default: now). */
  readonly now?: () => Date;
}

/** How a run ended: written, or why nothing was written. */
export type RunOutcome =
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly replaced: boolean;
      readonly map: ImpactMapRead;
      readonly settings: AnalysisSettings;
      readonly result: AnalysisResult;
      readonly currency: string;
    }
  | { readonly kind: "cancelled" }
  /** The map was read but cannot be analysed (missing columns or summary, no row that can be valued). */
  | { readonly kind: "unreadable"; readonly problem: ImpactReadProblem }
  /** The core refused a setting (the form checks the same, so this is a safety net). */
  | { readonly kind: "settings"; readonly error: SroiError }
  | { readonly kind: "writer"; readonly problem: WriterProblem };

/** The currency of money on the analysis sheet: the impact map's investment format's, else "kr". */
const FALLBACK_CURRENCY = "kr";

/** Local time as the sheet records it: "2026-12-01 09:30". */
export function formatReadAt(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Runs one analysis; see the module's description. */
export async function runAnalysis(writer: AnalysisRunWriter, request: RunRequest, control: RunControl = {}): Promise<RunOutcome> {
  const report = control.onProgress ?? (() => undefined);
  const cancelled = () => control.signal?.aborted === true;
  try {
    report({ step: "reading" });
    const read = await writer.readImpactMap(request.table);
    if (!read.ok) return { kind: "writer", problem: read.problem };
    const readAt = formatReadAt((control.now ?? (() => new Date()))());
    if (cancelled()) return { kind: "cancelled" };

    report({ step: "computing" });
    const computed = await compute({ cells: read.cells, settings: request.settings }, control);
    if (computed.kind === "cancelled" || cancelled()) return { kind: "cancelled" };
    if (computed.kind === "unreadable") return { kind: "unreadable", problem: computed.problem };
    if (computed.kind === "refused") return { kind: "settings", error: computed.error };
    if (computed.kind === "failed") return { kind: "writer", problem: { kind: "general", code: computed.code } };
    const { map, result, settings } = computed;

    report({ step: "writing" });
    const currency = currencyOfFormat(map.investmentFormat ?? "") ?? FALLBACK_CURRENCY;
    const { language } = request;
    const written = await writer.writeAnalysis({
      preferredName: preferredSheetName("analysis", language),
      ...(request.replace === undefined ? {} : { replace: request.replace }),
      currency,
      build: (sheetName) => buildAnalysisReport({ language, sheetName, currency, map, settings, result, readAt }),
    });
    if (!written.ok) return { kind: "writer", problem: written.problem };
    return { kind: "written", sheet: written.sheet, replaced: written.replaced, map, settings, result, currency };
  } catch (error) {
    if (error instanceof SroiError) return { kind: "settings", error };
    return { kind: "writer", problem: { kind: "general", code: error instanceof Error ? error.name : "Unknown" } };
  }
}

/** Computes in a worker when one starts, else (or when it never answers before failing) in-process. */
async function compute(input: AnalysisInput, control: RunControl): Promise<Computed> {
  const handlers: ComputeHandlers = {
    onProgress: control.onProgress,
    ...(control.signal ? { signal: control.signal } : {}),
    ...(control.onLongRun ? { onLongRun: control.onLongRun } : {}),
  };
  const channel = control.worker?.();
  if (channel !== undefined) {
    const computed = await computeAnalysis(channel, input, handlers);
    if (computed.kind !== "failed" || computed.heard) return computed;
  }
  return computeAnalysis(inProcessChannel(), input, handlers);
}
