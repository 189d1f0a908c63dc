import { Dec } from "../core/decimal";

/**
 * Numbers as typed in the analysis panel: "10", "10,5" and "10.5" (either decimal mark), digits
 * grouped by spaces ("5 000"), a minus sign of either kind, and in percentage fields an optional
 * "%" at the end. They become decimals only through `new Dec(...)`; a percentage becomes its
 * fraction by moving the decimal point ("12.5" → "12.5e-2" = 0.125), so nothing is rounded.
 */

/** A typed number read: blank, not a number, or the number. */
export type NumberText =
  | { readonly kind: "blank" }
  | { readonly kind: "invalid" }
  /** `text` is the number in the core's notation ("-12.5"); `value` the same as a decimal. */
  | { readonly kind: "number"; readonly text: string; readonly value: Dec };

const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Reads a typed number; `percent` also accepts a trailing "%". */
export function readNumberText(typed: string, percent = false): NumberText {
  let text = typed.trim();
  if (percent) text = text.replace(/%$/, "").trim();
  if (text === "") return typed.trim() === "" ? { kind: "blank" } : { kind: "invalid" };
  text = text.replace(SPACES, "").replace(/^\u2212/, "-");
  if (!NUMBER.test(text)) return { kind: "invalid" };
  const canonical = text
    .replace(",", ".")
    .replace(/\.$/, "")
    .replace(/^([+-]?)\./, "$10.");
  return { kind: "number", text: canonical, value: new Dec(canonical) };
}

/** The fraction a percentage stands for: "10" → 0.1, exactly. */
export function fractionOf(number: { readonly text: string }): Dec {
  return new Dec(`${number.text}e-2`);
}

/** The limits a typed number must keep, in the unit it is typed in. */
export interface NumberRule {
  readonly min: number;
  /** True: the number must be above `min`, not equal to it. */
  readonly aboveMin?: boolean;
  readonly max?: number;
  readonly whole?: boolean;
  /** Typed as a percentage ("%" allowed at the end). */
  readonly percent?: boolean;
}

/** A typed number checked against a rule: the number, blank, or out of the rule. */
export type Checked =
  { readonly kind: "ok"; readonly text: string; readonly value: Dec } | { readonly kind: "blank" } | { readonly kind: "bad" };

/** Reads and checks a typed number. */
export function checkNumber(typed: string, rule: NumberRule): Checked {
  const read = readNumberText(typed, rule.percent);
  if (read.kind === "blank") return read;
  if (read.kind === "invalid") return { kind: "bad" };
  const { value } = read;
  const tooLow = rule.aboveMin ? value.lte(rule.min) : value.lt(rule.min);
  const tooHigh = rule.max !== undefined && value.gt(rule.max);
  if (tooLow || tooHigh || (rule.whole && !value.isInteger())) return { kind: "bad" };
  return { kind: "ok", text: read.text, value };
}
