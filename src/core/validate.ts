import { Dec, ONE } from "./decimal";
import { errorCodeOf, excelErrorOf, firstExcelError } from "./errorValues";
import { Given, Range, SroiError } from "./errors";

/**
 * Input validation: every public entry point of the core reads its arguments through these
 * helpers, so each bad input becomes a typed SroiError naming the argument, what was given and
 * what is allowed.
 */

/**
 * A value counts as blank when it is missing, null or an empty string: what Excel passes for an
 * empty cell or an omitted argument. Text of spaces (" ", a non-breaking space) is text, as in
 * Excel (COUNTA counts it, =A1*2 gives #VALUE!).
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Passes on an Excel error value (#N/A, …) found in `value`, the first one row by row in a range:
 * an SroiError errorValue with the error's own code. Does nothing when there is none.
 */
export function passErrorValue(argument: string, value: unknown): void {
  const error = firstExcelError(value);
  if (error !== null) throw new SroiError(errorCodeOf(error), { kind: "errorValue", argument, error });
}

/** Reads a required finite number (a JS number or a core Decimal). */
export function readNumber(argument: string, value: unknown): Dec {
  if (isBlank(value)) throw new SroiError("VALUE", { kind: "required", argument });
  if (excelErrorOf(value) !== null) passErrorValue(argument, value);
  if (value instanceof Dec) {
    if (!value.isFinite()) throw new SroiError("VALUE", { kind: "notFinite", argument, given: value.toNumber() });
    return value;
  }
  if (typeof value !== "number") {
    throw new SroiError("VALUE", { kind: "notNumber", argument, given: describeGiven(value) });
  }
  if (!Number.isFinite(value)) throw new SroiError("VALUE", { kind: "notFinite", argument, given: value });
  return new Dec(value);
}

/** Reads an optional number: blank gives the default. */
export function readOptional(argument: string, value: unknown, fallback: number, read: Reader = readNumber): Dec {
  return isBlank(value) ? new Dec(fallback) : read(argument, value);
}

export type Reader = (argument: string, value: unknown) => Dec;

/** Bounds as decimals, made once: comparing with a plain number would build a Decimal every time. */
const bounds = new Map<number, Dec>();
function bound(limit: number): Dec {
  let decimal = bounds.get(limit);
  if (decimal === undefined) {
    decimal = new Dec(limit);
    if (bounds.size < 64) bounds.set(limit, decimal);
  }
  return decimal;
}

/**
 * Floating-point noise: a value within NOISE of a limit or a whole number, relative to that
 * limit's size (and at least NOISE), is that limit or number. A share computed as 0.1*3/0.3
 * (1.0000000000000002) is 1; years computed as 3.0000000000000004 are 3; a deadweight of
 * 0.3−0.1−0.2 (−2.8e−17) is 0. The value snapped to is the one used.
 */
const NOISE = 1e-12;
const NOISE_DEC = new Dec(NOISE);

/** `target` when `value` lies within noise of it, otherwise `value`. */
function snapTo(value: Dec, target: Dec): Dec {
  const tolerance = target.isZero() ? NOISE_DEC : Dec.max(NOISE_DEC, target.abs().times(NOISE_DEC));
  return !value.eq(target) && value.minus(target).abs().lte(tolerance) ? target : value;
}

/** The value snapped to whichever limit of `allowed` it lies within noise of. */
function snapToLimits(value: Dec, allowed: Range): Dec {
  let snapped = value;
  if (allowed.min !== undefined) snapped = snapTo(snapped, bound(allowed.min));
  if (allowed.max !== undefined && snapped === value) snapped = snapTo(snapped, bound(allowed.max));
  return snapped;
}

/** Checks that a decimal lies within an interval; a value within noise of a limit is that limit. */
export function checkRange(argument: string, value: Dec, allowed: Range): Dec {
  const { min, max, minExclusive, maxExclusive } = allowed;
  const snapped = snapToLimits(value, allowed);
  const belowMin = min !== undefined && (minExclusive ? snapped.lte(bound(min)) : snapped.lt(bound(min)));
  const aboveMax = max !== undefined && (maxExclusive ? snapped.gte(bound(max)) : snapped.gt(bound(max)));
  if (belowMin || aboveMax) {
    throw new SroiError("VALUE", { kind: "outOfRange", argument, given: snapped.toNumber(), allowed });
  }
  return snapped;
}

/**
 * Reads a whole number within `allowed`; a value within noise of a whole number is that number.
 * Anything else that is not whole is a #VALUE! error (notInteger).
 */
export function readWhole(argument: string, value: unknown, allowed: Range): number {
  const read = readNumber(argument, value);
  const number = snapTo(read, read.round());
  if (!number.isInteger()) {
    throw new SroiError("VALUE", { kind: "notInteger", argument, given: read.toNumber(), allowed });
  }
  return checkRange(argument, number, allowed).toNumber();
}

/**
 * Reads a share in [0, 1] (outcome rate, deadweight, attribution, displacement, drop-off).
 * A value above 1 and at most 100 was almost certainly typed as a percentage: the error says so.
 */
export function readShare(argument: string, value: unknown): Dec {
  // Fast path for the common case: a double clear of the limits' noise converts to a decimal in (0, 1).
  if (typeof value === "number" && value > NOISE && value < 1 - NOISE) return new Dec(value);
  const share = snapToLimits(readNumber(argument, value), SHARE_RANGE);
  if (share.gt(ONE) && share.lte(HUNDRED)) {
    throw new SroiError("VALUE", { kind: "percentLike", argument, given: share.toNumber(), allowed: SHARE_RANGE });
  }
  return checkRange(argument, share, SHARE_RANGE);
}

const HUNDRED = new Dec(100);

export const SHARE_RANGE: Range = { min: 0, max: 1 };
export const DISCOUNT_RANGE: Range = { min: -1, max: 1, minExclusive: true, maxExclusive: true };
export const YEARS_RANGE: Range = { min: 1, max: 100 };

/** Reads a discount rate: a fraction above −1 and below 1 (0.035 for 3.5 %). */
export function readDiscountRate(argument: string, value: unknown): Dec {
  const rate = snapToLimits(readNumber(argument, value), DISCOUNT_RANGE);
  if (rate.gte(ONE) && rate.lte(HUNDRED)) {
    throw new SroiError("VALUE", { kind: "percentLike", argument, given: rate.toNumber(), allowed: DISCOUNT_RANGE });
  }
  return checkRange(argument, rate, DISCOUNT_RANGE);
}

/** Reads a number that must not be negative (quantities, investments, amounts of cost). */
export function readNonNegative(argument: string, value: unknown): Dec {
  if (typeof value === "number" && value > NOISE && value < Infinity) return new Dec(value);
  return checkRange(argument, readNumber(argument, value), { min: 0 });
}

/** Reads a whole number of years in 1..100. */
export function readYears(argument: string, value: unknown): number {
  return readWhole(argument, value, YEARS_RANGE);
}

/** Turns any value into something a message can show. */
export function describeGiven(value: unknown): Given {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Dec) return value.toString();
  if (Array.isArray(value)) return "[…]";
  const code = (value as { code?: unknown }).code; // an Excel error value inside a range (#N/A, …)
  if (typeof code === "string") return code;
  return String(value);
}
