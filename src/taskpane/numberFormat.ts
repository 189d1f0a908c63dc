import { Dec } from "../core/decimal";
import type { Language } from "../core/language";
import type { CellValue } from "../templates/kit";

/**
 * Numbers as the pane shows them, in every tab: digits grouped in the pane's language (sv-SE
 * "574 560" with a no-break space, en-GB "574,560"), with the minus sign U+2212 in both (en-GB's
 * Intl writes a hyphen), rounded half up for
 * display only; a value that rounds to zero shows as 0, never "−0", and nothing shows NaN.
 */

const LOCALES: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };

const formats = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, places: number, percent: boolean): Intl.NumberFormat {
  const key = `${language}:${places}:${percent}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], {
      style: percent ? "percent" : "decimal",
      minimumFractionDigits: percent ? 0 : places,
      maximumFractionDigits: places,
    });
    formats.set(key, format);
  }
  return format;
}

function shown(value: Dec, language: Language, places: number, percent: boolean): string {
  if (!value.isFinite()) return "–";
  const rounded = value.toDecimalPlaces(percent ? places + 2 : places, Dec.ROUND_HALF_UP);
  return formatter(language, places, percent)
    .format(rounded.isZero() ? 0 : rounded.toNumber())
    .replace("-", "\u2212");
}

/** A decimal with `places` decimals. */
export function formatDecimal(value: Dec, language: Language, places = 0): string {
  return shown(value, language, places, false);
}

/** A whole number such as a count of runs or a seed ("100 000"). */
export function formatWhole(value: number, language: Language): string {
  return Number.isFinite(value) ? formatter(language, 0, false).format(value) : "–";
}

/** An SROI ratio, with two decimals. */
export function formatRatio(value: Dec, language: Language): string {
  return formatDecimal(value, language, 2);
}

/** An amount in whole currency units, without the currency ("574 560"). */
export function formatAmount(value: Dec, language: Language): string {
  return formatDecimal(value, language, 0);
}

/** An amount in whole currency units, followed by the currency ("574 560 kr"). */
export function formatMoney(value: Dec, language: Language, currency: string): string {
  return `${formatAmount(value, language)} ${currency}`;
}

/** Months with one decimal (payback). */
export function formatMonths(value: Dec, language: Language): string {
  return formatDecimal(value, language, 1);
}

/** A share as a percentage with at most one decimal ("12,5 %"). */
export function formatShare(value: Dec, language: Language): string {
  return shown(value, language, 1, true);
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
