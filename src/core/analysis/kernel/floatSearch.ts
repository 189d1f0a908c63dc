import { Dec } from "../../decimal";
import {
  BISECTION_TOLERANCE,
  Gap,
  Solution,
  bisect,
  continuousGrid,
  nearestBracket,
  signOf,
  solveContinuous,
  wholeCrossing,
} from "../solve";
import { FloatGap } from "./floatFamily";

/**
 * The break-even searches of solve.ts, run in floats and settled in decimals, with the same
 * answers: a sign the float gap gives is used only when the gap is further from 0 than 1e-9 of its
 * scale (its rounding error is about 1e-16 of it); nearer, the decimal gap decides. The bracket a
 * continuous search finds is narrowed in floats as far as they are sure, then closed in decimals to
 * BISECTION_TOLERANCE (a regula falsi step and a check on either side of it), so the answer is a
 * decimal within the tolerance of the decimal gap's root, as solveContinuous's is.
 */

/** Relative distance from 0 beyond which a float gap's sign is trusted. */
const FLOAT_SIGN_MARGIN = 1e-9;

/** The sign of a float gap when it is sure, else null. */
function certainSign(value: { readonly gap: number; readonly scale: number }): number | null {
  return Math.abs(value.gap) > FLOAT_SIGN_MARGIN * value.scale ? Math.sign(value.gap) : null;
}

/** solveContinuous with the grid scanned and the bracket narrowed in floats. */
export function solveContinuousFast(gap: Gap, float: FloatGap, low: Dec, high: Dec, base: Dec): Solution {
  const xs = continuousGrid(low, high);
  const floats = xs.map((x) => float(x.toNumber()));
  // A gap the floats see as flat is left to the decimals, which tell noEffect from a tiny slope.
  if (floats.every((f) => f.gap === floats[0].gap)) return solveContinuous(gap, low, high, base);
  const signs = xs.map((x, i) => certainSign(floats[i]) ?? signOf(gap(x)));
  const best = nearestBracket(xs, signs, base);
  if (best === null) return { found: false, reason: "noneInRange" };
  if (best.lo === best.hi) return { found: true, at: xs[best.lo], falls: false };
  return { found: true, at: narrow(gap, float, xs[best.lo], xs[best.hi], signs[best.lo] < 0), falls: false };
}

/** solveWhole with each sign from the float gap when it is sure. */
export function solveWholeFast(gap: Gap, float: FloatGap, low: number, high: number, base: number): Solution {
  return wholeCrossing(low, high, base, (x) => {
    const sign = certainSign(float(x));
    return sign === null ? gap(new Dec(x)).lt(0) : sign < 0;
  });
}

const MAX_DECIMAL_STEPS = 8;

/** A root in [low, high] (the gap's sign at low given, the other at high) to BISECTION_TOLERANCE. */
function narrow(gap: Gap, float: FloatGap, low: Dec, high: Dec, lowNegative: boolean): Dec {
  let a = low.toNumber();
  let b = high.toNumber();
  for (;;) {
    const mid = (a + b) / 2;
    if (!(mid > a && mid < b)) break;
    const sign = certainSign(float(mid));
    if (sign === null) break;
    if (sign < 0 === lowNegative) a = mid;
    else b = mid;
  }
  let lo = a === low.toNumber() ? low : new Dec(a);
  let hi = b === high.toNumber() ? high : new Dec(b);
  let gLo = gap(lo);
  let gHi = gap(hi);
  if (gLo.isZero()) return lo;
  if (gHi.isZero()) return hi;
  // the floats were sure of these signs; should the decimals disagree, bisect the whole bracket
  if (gLo.lt(0) !== lowNegative || gHi.lt(0) === lowNegative) return bisect(gap, low, high, lowNegative);
  const quarter = BISECTION_TOLERANCE.div(4);
  for (let step = 0; hi.minus(lo).gt(BISECTION_TOLERANCE); step++) {
    if (step === MAX_DECIMAL_STEPS) return bisect(gap, lo, hi, lowNegative);
    const x = lo.minus(gLo.times(hi.minus(lo)).div(gHi.minus(gLo)));
    const p = Dec.max(lo, x.minus(quarter));
    const q = Dec.min(hi, x.plus(quarter));
    const gp = gap(p);
    if (gp.isZero()) return p;
    if (gp.lt(0) !== lowNegative) {
      [hi, gHi] = [p, gp];
      continue;
    }
    const gq = gap(q);
    if (gq.isZero()) return q;
    if (gq.lt(0) === lowNegative) [lo, gLo] = [q, gq];
    else [lo, gLo, hi, gHi] = [p, gp, q, gq];
  }
  return lo.plus(hi).div(2);
}
