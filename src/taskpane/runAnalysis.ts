import { AnalysisResult, AnalysisSettings, finishAnalysis, startAnalysis } from "../core/analysis";
import { SroiError } from "../core/errors";
import type { Language } from "../core/language";
import { buildAnalysisReport } from "../templates/analysisReport";
import { ImpactMapRead, ImpactReadProblem, readImpactMap } from "../templates/impactMap";
import { preferredSheetName } from "../templates/kit";
import type { SheetWriter, WriterProblem } from "../workbook/ports";
import { currencyOfFormat } from "../writers/style";

/**
 * One analysis from the pane, without React: read the impact map through the writer, check it,
 * compute the fixed part, run the Monte Carlo in slices (yielding to the browser between them,
 * reporting progress, stopping when cancelled), then have the writer write the sheet. Nothing is
 * written unless every step succeeds; it never throws.
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

/** How the run reports, yields and stops; every part has a default. */
export interface RunControl {
  readonly onProgress?: (progress: RunProgress) => void;
  /** Asked between steps and slices; true stops the run before anything is written. */
  readonly cancelled?: () => boolean;
  /** Monte Carlo runs per slice (default SLICE_RUNS). */
  readonly sliceRuns?: number;
  /** Waits between slices (default: a zero setTimeout, so the browser can paint and take clicks). */
  readonly pause?: () => Promise<void>;
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

/** Monte Carlo runs between two yields to the browser (a few to a few tens of ms each). */
export const SLICE_RUNS = 200;

/** The currency of money on the analysis sheet: the impact map's investment format's, else "kr". */
export const FALLBACK_CURRENCY = "kr";

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Local time as the sheet records it: "2026-12-01 09:30". */
export function formatReadAt(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Runs one analysis; see the module's description. */
export async function runAnalysis(writer: AnalysisRunWriter, request: RunRequest, control: RunControl = {}): Promise<RunOutcome> {
  const report = control.onProgress ?? (() => undefined);
  const cancelled = control.cancelled ?? (() => false);
  const pause = control.pause ?? nextTask;
  const slice = Math.max(1, Math.floor(control.sliceRuns ?? SLICE_RUNS));
  try {
    report({ step: "reading" });
    const read = await writer.readImpactMap(request.table);
    if (!read.ok) return { kind: "writer", problem: read.problem };
    const parsed = readImpactMap(read.cells);
    if (!parsed.ok) return { kind: "unreadable", problem: parsed.problem };
    const { map } = parsed;
    const readAt = formatReadAt((control.now ?? (() => new Date()))());
    if (cancelled()) return { kind: "cancelled" };

    report({ step: "computing" });
    await pause();
    const started = startAnalysis(map.rows.map((r) => r.row), map.rate, map.investment, request.settings);
    const simulation = started.simulation;
    if (simulation !== null) {
      report({ step: "simulating", done: 0, total: simulation.runs });
      while (simulation.done() < simulation.runs) {
        await pause();
        if (cancelled()) return { kind: "cancelled" };
        report({ step: "simulating", done: simulation.advance(slice), total: simulation.runs });
      }
    }
    const result = finishAnalysis(started);
    if (cancelled()) return { kind: "cancelled" };

    report({ step: "writing" });
    const currency = currencyOfFormat(map.investmentFormat ?? "") ?? FALLBACK_CURRENCY;
    const { language, settings } = request;
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
