import { Dec, ONE, ZERO } from "../decimal";

/**
 * Internal rate of return as Excel's IRR reads yearly flows: the first flow at time 0, flow t
 * discounted by (1 + r)^t, and the IRR the r where NPV(r) = Σₜ flowₜ / (1 + r)^t = 0.
 *
 * Method: with g = 1 + r > 0, NPV(r) · g^(n − 1) = P(g) = Σₜ flowₜ · g^(n − 1 − t), a polynomial with
 * the same sign as NPV, evaluated by Horner's rule without divisions. P is evaluated on a grid of
 * rates from −1 + 10⁻¹⁵ to 10¹² (steps of 1 % from −99 % to 100 %, wider outside); every grid interval where
 * P changes sign brackets a root; the bracket nearest to 10 % (Excel's default guess) is bisected
 * until narrower than IRR_TOLERANCE (relative to 1 + r below 0 %). A root where P touches 0 without changing sign between two grid
 * points is not found (Excel's Newton iteration may or may not find one either).
 */

/** Bisection stops when the bracket on the rate is narrower than this (times 1 + r when that is below 1). */
const IRR_TOLERANCE = new Dec("1e-14");
const MAX_STEPS = 400;

export type IrrResult =
  | { readonly kind: "rate"; readonly rate: Dec }
  /** noSignChange: the flows are all ≥ 0 or all ≤ 0, so no rate makes NPV zero; noRoot: none found. */
  | { readonly kind: "none"; readonly reason: "noSignChange" | "noRoot" };

const GUESS = new Dec("0.1");
const TWO = new Dec(2);

/** Rates scanned for sign changes, ascending. */
const GRID: readonly Dec[] = [
  ...Array.from({ length: 13 }, (_, k) => new Dec(10).pow(-(15 - k)).minus(1)),
  ...Array.from({ length: 200 }, (_, i) => new Dec(i - 99).div(100)),
  ...["1.5", "2", "3", "5", "10", "20", "50", "100", "1e3", "1e4", "1e6", "1e9", "1e12"].map((r) => new Dec(r)),
];

/** Net present value of flows with the first at time 0 (Excel's IRR convention, not NPV's). */
export function flowsPresentValue(flows: readonly Dec[], rate: Dec): Dec {
  const g = ONE.plus(rate);
  return polynomial(flows, g).div(g.pow(Math.max(0, flows.length - 1)));
}

function polynomial(flows: readonly Dec[], g: Dec): Dec {
  let acc = ZERO;
  for (const f of flows) acc = acc.times(g).plus(f);
  return acc;
}

/** The IRR of yearly flows, or why there is none. */
export function internalRate(flows: readonly Dec[]): IrrResult {
  if (!flows.some((f) => f.gt(0)) || !flows.some((f) => f.lt(0))) return { kind: "none", reason: "noSignChange" };
  const values = GRID.map((r) => polynomial(flows, ONE.plus(r)));
  let best: { lo: number; hi: number; distance: Dec } | null = null;
  for (let i = 0; i < GRID.length; i++) {
    const hi = values[i].isZero()
      ? i
      : i + 1 < GRID.length && !values[i + 1].isZero() && values[i].lt(0) !== values[i + 1].lt(0)
        ? i + 1
        : -1;
    if (hi < 0) continue;
    const distance = distanceFrom(GUESS, GRID[i], GRID[hi]);
    if (best === null || distance.lt(best.distance)) best = { lo: i, hi, distance };
  }
  if (best === null) return { kind: "none", reason: "noRoot" };
  if (best.lo === best.hi) return { kind: "rate", rate: GRID[best.lo] };
  let lo = GRID[best.lo];
  let hi = GRID[best.hi];
  const lowNegative = values[best.lo].lt(0);
  // Relative to 1 + r near −100 %, where the NPV is steep in r.
  const width = IRR_TOLERANCE.times(Dec.min(ONE, ONE.plus(lo)));
  for (let i = 0; i < MAX_STEPS && hi.minus(lo).gt(width); i++) {
    const mid = lo.plus(hi).div(TWO);
    const p = polynomial(flows, ONE.plus(mid));
    if (p.isZero()) return { kind: "rate", rate: mid };
    if (p.lt(0) === lowNegative) lo = mid;
    else hi = mid;
  }
  return { kind: "rate", rate: lo.plus(hi).div(TWO) };
}

function distanceFrom(x: Dec, low: Dec, high: Dec): Dec {
  if (x.lt(low)) return low.minus(x);
  if (x.gt(high)) return x.minus(high);
  return ZERO;
}
