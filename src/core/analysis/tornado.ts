import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { Outcome } from "../outcome";
import { ASSUMPTIONS, Assumption, assumptionValue, clampAssumption, withAssumption } from "./assumptions";
import { MapValuer, mapValuer } from "./mapValuer";
import type { UncertainEstimates } from "./uncertainty";
import { Valuation } from "./valuation";

/**
 * A step to move an assumption by, down and up from its base value:
 * - relative: base × (1 − size) and base × (1 + size); size 0.1 is ±10 % of each value. A value
 *   of 0 does not move; a negative proxy moves towards 0 on the "down" side.
 * - absolute: base − size and base + size, in the assumption's own unit (0.05 is ±5 percentage
 *   points on a share, 1 is ±1 year, an amount of money on a proxy, people on a quantity).
 */
export interface Step {
  readonly kind: "relative" | "absolute";
  readonly size: Dec;
}

/** One step for every assumption, with optional per-assumption steps that replace it. */
export interface TornadoOptions {
  readonly step: Step;
  readonly steps?: Partial<Record<Assumption, Step>>;
  /**
   * Ends to move to instead of steps: the same low and high the Monte Carlo draws between (see
   * uncertainEstimates). With them, every row assumption without its own step moves each row to
   * that row's low and high (a row where it is fixed stays at its value); the discount rate moves
   * to its low and high when it has them, else by its step.
   */
  readonly ranges?: UncertainEstimates;
}

/** One end of a bar: the moved values and the map's valuation with them. */
interface TornadoEnd extends Valuation {
  /** The moved value per row (in row order), or the one moved discount rate. */
  readonly values: readonly Dec[];
  /** True when some value was held at the edge of its valid range. */
  readonly clamped: boolean;
}

export interface TornadoBar {
  readonly assumption: Assumption;
  /** The step it moved by; null when it moved to its low and high (TornadoOptions.ranges). */
  readonly step: Step | null;
  /** The assumption moved down (every row at once). */
  readonly down: TornadoEnd;
  /** The assumption moved up. */
  readonly up: TornadoEnd;
  /** |ratio(up) − ratio(down)|; null when the investment is zero. */
  readonly ratioSwing: Dec | null;
  /** |net value(up) − net value(down)|. */
  readonly netValueSwing: Dec;
}

export interface Tornado {
  readonly base: Valuation;
  /** Widest swing first; ties keep the order of ASSUMPTIONS. */
  readonly bars: readonly TornadoBar[];
}

/**
 * Sensitivity (tornado): each assumption moved down and up by its step, one at a time and in
 * every row at once, with the others at their base values (or, given ranges, to each row's low and
 * high, as the Monte Carlo draws them; those are clamped when made). Moved values are clamped to
 * ANALYSIS_RANGES; years move to whole years rounding away from the base (floor down, ceiling up),
 * so any step that changes years moves them by at least one year. Bars are sorted by ratio swing,
 * or by net-value swing when the investment is zero.
 */
export function tornado(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[], options: TornadoOptions): Tornado {
  const valuer = mapValuer(rows, rate);
  const base = valuer.value(rows, rate, investment);
  const general = checkStep(options.step);
  const bars = ASSUMPTIONS.map((assumption) => {
    const own = options.steps?.[assumption];
    const ranged = own === undefined ? rangeEnds(options.ranges, assumption) : undefined;
    const step = ranged === undefined ? (own === undefined ? general : checkStep(own)) : null;
    const moves = (direction: -1 | 1) =>
      step === null
        ? rangedEnd(valuer, rows, rate, investment, assumption, ranged as RangeEnds, direction)
        : moveEnd(valuer, rows, rate, investment, assumption, step, direction);
    const down = moves(-1);
    const up = moves(1);
    const ratioSwing = down.ratio === null || up.ratio === null ? null : up.ratio.minus(down.ratio).abs();
    return { assumption, step, down, up, ratioSwing, netValueSwing: up.netValue.minus(down.netValue).abs() };
  });
  const swing = (bar: TornadoBar): Dec => bar.ratioSwing ?? bar.netValueSwing;
  return { base, bars: bars.sort((a, b) => swing(b).cmp(swing(a))) };
}

