import { Dec, ONE, ZERO } from "../decimal";
import { Outcome } from "../outcome";
import { ANALYSIS_RANGES, Assumption, RowAssumption, assumptionValue, clampAssumption, withAssumption } from "./assumptions";
import { Interval } from "./solve";

/**
 * How a break-even moves an assumption, as one parameter x:
 * - "value": the assumption's value itself (the discount rate; any assumption of a one-row map);
 * - "factor": every row's value × x (per-row assumptions of a map with several rows; x = 1 is the
 *   base map, x = 0.5 halves the value in every row);
 * - "offset": every row's benefit period + x whole years (years, several rows).
 */
export type BreakEvenParameter = "value" | "factor" | "offset";

/** The maps a break-even searches, one for each parameter x. */
export interface BreakEvenFamily {
  readonly parameter: BreakEvenParameter;
  /**
   * How the value depends on x: affine (quantity, outcome rate, proxy, and the shares entering as
   * 1 − share), continuous (drop-off, discount rate) or whole (years).
   */
  readonly shape: "affine" | "continuous" | "whole";
  /** Where x keeps every assumption valid. */
  readonly interval: Interval;
  /** The x of the base map. */
  readonly base: Dec;
  /** The map at x. */
  readonly at: (x: Dec) => { readonly rows: readonly Outcome[]; readonly rate: Dec };
}

/** The family a break-even of `assumption` searches for an impact map. */
export function breakEvenFamily(rows: readonly Outcome[], rate: Dec, assumption: Assumption): BreakEvenFamily {
  if (assumption === "discount_rate") {
    return { parameter: "value", shape: "continuous", interval: rangeOf(assumption), base: rate, at: (x) => ({ rows, rate: x }) };
  }
  const shape = assumption === "years" ? "whole" : assumption === "drop_off" ? "continuous" : "affine";
  if (rows.length === 1) {
    const row = rows[0];
    return {
      parameter: "value",
      shape,
      interval: rangeOf(assumption),
      base: assumptionValue(row, assumption),
      at: (x) => ({ rows: [withAssumption(row, assumption, x)], rate }),
    };
  }
  return assumption === "years" ? offsetFamily(rows, rate) : factorFamily(rows, rate, assumption, shape);
}

function offsetFamily(rows: readonly Outcome[], rate: Dec): BreakEvenFamily {
  const years = rows.map((r) => r.years);
  const { min, max } = ANALYSIS_RANGES.years as { min: number; max: number };
  return {
    parameter: "offset",
    shape: "whole",
    base: ZERO,
    interval: { low: new Dec(min - Math.min(...years)), high: new Dec(max - Math.max(...years)) },
    at: (x) => ({ rows: rows.map((r) => ({ ...r, years: r.years + x.toNumber() })), rate }),
  };
}

function factorFamily(rows: readonly Outcome[], rate: Dec, assumption: RowAssumption, shape: BreakEvenFamily["shape"]): BreakEvenFamily {
  const values = rows.map((r) => assumptionValue(r, assumption));
  const bounded = ANALYSIS_RANGES[assumption].max !== undefined;
  const largest = values.reduce((m, v) => (v.gt(m) ? v : m), ZERO);
  return {
    parameter: "factor",
    shape,
    base: ONE,
    interval: { low: ZERO, high: bounded && !largest.isZero() ? new Dec(ANALYSIS_RANGES[assumption].max as number).div(largest) : null },
    at: (x) => ({
      rows: rows.map((r, i) => withAssumption(r, assumption, clampAssumption(assumption, values[i].times(x)))),
      rate,
    }),
  };
}

function rangeOf(assumption: Assumption): Interval {
  const { min, max } = ANALYSIS_RANGES[assumption];
  return { low: min === undefined ? null : new Dec(min), high: max === undefined ? null : new Dec(max) };
}
