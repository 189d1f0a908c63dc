import { errorMessage, SroiError } from "../core";
import { argumentName } from "../core/fieldNames";
import type { Given, Range } from "../core/errors";
import { pick, quote, tx } from "../core/i18n";
import type { Language } from "../core/language";
import { BEFORE_AFTER_STRINGS } from "./beforeAfterStrings";

/**
 * The core's error about one input cell of a before/after sheet in plain words, for the pane's list
 * of problems: the field by its own name (the row is named beside it), what the cell holds with a
 * real minus sign and the language's quotation marks, and what is allowed in words ("0 or more",
 * not "≥ 0"). Errors not about one value keep the core's message.
 */

const LOCALES: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };

/** A number as typed values are shown: up to six decimals, grouped, with U+2212 for minus. */
export function plainNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 6 }).format(value).replace("-", "\u2212");
}

/** What a cell holds, for a message: a number, quoted text, TRUE/FALSE in the language's words. */
export function plainGiven(given: Given, language: Language): string {
  if (typeof given === "number") return plainNumber(given, language);
  if (typeof given === "boolean") return pick(tx(given ? "TRUE" : "FALSE", given ? "SANT" : "FALSKT"), language);
  if (given === null || given === undefined) return pick(tx("nothing", "ingenting"), language);
  return quote(String(given), language);
}

/** An allowed interval in words: "from 0 to 1", "0 or more", "more than 0". */
export function plainRange(range: Range, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language].plain;
  const n = (x: number) => plainNumber(x, language);
  const { min, max, minExclusive, maxExclusive } = range;
  if (min !== undefined && max !== undefined && !minExclusive && !maxExclusive) return t.between(n(min), n(max));
  const parts = [
    min === undefined ? undefined : minExclusive ? t.above(n(min)) : t.atLeast(n(min)),
    max === undefined ? undefined : maxExclusive ? t.below(n(max)) : t.atMost(n(max)),
  ].filter((p): p is string => p !== undefined);
  return parts.join(pick(tx(" and ", " och "), language));
}

/**
 * The field's own name, the last part of its path ("group 2 › size" → "Size"), capitalised; a
 * function argument's name reads as words ("discount_rate" → "Discount rate").
 */
export function fieldName(argument: string, language: Language): string {
  const name = (argumentName(argument, language).split(" › ").pop() ?? argument).replace(/_/g, " ");
  return name.charAt(0).toLocaleUpperCase(LOCALES[language]) + name.slice(1);
}

/** The core's error in plain words (see above). */
export function plainMessage(error: SroiError, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language].plain;
  const d = error.detail;
  const given = (g: Given) => plainGiven(g, language);
  switch (d.kind) {
    case "required":
      return t.required(fieldName(d.argument, language));
    case "notNumber":
    case "notFinite":
      return t.notNumber(fieldName(d.argument, language), given(d.given));
    case "outOfRange":
      return t.outOfRange(fieldName(d.argument, language), plainRange(d.allowed, language), given(d.given));
    case "notInteger":
      return t.notInteger(fieldName(d.argument, language), given(d.given));
    case "percentLike":
      return t.percentLike(
        fieldName(d.argument, language),
        given(d.given),
        typeof d.given === "number" ? plainNumber(Number((d.given / 100).toPrecision(12)), language) : "?",
      );
    case "sumMismatch":
      return t.sumMismatch(
        fieldName(d.argument, language),
        given(d.given),
        d.of === undefined ? given(d.expected) : `${argumentName(d.of, language)}, ${given(d.expected)}`,
      );
    case "unknownName":
      return t.unknownName(fieldName(d.argument, language), given(d.given), d.allowed.join(`, `));
    default:
      return errorMessage(error, language);
  }
}
