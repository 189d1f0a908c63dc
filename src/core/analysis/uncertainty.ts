import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { Outcome } from "../outcome";
import {
  ANALYSIS_RANGES,
  Assumption,
  ROW_ASSUMPTIONS,
  RowAssumption,
  assumptionValue,
  clampAssumption,
  inAnalysisRange,
} from "./assumptions";
import { Distribution, Sampler, samplerOf } from "./distributions";
import { Random } from "./random";

/** A three-point estimate: low ≤ likely ≤ high, all in the assumption's ANALYSIS_RANGES. */
export interface Estimate {
  readonly low: Dec;
  readonly likely: Dec;
  readonly high: Dec;
}

/**
 * A relative spread around the base value: low = base × (1 − down), high = base × (1 + up)
 * (down 0.2, up 0.5 is −20 % / +50 %). A single decimal s is the symmetric spread down = up = s.
 */
export type Spread = Dec | { readonly down: Dec; readonly up: Dec };

/** What is uncertain, and how much. Assumptions given neither a spread nor an estimate stay fixed. */
export interface UncertaintySpec {
  /**
   * A relative spread per assumption, for every row (and the discount rate): low = base × (1 − down),
   * likely = base, high = base × (1 + up), clamped to ANALYSIS_RANGES (0.2 is ±20 %). For a
   * negative base (a harm) the ends swap, so low ≤ high always.
   */
  readonly spreads?: Partial<Record<Assumption, Spread>>;
  /** Estimates per row (in row order) that replace the spread for that row and assumption. */
  readonly rows?: readonly (Partial<Record<RowAssumption, Estimate>> | undefined)[];
  /** An estimate of the discount rate that replaces its spread. */
  readonly discountRate?: Estimate;
}

/**
 * One uncertain parameter of a run, with its estimate as floats for the sampler (see
 * distributions.ts). An assumption whose low = likely = high = base value is fixed and not listed.
 */
export interface UncertainParameter {
  /** The row's index, or null for the discount rate. */
  readonly row: number | null;
  readonly assumption: Assumption;
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/**
 * The low / likely / high of every assumption that moves, as decimals: per row (in row order; an
 * assumption left out stays fixed) and the discount rate (null: fixed). An assumption whose
 * low = likely = high = base value is fixed. The tornado, when it moves to ranges, and the Monte
 * Carlo both take their ends from here. Bad spreads or estimates are #VALUE! errors naming the
 * assumption.
 */
export interface UncertainEstimates {
  readonly rows: readonly Partial<Record<RowAssumption, Estimate>>[];
  readonly discountRate: Estimate | null;
}

export function uncertainEstimates(rows: readonly Outcome[], rate: Dec, spec: UncertaintySpec): UncertainEstimates {
  if (spec.rows !== undefined && spec.rows.length > rows.length) {
    throw new SroiError("VALUE", { kind: "mismatch", argument: "rows", given: spec.rows.length, expected: rows.length });
  }
  const estimate = (assumption: Assumption, base: Dec, given: Estimate | undefined): Estimate | null => {
    const found = given === undefined ? spreadEstimate(assumption, base, spec.spreads?.[assumption]) : checkEstimate(assumption, given);
    return found === null || (found.low.eq(found.high) && found.likely.eq(base)) ? null : found;
  };
  return {
    rows: rows.map((row, i) => {
      const out: Partial<Record<RowAssumption, Estimate>> = {};
      for (const assumption of ROW_ASSUMPTIONS) {
        const found = estimate(assumption, assumptionValue(row, assumption), spec.rows?.[i]?.[assumption]);
        if (found !== null) out[assumption] = found;
      }
      return out;
    }),
    discountRate: estimate("discount_rate", rate, spec.discountRate),
  };
}

/**
 * The uncertain parameters of an impact map, in draw order: rows in order, each row's assumptions
 * in ASSUMPTIONS order, then the discount rate (see uncertainEstimates).
 */
export function uncertainParameters(rows: readonly Outcome[], rate: Dec, spec: UncertaintySpec): UncertainParameter[] {
  const estimates = uncertainEstimates(rows, rate, spec);
  const parameters: UncertainParameter[] = [];
  const add = (row: number | null, assumption: Assumption, estimate: Estimate | null | undefined): void => {
    if (estimate === null || estimate === undefined) return;
    const [low, likely, high] = [estimate.low, estimate.likely, estimate.high].map((d) => d.toNumber());
    parameters.push({ row, assumption, low, likely, high });
  };
  estimates.rows.forEach((row, i) => {
    for (const assumption of ROW_ASSUMPTIONS) add(i, assumption, row[assumption]);
  });
  add(null, "discount_rate", estimates.discountRate);
  return parameters;
}

function spreadEstimate(assumption: Assumption, base: Dec, spread: Spread | undefined): Estimate | null {
  if (spread === undefined) return null;
  const [down, up] = spread instanceof Dec ? [spread, spread] : [spread.down, spread.up];
  for (const part of [down, up]) {
    if (!(part instanceof Dec) || !part.isFinite() || part.isNegative()) {
      throw new SroiError("VALUE", { kind: "outOfRange", argument: assumption, given: String(part), allowed: { min: 0 } });
    }
  }
  const a = clampAssumption(assumption, base.times(Dec.sub(1, down)), base);
  const b = clampAssumption(assumption, base.times(Dec.add(1, up)), base);
  return a.lte(b) ? { low: a, likely: base, high: b } : { low: b, likely: base, high: a };
}

function checkEstimate(assumption: Assumption, estimate: Estimate): Estimate {
  for (const value of [estimate.low, estimate.likely, estimate.high]) {
    if (!(value instanceof Dec) || !value.isFinite()) {
      throw new SroiError("VALUE", { kind: "notNumber", argument: assumption, given: String(value) });
    }
    if (!inAnalysisRange(assumption, value)) {
      throw new SroiError("VALUE", {
        kind: "outOfRange",
        argument: assumption,
        given: value.toNumber(),
        allowed: ANALYSIS_RANGES[assumption],
      });
    }
  }
  const { low, likely, high } = estimate;
  if (likely.lt(low) || likely.gt(high)) {
    const allowed = { min: low.toNumber(), max: high.toNumber() };
    throw new SroiError("VALUE", { kind: "outOfRange", argument: assumption, given: likely.toNumber(), allowed });
  }
  return estimate;
}

/**
 * Draws every uncertain parameter of one run, in order, into `out`: each from its distribution;
 * years are rounded to the nearest whole year (halves up) and kept in 1 … 100.
 */
export function parameterSampler(
  parameters: readonly UncertainParameter[],
  distribution: Distribution,
): (random: Random, out: Float64Array) => void {
  const samplers: Sampler[] = parameters.map((p) => samplerOf(distribution, p.low, p.likely, p.high));
  const whole = parameters.map((p) => p.assumption === "years");
  return (random, out) => {
    for (let j = 0; j < samplers.length; j++) {
      const x = samplers[j](random);
      out[j] = whole[j] ? Math.min(100, Math.max(1, Math.round(x))) : x;
    }
  };
}
