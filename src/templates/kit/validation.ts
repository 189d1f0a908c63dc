import type { Language } from "../../core/language";
import { fill, pick, Text, tx } from "./text";
import type { ValidationSpec } from "./model";

/**
 * Data-validation builders: each gives a rule with an input message and an error message in the
 * chosen language. Excel limits titles to 32 characters and messages to 255 (errors 225); the
 * template tests check every spec against those limits.
 */

const M = {
  shareTitle: tx("Share 0–1", "Andel 0–1"),
  share: tx(
    "{field}: a share between 0 and 1, written as a percentage (20 %) or a decimal (0.2).",
    "{field}: en andel mellan 0 och 1, skriven som procent (20 %) eller decimaltal (0,2).",
  ),
  shareError: tx(
    "{field} must be a share between 0 % and 100 %. Did you type 20 instead of 20 %?",
    "{field} ska vara en andel mellan 0 % och 100 %. Skrev du 20 i stället för 20 %?",
  ),
  nonNegativeTitle: tx("Number ≥ 0", "Tal ≥ 0"),
  nonNegative: tx("{field}: a number of 0 or more.", "{field}: ett tal som är 0 eller större."),
  nonNegativeError: tx("{field} cannot be negative.", "{field} kan inte vara negativt."),
  numberTitle: tx("Number", "Tal"),
  number: tx("{field}: any number; a negative value is a loss.", "{field}: valfritt tal; ett negativt värde är en förlust."),
  numberError: tx("{field} must be a number.", "{field} ska vara ett tal."),
  wholeTitle: tx("Whole number {min}–{max}", "Heltal {min}–{max}"),
  whole: tx("{field}: a whole number from {min} to {max}.", "{field}: ett heltal från {min} till {max}."),
  wholeError: tx("{field} must be a whole number from {min} to {max}.", "{field} ska vara ett heltal från {min} till {max}."),
  listTitle: tx("Choose from the list", "Välj i listan"),
  list: tx("{field}: choose from the list.", "{field}: välj ett alternativ i listan."),
  listEditable: tx(
    "{field}: choose from the list. Add your own choices on the sheet {sheet}.",
    "{field}: välj i listan. Egna alternativ lägger du till på bladet {sheet}.",
  ),
  listError: tx("Choose a value from the list for {field}.", "Välj ett värde ur listan för {field}."),
  rateTitle: tx("Rate −100 %…100 %", "Ränta −100 %…100 %"),
  rate: tx(
    "{field}: a yearly rate, e.g. 3.5 %. Use 0 % for no discounting.",
    "{field}: en årlig ränta, t.ex. 3,5 %. Ange 0 % för ingen diskontering.",
  ),
  rateError: tx(
    "{field} must be a rate above −100 % and below 100 %, e.g. 3.5 %.",
    "{field} ska vara en ränta över −100 % och under 100 %, t.ex. 3,5 %.",
  ),
  invalid: tx("Not allowed", "Ej tillåtet"),
};

function spec(
  range: string,
  rule: ValidationSpec["rule"],
  title: Text,
  prompt: Text,
  error: Text,
  language: Language,
  values: Record<string, string | number>,
): ValidationSpec {
  return {
    range,
    rule,
    prompt: { title: fill(pick(title, language), values), message: fill(pick(prompt, language), values) },
    error: { title: pick(M.invalid, language), message: fill(pick(error, language), values) },
  };
}

/** A share in [0, 1] (outcome rate, deadweight, attribution, displacement, drop-off). */
export function shareValidation(range: string, field: string, language: Language): ValidationSpec {
  return spec(range, { type: "decimal", min: 0, max: 1 }, M.shareTitle, M.share, M.shareError, language, { field });
}

/** A number ≥ 0 (quantities, unit costs, amounts). */
export function nonNegativeValidation(range: string, field: string, language: Language): ValidationSpec {
  return spec(range, { type: "decimal", min: 0 }, M.nonNegativeTitle, M.nonNegative, M.nonNegativeError, language, { field });
}

/** Any number, negative allowed (a financial proxy may be a loss). */
export function numberValidation(range: string, field: string, language: Language): ValidationSpec {
  return spec(range, { type: "decimal" }, M.numberTitle, M.number, M.numberError, language, { field });
}

/** A whole number within [min, max] (years, counts). */
export function wholeValidation(range: string, field: string, min: number, max: number, language: Language): ValidationSpec {
  return spec(range, { type: "whole", min, max }, M.wholeTitle, M.whole, M.wholeError, language, { field, min, max });
}

/** A discount rate: a decimal above −1 and below 1. */
export function rateValidation(range: string, field: string, language: Language): ValidationSpec {
  return spec(range, { type: "decimal", min: -0.99, max: 0.99 }, M.rateTitle, M.rate, M.rateError, language, { field });
}

/** A choice from a range (e.g. "='Listor'!$A$4:$A$15"); `sheet` names where the list can be edited. */
export function listValidation(range: string, source: string, field: string, language: Language, sheet?: string): ValidationSpec {
  const prompt = sheet === undefined ? M.list : M.listEditable;
  return spec(range, { type: "list", source }, M.listTitle, prompt, M.listError, language, { field, sheet: sheet ?? "" });
}

/** A choice from fixed values (no commas in the values: Excel separates list items by commas). */
export function valuesValidation(range: string, values: readonly string[], field: string, language: Language): ValidationSpec {
  return spec(range, { type: "list", values }, M.listTitle, M.list, M.listError, language, { field });
}
