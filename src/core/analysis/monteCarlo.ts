import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { Outcome } from "../outcome";
import { Distribution } from "./distributions";
import { seededRandom } from "./random";
import { floatRuns } from "./kernel/floatRuns";
import { Histogram, Summary, histogramOfFloats, summariseFloats } from "./statistics";
import { UncertainParameter, UncertaintySpec, parameterSampler, uncertainParameters } from "./uncertainty";

export interface MonteCarloOptions {
  /** Number of runs, 1 … MAX_RUNS. */
  readonly runs: number;
  /** Seed of the generator (0 … 2³² − 1); the same seed gives the same result. */
  readonly seed: number;
  readonly distribution: Distribution;
  readonly uncertainty: UncertaintySpec;
  /** Histogram bins of the ratio, 1 … 1000; default 20. */
  readonly bins?: number;
}

export interface MonteCarloResult {
  readonly seed: number;
  readonly runs: number;
  readonly distribution: Distribution;
  /** What was drawn, in draw order (the inputs to record with the result). */
  readonly parameters: readonly UncertainParameter[];
  readonly totalPresentValue: Summary;
  /** null when the investment is zero. */
  readonly ratio: Summary | null;
  /** Share of runs with a ratio below 1; null when the investment is zero. */
  readonly probabilityRatioBelowOne: Dec | null;
  /** Histogram of the ratio; null when the investment is zero. */
  readonly histogram: Histogram | null;
}

export const MAX_RUNS = 100_000;
const MAX_BINS = 1000;

/**
 * Monte Carlo uncertainty analysis: in each run every uncertain parameter (uncertainParameters)
 * is drawn from its triangular or PERT distribution with the seeded xoshiro128** generator, and
 * the map is valued as valueMap does, in floats by the kernel (floatRuns, checked against the
 * decimal runValuer in tests). Reports, in decimals, mean and P10 / P50 / P90 (PERCENTILE.INC) of
 * the total PV and of the ratio, the share of runs with a ratio below 1 and a histogram of the ratio.
 * Memory: two doubles per run (its total PV and its ratio).
 */
export function monteCarlo(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[], options: MonteCarloOptions): MonteCarloResult {
  const simulation = startMonteCarlo(rows, rate, investment, options);
  simulation.advance(simulation.runs);
  return simulation.result();
}

/** A Monte Carlo analysis run in slices, so a caller can report progress or stop between them. */
export interface MonteCarloSimulation {
  /** The runs asked for. */
  readonly runs: number;
  /** Runs done so far. */
  done(): number;
  /** Does up to `count` more runs; returns the runs done so far. */
  advance(count: number): number;
  /** The result once every run is done; asking earlier is a programming error (throws). */
  result(): MonteCarloResult;
}

/**
 * Validates the options and prepares the runs of monteCarlo without doing any; the result is the
 * same however the runs are sliced.
 */
export function startMonteCarlo(
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  options: MonteCarloOptions,
): MonteCarloSimulation {
  const runs = wholeIn("runs", options.runs, 1, MAX_RUNS);
  const bins = wholeIn("bins", options.bins ?? 20, 1, MAX_BINS);
  const distribution = checkDistribution(options.distribution);
  const random = seededRandom(options.seed);
  const parameters = uncertainParameters(rows, rate, options.uncertainty);
  const draw = parameterSampler(parameters, distribution);
  const kernel = floatRuns(rows, rate, investment, parameters);
  const draws = new Float64Array(parameters.length);
  const totals = new Float64Array(runs);
  const ratios = new Float64Array(runs);
  let done = 0;
  let withRatio = 0;
  const advance = (count: number): number => {
    const end = Math.min(runs, done + Math.max(0, Math.floor(count)));
    for (; done < end; done++) {
      draw(random, draws);
      const total = kernel.total(draws);
      const paid = kernel.investment(draws);
      totals[done] = total;
      if (paid !== 0) ratios[withRatio++] = total / paid;
    }
    return done;
  };
  const result = (): MonteCarloResult => {
    if (done < runs) throw new Error(`Monte Carlo: ${done} of ${runs} runs done`);
    const sortedRatios = withRatio === runs ? ratios.slice().sort() : null;
    return {
      seed: options.seed,
      runs,
      distribution,
      parameters,
      totalPresentValue: summariseFloats(totals.slice().sort()),
      ratio: sortedRatios && summariseFloats(sortedRatios),
      probabilityRatioBelowOne: sortedRatios && new Dec(countBelowOne(sortedRatios)).div(runs),
      histogram: sortedRatios && histogramOfFloats(sortedRatios, bins),
    };
  };
  return { runs, done: () => done, advance, result };
}

function countBelowOne(sorted: Float64Array): number {
  let below = 0;
  while (below < sorted.length && sorted[below] < 1) below++;
  return below;
}

function wholeIn(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SroiError("VALUE", { kind: "notInteger", argument, given: value, allowed: { min, max } });
  }
  return value;
}

function checkDistribution(value: Distribution): Distribution {
  if (value !== "triangular" && value !== "pert") {
    throw new SroiError("VALUE", { kind: "unknownName", argument: "distribution", given: String(value), allowed: ["triangular", "pert"] });
  }
  return value;
}
