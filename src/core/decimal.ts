import DecimalBase from "decimal.js";

/**
 * The one configured Decimal constructor of the core. 40 significant digits keep every money
 * and rate computation exact far beyond what a workbook shows; rounding happens only for display.
 */
export const Dec = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});

/** A decimal value produced by the core's constructor. */
export type Dec = InstanceType<typeof Dec>;

/** What the core accepts where it needs a number it has already validated. */
export type DecLike = Dec | number | string;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const TWELVE = new Dec(12);

/** Converts an already-validated value to the core's Decimal. */
export function dec(value: DecLike): Dec {
  return value instanceof Dec ? value : new Dec(value);
}

/** Sum of a list of decimals (0 for an empty list). */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * True when a and b differ by at most max(absolute, relative × |b|): |a − b| ≤ max(absolute,
 * relative·|b|). For figures computed in a sheet against the core's (a sum of shares against 1,
 * a result cell against the core's result).
 */
export function closeTo(a: Dec, b: Dec, absolute: Dec, relative: Dec): boolean {
  return a
    .minus(b)
    .abs()
    .lte(Dec.max(absolute, b.abs().times(relative)));
}
