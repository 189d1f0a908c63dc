import { AnalysisSettings, finishAnalysis, startAnalysis, withGradeTable } from "../../core/analysis";
import { isSroiError } from "../../core/errors";
import { readImpactMap } from "../../templates/impactMap";
import { measureRunCost } from "./estimate";
import type { AnalysisInput, FromWorker, ToWorker, WorkerScope } from "./protocol";
import { Wire, fromWire, toWire } from "./wire";

/**
 * The analysis worker's work, as a thin shell around the impact map's reader and the core's
 * analysis (startAnalysis, the Monte Carlo advanced in slices, finishAnalysis): it hears a start,
 * reads the map's cells, estimates a long Monte Carlo
 * and waits for the pane's answer when asked to, computes, reports progress after every slice and
 * sends the result as plain data. It runs in a Web Worker (analysis.worker.ts) and, where there
 * is none, in the pane's thread (inProcess.ts); it never throws.
 */

export interface SessionTiming {
  /** A clock in milliseconds (performance.now). */
  readonly now: () => number;
  /** A slice of the Monte Carlo lasts about this long (ms) before progress is reported. */
  readonly sliceMs?: number;
  /** Waits between slices (in the pane's thread: lets it paint and take clicks); none in a worker. */
  readonly pause?: () => Promise<void>;
  /** True once the pane has stopped the run (in a worker, terminate does it). */
  readonly stopped?: () => boolean;
}

/** How long a slice lasts by default: progress moves about 20 times a second. */
const SLICE_MS = 50;

/** Serves one analysis on `scope`; see the module's description. */
export function serveAnalysis(scope: WorkerScope, timing: SessionTiming): void {
  let answer: ((runs: number) => void) | undefined;
  const send = (message: FromWorker) => {
    if (!timing.stopped?.()) scope.send(message);
  };
  scope.receive((message: ToWorker) => {
    if (message.type === "go") answer?.(message.runs);
    else
      void analyse(message.input, message.askAboveMs, (estimateAnswer) => (answer = estimateAnswer), timing, send).catch(
        (error: unknown) => {
          if (isSroiError(error)) send({ type: "refused", code: error.code, detail: toWire(error.detail) });
          else send({ type: "failed", code: error instanceof Error ? error.name : "Unknown" });
        },
      );
  });
}

async function analyse(
  wired: Wire<AnalysisInput>,
  askAboveMs: number | null,
  waitFor: (answer: (runs: number) => void) => void,
  timing: SessionTiming,
  send: (message: FromWorker) => void,
): Promise<void> {
  const input = fromWire<AnalysisInput>(wired);
  const parsed = readImpactMap(input.cells);
  if (!parsed.ok) return send({ type: "unreadable", problem: toWire(parsed.problem) });
  const { map } = parsed;
  const rows = map.rows.map((r) => r.row);
  const { rate, investment } = map;
  const stopped = timing.stopped ?? (() => false);
  // Spreads from evidence grades use the workbook's grade table, as read with the map.
  let settings: AnalysisSettings = withGradeTable(input.settings, map.grades);
  const estimate = askAboveMs === null ? undefined : measureRunCost(rows, rate, investment, settings, timing.now);
  if (estimate !== undefined && settings.monteCarlo !== null && estimate.ms > (askAboveMs ?? Infinity)) {
    send({ type: "estimate", estimate });
    const runs = await new Promise<number>(waitFor);
    settings = { ...settings, monteCarlo: { ...settings.monteCarlo, runs } };
  }
  await timing.pause?.();
  if (stopped()) return;
  const started = startAnalysis(rows, rate, investment, settings);
  const simulation = started.simulation;
  if (simulation !== null) {
    const target = timing.sliceMs ?? SLICE_MS;
    let done = 0;
    let chunk = 1;
    send({ type: "progress", progress: { step: "simulating", done, total: simulation.runs } });
    while (done < simulation.runs) {
      await timing.pause?.();
      if (stopped()) return;
      const sliceStart = timing.now();
      done = simulation.advance(chunk);
      const took = timing.now() - sliceStart;
      send({ type: "progress", progress: { step: "simulating", done, total: simulation.runs } });
      // Next slice sized to last about `target` ms: at most 4× bigger, at least one run.
      chunk = took <= 0 ? chunk * 4 : Math.max(1, Math.min(chunk * 4, Math.round((chunk * target) / took)));
    }
  }
  if (stopped()) return;
  send({ type: "done", map: toWire(map), result: toWire(finishAnalysis(started)), settings: toWire(settings) });
}
