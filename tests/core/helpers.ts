import fc from "fast-check";
import { Dec, SroiError } from "../../src/core";

/** Shorthands and checks shared by the core's tests. */

export const d = (value: number | string): Dec => new Dec(value);
export const ds = (...values: (number | string)[]): Dec[] => values.map(d);
export const strings = (values: readonly Dec[]): string[] => values.map((v) => v.toString());

/** Runs `fn` and returns the SroiError it throws; fails the test when it throws nothing or something else. */
export function caught(fn: () => unknown): SroiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SroiError) return error;
    throw error;
  }
  throw new Error("expected an SroiError, but nothing was thrown");
}

/** Asserts |actual − expected| ≤ 10^−places; the expected value is written out as a decimal string. */
export function expectNear(actual: Dec, expected: string, places = 30): void {
  const difference = actual.minus(expected).abs();
  const verdict = difference.lte(new Dec(10).pow(-places)) ? "close" : `${actual} differs from ${expected} by ${difference}`;
  expect(verdict).toBe("close");
}

/** Asserts |a − b| ≤ relative · max(|a|, |b|, 1). */
export function expectRelativelyClose(a: Dec, b: Dec, relative = "1e-30"): void {
  const scale = Dec.max(a.abs(), b.abs(), 1);
  const difference = a.minus(b).abs();
  const verdict = difference.lte(scale.times(relative)) ? "close" : `${a} and ${b} differ by ${difference}`;
  expect(verdict).toBe("close");
}

/** Shares in [0, 1] in steps of 0.0001, as a sheet would hold them. */
export const shareArb = fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(10_000));
/** Amounts in kronor with öre, 0 … 10 000 000. */
export const amountArb = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Dec(n).div(100));
/** Positive amounts, 0.01 … 10 000 000. */
export const positiveAmountArb = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => new Dec(n).div(100));
/** Discount rates in (−1, 1) in steps of 0.0001, kept away from −1. */
export const rateArb = fc.integer({ min: -9_000, max: 9_999 }).map((n) => new Dec(n).div(10_000));
