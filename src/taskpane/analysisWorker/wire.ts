import { Dec } from "../../core/decimal";
import { ErrorCode, ErrorDetail, SroiError } from "../../core/errors";

/**
 * The analysis crosses between the pane and its worker as plain data (what structured clone
 * copies): every decimal becomes { $dec: "its full digits" } (Decimal's valueOf: toString keeping
 * the sign of zero; new Dec reads it back to the same value), every SroiError (a row of the map that
 * could not be read carries one) { $error: { code, detail } }, everything else is already plain.
 * toWire and fromWire are the one place these are turned into data and back.
 */

/** A decimal as data. */
interface WireDec {
  readonly $dec: string;
}

/** An SroiError as data. */
interface WireError {
  readonly $error: { readonly code: ErrorCode; readonly detail: Wire<ErrorDetail> };
}

/** T with every decimal in it replaced by a WireDec, every SroiError by a WireError. */
export type Wire<T> = T extends Dec
  ? WireDec
  : T extends SroiError
    ? WireError
    : T extends readonly (infer U)[]
      ? readonly Wire<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Wire<T[K]> }
        : T;

/** An object literal's (of this realm or another: structured clone may build it elsewhere). */
function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The one key of a wire decimal or error, or undefined. */
function wireKey(value: Record<string, unknown>): "$dec" | "$error" | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (keys[0] === "$dec" && typeof value.$dec === "string") return "$dec";
  if (keys[0] === "$error" && typeof value.$error === "object" && value.$error !== null) return "$error";
  return undefined;
}

function mapPlain(value: unknown, leaf: (value: object) => unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => mapPlain(item, leaf));
  const replaced = leaf(value);
  if (replaced !== value) return replaced;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = mapPlain(item, leaf);
  return out;
}

/** A copy of `value` with every decimal as { $dec } and SroiError as { $error }; arrays and plain objects are copied. */
export function toWire<T>(value: T): Wire<T> {
  const leaf = (v: object): unknown => {
    if (v instanceof Dec) return { $dec: v.valueOf() };
    if (v instanceof SroiError) return { $error: { code: v.code, detail: mapPlain(v.detail, leaf) } };
    return v;
  };
  return mapPlain(value, leaf) as Wire<T>;
}

/** The value toWire was given: every { $dec } a decimal again, every { $error } an SroiError. */
export function fromWire<T>(value: Wire<T>): T {
  const leaf = (v: object): unknown => {
    if (!isPlainObject(v)) return v;
    const key = wireKey(v);
    if (key === "$dec") return new Dec(v.$dec as string);
    if (key === "$error") {
      const { code, detail } = v.$error as { code: ErrorCode; detail: unknown };
      return new SroiError(code, mapPlain(detail, leaf) as ErrorDetail);
    }
    return v;
  };
  return mapPlain(value, leaf) as T;
}
