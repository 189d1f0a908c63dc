import { Dec } from "../core";
import type { Language } from "../core/language";
import type { CellValue } from "../writers/excel/types";

/**
 * Numbers of the before/after check as the pane shows them: grouped digits in the pane's language
 * (sv-SE: "−12 000", en-GB: "-12,000"), rounded half up for display only, never "−0" or NaN.
 */

const LOCALES: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };

const formats = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, places: number): Intl.NumberFormat {
  const key = `${language}:${places}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: places, maximumFractionDigits: places });
    formats.set(key, format);
  }
  return format;
}

/** A decimal rounded to `places` decimals and formatted; a value that rounds to zero shows as 0. */
export function formatDecimal(value: Dec, language: Language, places = 0): string {
  const rounded = value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return formatter(language, places).format(rounded.isZero() ? 0 : rounded.toNumber());
}

/** An amount of money in whole currency units. */
export function formatAmount(value: Dec, language: Language): string {
  return formatDecimal(value, language, 0);
}

/** Months with one decimal (payback). */
export function formatMonths(value: Dec, language: Language): string {
  return formatDecimal(value, language, 1);
}

/** True when the value shows as negative once rounded to `places` decimals. */
export function showsNegative(value: Dec, places = 0): boolean {
  const rounded = value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return rounded.isNegative() && !rounded.isZero();
}

/** A value the sheet shows, for a message: numbers formatted like the pane's own, text quoted, blank named. */
export function formatCell(value: CellValue, language: Language, blank: string, places = 0): string {
  if (typeof value === "number") return Number.isFinite(value) ? formatDecimal(new Dec(value), language, places) : String(value);
  if (typeof value === "boolean") return String(value).toUpperCase();
  return value.trim() === "" ? blank : `"${value}"`;
}
