import type { Dec } from "../../core/decimal";
import type { Language } from "../../core/language";
import type { Format } from "../kit";

/**
 * Numbers inside the analysis sheet's sentences ("Ratio 1 at 13 104 kr"), rounded only here, for
 * display: Swedish with a space between thousands and a decimal comma, English with a comma and a
 * point. The cells themselves hold unrounded numbers with a number format.
 */

const DECIMALS: Readonly<Record<Format, number>> = {
  text: 2,
  integer: 0,
  decimal: 2,
  money: 0,
  percent: 1,
  year: 0,
  years: 0,
  months: 1,
  ratio: 2,
};

const LEADING = new Set(["$", "€", "£", "¥"]);

/** Groups the digits of a non-negative decimal string: "1234567.5" → "1 234 567,5" (sv). */
function grouped(fixed: string, language: Language): string {
  const [whole, fraction] = fixed.split(".");
  const separator = language === "sv" ? " " : ",";
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction === undefined ? digits : `${digits}${language === "sv" ? "," : "."}${fraction}`;
}

/** A number as text in a format: money with its currency, percent with %, ratios with two decimals. */
export function showNumber(value: Dec | number, format: Format, language: Language, currency: string): string {
  const number = typeof value === "number" ? value : value.toNumber();
  const scaled = format === "percent" ? number * 100 : number;
  const rounded = Number(scaled.toFixed(DECIMALS[format]));
  const sign = rounded < 0 ? "-" : "";
  const body = grouped(Math.abs(rounded).toFixed(DECIMALS[format]), language);
  if (format === "percent") return `${sign}${body}${language === "sv" ? " %" : "%"}`;
  if (format !== "money" || currency.trim() === "") return `${sign}${body}`;
  const symbol = currency.trim();
  return LEADING.has(symbol) ? `${sign}${symbol}${body}` : `${sign}${body} ${symbol}`;
}

/** A signed change in percent: +12.5% / −12,5 % style, for "× 0.875 (−12.5%)". */
export function showChange(fraction: number, language: Language): string {
  const text = showNumber(fraction, "percent", language, "");
  return fraction > 0 ? `+${text}` : text;
}
