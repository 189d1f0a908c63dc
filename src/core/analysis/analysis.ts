import { Dec, ZERO } from "../decimal";
import type { GradeTable } from "../evidence/grades";
import { ImpactMapResult, ImpactRow, evaluateImpactMap } from "../impactMap";
import { discountedValues } from "../presentValue";
import { Assumption } from "./assumptions";
import { BreakEven, breakEvens } from "./breakEven";
import { Distribution } from "./distributions";
import { MonteCarloResult, MonteCarloSimulation, startMonteCarlo } from "./monteCarlo";
import { RangeSettings, rangeUncertainty } from "./ranges";
import { Step, Tornado, tornado } from "./tornado";
import { Spread, UncertaintySpec, uncertainEstimates } from "./uncertainty";

/**
 * One analysis of an impact map, as the taskpane runs it: the map at its base values, the
 * sensitivity (tornado), the break-even of every assumption and, when asked for, a Monte Carlo
 * uncertainty analysis run in slices. Everything a report needs is computed here, in decimals.
 */

export interface MonteCarloSettings {
  readonly runs: number;
  readonly seed: number;
  readonly distribution: Distribution;
  /**
   * Low and high relative to each base value, per assumption; assumptions left out stay fixed.
   * AnalysisSettings.ranges, when given, replaces them.
   */
  readonly spreads: Readonly<Partial<Record<Assumption, Spread>>>;
  /** Histogram bins of the ratio. */
  readonly bins: number;
}

export interface AnalysisSettings {
  /** The step every assumption moves by in the tornado … */
  readonly step: Step;
  /** … unless it has its own. */
  readonly steps: Readonly<Partial<Record<Assumption, Step>>>;
  /** null: no uncertainty analysis. */
  readonly monteCarlo: MonteCarloSettings | null;
  /**
   * Where each assumption's low and high come from (the user's spreads, the rows' evidence grades),
   * for the Monte Carlo and, when asked, the tornado; absent: the Monte Carlo's spreads, and steps.
   */
  readonly ranges?: RangeSettings;
}

/** The settings with the grade table their spreads from evidence grades come from (the workbook's). */
export function withGradeTable(settings: AnalysisSettings, table: GradeTable): AnalysisSettings {
  return settings.ranges?.fromGrades ? { ...settings, ranges: { ...settings.ranges, table } } : settings;
}

/** What the settings make uncertain in these rows: their ranges, else the Monte Carlo's spreads. */
export function analysisUncertainty(rows: readonly ImpactRow[], settings: AnalysisSettings): UncertaintySpec {
  return settings.ranges === undefined ? { spreads: settings.monteCarlo?.spreads ?? {} } : rangeUncertainty(rows, settings.ranges);
}

/** What the analysis computes without the Monte Carlo runs. */
interface FixedAnalysis {
  /** The discount rate and investment the map was valued with. */
  readonly rate: Dec;
  readonly investment: readonly Dec[];
  readonly base: ImpactMapResult;
  /**
   * Discounted benefits accumulated at the end of year t, t = 0 … n (0 at t = 0): the curve that
   * meets the investment at the payback point (benefits accrue evenly within a year).
   */
  readonly cumulative: readonly Dec[];
  readonly tornado: Tornado;
  readonly breakEvens: readonly BreakEven[];
}

export interface AnalysisResult extends FixedAnalysis {
  readonly monteCarlo: MonteCarloResult | null;
}

/** The fixed part computed, and the Monte Carlo runs ready to advance (null when not asked for). */
export interface StartedAnalysis {
  readonly fixed: FixedAnalysis;
  readonly simulation: MonteCarloSimulation | null;
}

/**
 * Validates the settings and computes the fixed part of the analysis; the Monte Carlo runs are
 * prepared but not run (advance them, then call finishAnalysis). Bad settings are #VALUE! errors
 * naming the setting (step, runs, seed, bins, distribution, an assumption's spread).
 */
export function startAnalysis(
  rows: readonly ImpactRow[],
  rate: Dec,
  investment: readonly Dec[],
  settings: AnalysisSettings,
): StartedAnalysis {
  const base = evaluateImpactMap(rows, rate, investment);
  const uncertainty = analysisUncertainty(rows, settings);
  const ranges = settings.ranges?.tornado ? uncertainEstimates(rows, rate, uncertainty) : undefined;
  const fixed: FixedAnalysis = {
    rate,
    investment,
    base,
    cumulative: cumulativeValue(base.yearly, rate),
    tornado: tornado(rows, rate, investment, { step: settings.step, steps: settings.steps, ...(ranges ? { ranges } : {}) }),
    breakEvens: breakEvens(rows, rate, investment),
  };
  const mc = settings.monteCarlo;
  const simulation =
    mc === null
      ? null
      : startMonteCarlo(rows, rate, investment, {
          runs: mc.runs,
          seed: mc.seed,
          distribution: mc.distribution,
          bins: mc.bins,
          uncertainty,
        });
  return { fixed, simulation };
}

/** The whole result once every Monte Carlo run is done. */
export function finishAnalysis(started: StartedAnalysis): AnalysisResult {
  return { ...started.fixed, monteCarlo: started.simulation === null ? null : started.simulation.result() };
}

/** Runs an analysis in one go (for callers that need no progress). */
export function analyse(rows: readonly ImpactRow[], rate: Dec, investment: readonly Dec[], settings: AnalysisSettings): AnalysisResult {
  const started = startAnalysis(rows, rate, investment, settings);
  started.simulation?.advance(started.simulation.runs);
  return finishAnalysis(started);
}

/**
 * Cumulative discounted value at the end of each year: c₀ = 0, cₜ = cₜ₋₁ + valueₜ / (1 + r)ᵗ, as
 * the impact map's yearly walk and the payback count it.
 */
export function cumulativeValue(yearly: readonly Dec[], rate: Dec): Dec[] {
  const out = [ZERO];
  for (const value of discountedValues(yearly, rate, 1)) out.push(out[out.length - 1].plus(value));
  return out;
}
