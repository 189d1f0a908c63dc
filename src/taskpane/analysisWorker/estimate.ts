import { AnalysisSettings, analysisUncertainty, startMonteCarlo } from "../../core/analysis";
import type { ImpactRow } from "../../core/impactMap";
import type { Dec } from "../../core/decimal";

/**
 * How long a Monte Carlo will take, before it runs:
 *
 *   time ≈ rows × runs × c
 *
 * where c, the cost of valuing one row in one run, is measured on the map itself: a trial of the
 * same simulation runs for TRIAL_MS (doubling the runs it asks for each time, at least one run),
 * and c = trial time / (trial runs × rows). Measuring instead of using a constant keeps the
 * estimate right on a slow laptop, a fast desktop and whatever engine values the runs. The fixed
 * part (sensitivity and break-even) is not counted. Above LONG_RUN_MS the pane asks before it runs,
 * offering the runs that fit in LONG_RUN_MS (suggestedRuns).
 */

/** A run estimated to take longer than this (one minute) is asked about first. */
export const LONG_RUN_MS = 60_000;
/** How long the trial runs. */
const TRIAL_MS = 50;

export interface RunEstimate {
  readonly rows: number;
  readonly runs: number;
  /** Milliseconds one row takes in one run (c above). */
  readonly msPerRowRun: number;
  /** Milliseconds the runs asked for take: rows × runs × c. */
  readonly ms: number;
  /** The most runs that fit in LONG_RUN_MS, rounded down to two significant digits (at least 1). */
  readonly suggestedRuns: number;
}

/** The estimate for `runs` runs over `rows` rows at c ms per row and run. */
export function estimateOf(rows: number, runs: number, msPerRowRun: number): RunEstimate {
  const perRun = Math.max(rows, 1) * msPerRowRun;
  const fit = perRun > 0 ? Math.floor(LONG_RUN_MS / perRun) : runs;
  return { rows, runs, msPerRowRun, ms: perRun * runs, suggestedRuns: Math.max(1, Math.min(runs, twoDigitsDown(fit))) };
}

/** n rounded down to two significant digits: 1 234 → 1 200, 87 → 87. */
export function twoDigitsDown(n: number): number {
  if (n < 100) return Math.max(0, Math.floor(n));
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / unit) * unit;
}

/**
 * Measures c with a trial of the Monte Carlo the settings ask for; undefined when there is none,
 * or when the core refuses its settings (the analysis itself then reports why).
 */
export function measureRunCost(
  rows: readonly ImpactRow[],
  rate: Dec,
  investment: readonly Dec[],
  settings: AnalysisSettings,
  now: () => number,
): RunEstimate | undefined {
  const mc = settings.monteCarlo;
  if (mc === null || rows.length === 0) return undefined;
  let trial;
  try {
    trial = startMonteCarlo(rows, rate, investment, {
      runs: mc.runs,
      seed: mc.seed,
      distribution: mc.distribution,
      bins: mc.bins,
      uncertainty: analysisUncertainty(rows, settings),
    });
  } catch {
    return undefined;
  }
  const started = now();
  let done = 0;
  let ask = 1;
  while (done < mc.runs && (done === 0 || now() - started < TRIAL_MS)) {
    done = trial.advance(ask);
    ask *= 2;
  }
  return estimateOf(rows.length, mc.runs, (now() - started) / (done * rows.length));
}