/**
 * One assumption's value moved by a step in a direction (−1 down, +1 up), clamped to its range;
 * years round away from the base to a whole number.
 */
export function moveAssumption(assumption: Assumption, value: Dec, step: Step, direction: -1 | 1): { value: Dec; clamped: boolean } {
  const delta = step.kind === "relative" ? value.times(step.size) : step.size;
  let moved = direction < 0 ? value.minus(delta) : value.plus(delta);
  if (assumption === "years") moved = direction < 0 ? moved.floor() : moved.ceil();
  const clamped = clampAssumption(assumption, moved, value);
  return { value: clamped, clamped: !clamped.eq(moved) };
}

function moveEnd(
  valuer: MapValuer,
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  assumption: Assumption,
  step: Step,
  direction: -1 | 1,
): TornadoEnd {
  if (assumption === "discount_rate") {
    const moved = moveAssumption(assumption, rate, step, direction);
    return { ...valuer.value(rows, moved.value, investment), values: [moved.value], clamped: moved.clamped };
  }
  const moves = rows.map((row) => moveAssumption(assumption, assumptionValue(row, assumption), step, direction));
  const movedRows = rows.map((row, i) => withAssumption(row, assumption, moves[i].value));
  return {
    ...valuer.value(movedRows, rate, investment),
    values: moves.map((m) => m.value),
    clamped: moves.some((m) => m.clamped),
  };
}

/** Per row (or the one discount rate): the low and high to move to, undefined where it stays. */
type RangeEnds = readonly ({ readonly low: Dec; readonly high: Dec } | undefined)[];

/**
 * The ends an assumption moves to under `ranges`: every row's (any row assumption, even when all
 * its rows are fixed: the bar is then nil, as its Monte Carlo spread is), or the discount rate's
 * when it has them; undefined when it moves by a step.
 */
function rangeEnds(ranges: UncertainEstimates | undefined, assumption: Assumption): RangeEnds | undefined {
  if (ranges === undefined) return undefined;
  if (assumption === "discount_rate") return ranges.discountRate === null ? undefined : [ranges.discountRate];
  return ranges.rows.map((row) => row[assumption]);
}

function rangedEnd(
  valuer: MapValuer,
  rows: readonly Outcome[],
  rate: Dec,
  investment: readonly Dec[],
  assumption: Assumption,
  ends: RangeEnds,
  direction: -1 | 1,
): TornadoEnd {
  const pick = (end: RangeEnds[number], base: Dec): Dec => (end === undefined ? base : direction < 0 ? end.low : end.high);
  // Years as the Monte Carlo draws them: the nearest whole year, halves up.
  const whole = (value: Dec): Dec => (assumption === "years" ? value.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : value);
  if (assumption === "discount_rate") {
    const moved = pick(ends[0], rate);
    return { ...valuer.value(rows, moved, investment), values: [moved], clamped: false };
  }
  const values = rows.map((row, i) => whole(pick(ends[i], assumptionValue(row, assumption))));
  const movedRows = rows.map((row, i) => withAssumption(row, assumption, values[i]));
  return { ...valuer.value(movedRows, rate, investment), values, clamped: false };
}

/** A step must be relative or absolute with a finite size ≥ 0 (#VALUE! otherwise). */
function checkStep(step: Step): Step {
  const ok = (step.kind === "relative" || step.kind === "absolute") && step.size instanceof Dec;
  if (!ok || !step.size.isFinite() || step.size.isNegative()) {
    const given = step.size instanceof Dec ? step.size.toString() : String(step.size);
    throw new SroiError("VALUE", { kind: "outOfRange", argument: "step", given, allowed: { min: 0 } });
  }
  return step;
}
