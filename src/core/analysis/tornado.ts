import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { Outcome } from "../outcome";
import { ASSUMPTIONS, Assumption, assumptionValue, clampAssumption, withAssumption } from "./assumptions";
import { MapValuer, mapValuer } from "./mapValuer";
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
  readonly step: Step;
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
 * every row at once, with the others at their base values. Moved values are clamped to
 * ANALYSIS_RANGES; years move to whole years rounding away from the base (floor down, ceiling up),
 * so any step that changes years moves them by at least one year. Bars are sorted by ratio swing,
 * or by net-value swing when the investment is zero.
 */
export function tornado(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[], options: TornadoOptions): Tornado {
  const valuer = mapValuer(rows, rate);
  const base = valuer.value(rows, rate, investment);
  const bars = ASSUMPTIONS.map((assumption) => {
    const step = checkStep(options.steps?.[assumption] ?? options.step);
    const down = moveEnd(valuer, rows, rate, investment, assumption, step, -1);
    const up = moveEnd(valuer, rows, rate, investment, assumption, step, 1);
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

/** A step must be relative or absolute with a finite size ≥ 0 (#VALUE! otherwise). */
function checkStep(step: Step): Step {
  const ok = (step.kind === "relative" || step.kind === "absolute") && step.size instanceof Dec;
  if (!ok || !step.size.isFinite() || step.size.isNegative()) {
    const given = step.size instanceof Dec ? step.size.toString() : String(step.size);
    throw new SroiError("VALUE", { kind: "outOfRange", argument: "step", given, allowed: { min: 0 } });
  }
  return step;
}
