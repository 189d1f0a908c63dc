import { Dec, ONE } from "./decimal";
import { Given, Range, SroiError } from "./errors";

/**
 * Input validation: every public entry point of the core reads its arguments through these
 * helpers, so each bad input becomes a typed SroiError naming the argument, what was given and
 * what is allowed.
 */

/** A value counts as blank when it is missing, null or an empty string. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Reads a required finite number (a JS number or a core Decimal). */
export function readNumber(argument: string, value: unknown): Dec {
  if (isBlank(value)) throw new SroiError("VALUE", { kind: "required", argument });
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

/** Checks that a decimal lies within an interval. */
export function checkRange(argument: string, value: Dec, allowed: Range): Dec {
  const { min, max, minExclusive, maxExclusive } = allowed;
  const belowMin = min !== undefined && (minExclusive ? value.lte(bound(min)) : value.lt(bound(min)));
  const aboveMax = max !== undefined && (maxExclusive ? value.gte(bound(max)) : value.gt(bound(max)));
  if (belowMin || aboveMax) {
    throw new SroiError("VALUE", { kind: "outOfRange", argument, given: value.toNumber(), allowed });
  }
  return value;
}

/**
 * Reads a share in [0, 1] (outcome rate, deadweight, attribution, displacement, drop-off).
 * A value above 1 and at most 100 was almost certainly typed as a percentage: the error says so.
 */
export function readShare(argument: string, value: unknown): Dec {
  // Fast path for the common case; a double in [0, 1] converts to a decimal in [0, 1].
  if (typeof value === "number" && value >= 0 && value <= 1) return new Dec(value);
  const share = readNumber(argument, value);
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
  const rate = readNumber(argument, value);
  if (rate.gte(ONE) && rate.lte(HUNDRED)) {
    throw new SroiError("VALUE", { kind: "percentLike", argument, given: rate.toNumber(), allowed: DISCOUNT_RANGE });
  }
  return checkRange(argument, rate, DISCOUNT_RANGE);
}

/** Reads a number that must not be negative (quantities, investments, amounts of cost). */
export function readNonNegative(argument: string, value: unknown): Dec {
  if (typeof value === "number" && value >= 0 && value < Infinity) return new Dec(value);
  return checkRange(argument, readNumber(argument, value), { min: 0 });
}

/** Reads a whole number of years in 1..100. */
export function readYears(argument: string, value: unknown): number {
  const years = readNumber(argument, value);
  if (!years.isInteger()) {
    throw new SroiError("VALUE", { kind: "notInteger", argument, given: years.toNumber(), allowed: YEARS_RANGE });
  }
  return checkRange(argument, years, YEARS_RANGE).toNumber();
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
