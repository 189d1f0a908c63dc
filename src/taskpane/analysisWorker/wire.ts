import { Dec } from "../../core/decimal";

/**
 * The analysis crosses between the pane and its worker as plain data (what structured clone
 * copies): every decimal becomes { $dec: "its full digits" } (Decimal's toString, which new Dec
 * reads back to the same value), everything else is already plain. toWire and fromWire are the
 * one place decimals are turned into data and back.
 */

/** A decimal as data. */
export interface WireDec {
  readonly $dec: string;
}

/** T with every decimal in it replaced by a WireDec. */
export type Wire<T> = T extends Dec
  ? WireDec
  : T extends readonly (infer U)[]
    ? readonly Wire<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Wire<T[K]> }
      : T;

/** An object literal's (of this realm or another: structured clone may build it elsewhere). */
function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: object | null = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isWireDec(value: Record<string, unknown>): value is { $dec: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "$dec" && typeof value.$dec === "string";
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

/** A copy of `value` with every decimal as { $dec }; arrays and plain objects are copied. */
export function toWire<T>(value: T): Wire<T> {
  return mapPlain(value, (v) => (v instanceof Dec ? { $dec: v.toString() } : v)) as Wire<T>;
}

/** The value toWire was given: every { $dec } a decimal again. */
export function fromWire<T>(value: Wire<T>): T {
  return mapPlain(value, (v) => (isPlainObject(v) && isWireDec(v) ? new Dec(v.$dec) : v)) as T;
}
