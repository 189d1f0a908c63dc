import { Dec, ONE, ZERO } from "../decimal";

/**
 * Root finding on decimals for break-even analysis. A gap g(x) is value minus investment at
 * parameter x; the break-even is where g(x) = 0.
 */
export type Gap = (x: Dec) => Dec;

/**
 * Where a root was found, or why none was. For whole numbers `falls` says the gap goes from
 * ≥ 0 below `at` to < 0 from `at` on (a crossing downward); elsewhere it is false.
 * alwaysAbove: the gap is ≥ 0 over the whole range (whole numbers only).
 */
export type Solution =
  | { readonly found: true; readonly at: Dec; readonly falls: boolean }
  | { readonly found: false; readonly reason: "noEffect" | "noneInRange" | "alwaysAbove" };

/** A closed interval; a null bound is unbounded. */
export interface Interval {
  readonly low: Dec | null;
  readonly high: Dec | null;
}

/** Bisection stops when the bracket is narrower than this (absolute, in the parameter's unit). */
export const BISECTION_TOLERANCE = new Dec("1e-20");

/** The number of equal parts a continuous interval is scanned in for sign changes. */
const GRID_INTERVALS = 100;

const TWO = new Dec(2);

/**
 * Root of an affine gap from two evaluations: g(x) = g(0) + (g(1) − g(0))·x, so
 * x = g(0) / (g(0) − g(1)). A zero slope has no root (noEffect) unless g is 0 everywhere, in which
 * case the base already breaks even.
 */
export function solveAffine(gap: Gap, interval: Interval, base: Dec): Solution {
  const g0 = gap(ZERO);
  const slope = gap(ONE).minus(g0);
  if (slope.isZero()) return g0.isZero() ? { found: true, at: base, falls: false } : { found: false, reason: "noEffect" };
  const at = g0.neg().div(slope);
  return within(at, interval) ? { found: true, at, falls: false } : { found: false, reason: "noneInRange" };
}

/**
 * Root of a continuous gap on [low, high]: the interval is cut into GRID_INTERVALS equal parts;
 * every part where g changes sign brackets a root; the bracket nearest to `base` is bisected until
 * narrower than BISECTION_TOLERANCE and its midpoint returned (a grid point where g is exactly 0
 * is returned as is). A root where g touches 0 without changing sign between two grid points is
 * not found.
 */
export function solveContinuous(gap: Gap, low: Dec, high: Dec, base: Dec): Solution {
  const xs = continuousGrid(low, high);
  const gs = xs.map(gap);
  if (gs.every((g) => g.eq(gs[0])) && !gs[0].isZero()) return { found: false, reason: "noEffect" };
  const best = nearestBracket(xs, gs.map(signOf), base);
  if (best === null) return { found: false, reason: "noneInRange" };
  if (best.lo === best.hi) return { found: true, at: xs[best.lo], falls: false };
  return { found: true, at: bisect(gap, xs[best.lo], xs[best.hi], gs[best.lo].lt(0)), falls: false };
}

/** The GRID_INTERVALS + 1 points solveContinuous scans, low to high. */
export function continuousGrid(low: Dec, high: Dec): Dec[] {
  const width = high.minus(low).div(GRID_INTERVALS);
  return Array.from({ length: GRID_INTERVALS + 1 }, (_, i) => (i === GRID_INTERVALS ? high : low.plus(width.times(i))));
}

/** −1, 0 or 1 as g is below, at or above 0. */
export function signOf(g: Dec): number {
  return g.isZero() ? 0 : g.lt(0) ? -1 : 1;
}

/**
 * Of the grid points where the gap is 0 and the grid parts where it changes sign, the one nearest
 * to `base` (the first of equals): lo = hi for a point, hi = lo + 1 for a part; null when none.
 */
export function nearestBracket(xs: readonly Dec[], signs: readonly number[], base: Dec): { lo: number; hi: number } | null {
  let best: { lo: number; hi: number; distance: Dec } | null = null;
  for (let i = 0; i < xs.length; i++) {
    const hi = signs[i] === 0 ? i : i + 1 < xs.length && signs[i + 1] !== 0 && signs[i] < 0 !== signs[i + 1] < 0 ? i + 1 : -1;
    if (hi < 0) continue;
    const distance = distanceTo(base, xs[i], xs[hi]);
    if (best === null || distance.lt(best.distance)) best = { lo: i, hi, distance };
  }
  return best;
}

/**
 * Where g crosses 0 among the whole x in [low, high]: a crossing is an x > low on the other side
 * of 0 than x − 1 (g(x − 1) < 0 ≤ g(x) reaches, g(x − 1) ≥ 0 > g(x) falls); of several, the one
 * nearest to `base` (ties: the lower). Without a crossing the gap is ≥ 0 everywhere (alwaysAbove)
 * or < 0 everywhere (noneInRange). A value that is not monotone in x (a lasting harm against a
 * benefit that fades) can fall below 0 above the base; that crossing is found too.
 */
export function solveWhole(gap: Gap, low: number, high: number, base: number): Solution {
  return wholeCrossing(low, high, base, (x) => gap(new Dec(x)).lt(0));
}

/** solveWhole given whether the gap is below 0 at each whole x. */
export function wholeCrossing(low: number, high: number, base: number, isBelow: (x: number) => boolean): Solution {
  const xs = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  const below = xs.map(isBelow);
  let best: number | null = null;
  for (let i = 1; i < xs.length; i++) {
    if (below[i] === below[i - 1]) continue;
    if (best === null || Math.abs(xs[i] - 0.5 - base) < Math.abs(xs[best] - 0.5 - base)) best = i;
  }
  if (best !== null) return { found: true, at: new Dec(xs[best]), falls: below[best] };
  if (xs.length === 0 || below[0]) return { found: false, reason: "noneInRange" };
  return { found: false, reason: "alwaysAbove" };
}

/** Bisects [low, high], the gap's sign at low given, until narrower than BISECTION_TOLERANCE; the midpoint. */
export function bisect(gap: Gap, low: Dec, high: Dec, lowNegative: boolean): Dec {
  let lo = low;
  let hi = high;
  while (hi.minus(lo).gt(BISECTION_TOLERANCE)) {
    const mid = lo.plus(hi).div(TWO);
    const g = gap(mid);
    if (g.isZero()) return mid;
    if (g.lt(0) === lowNegative) lo = mid;
    else hi = mid;
  }
  return lo.plus(hi).div(TWO);
}

function within(x: Dec, interval: Interval): boolean {
  return (interval.low === null || x.gte(interval.low)) && (interval.high === null || x.lte(interval.high));
}

function distanceTo(x: Dec, low: Dec, high: Dec): Dec {
  if (x.lt(low)) return low.minus(x);
  if (x.gt(high)) return x.minus(high);
  return ZERO;
}
