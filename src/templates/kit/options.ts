import type { TemplateOptions } from "./model";
import { Text, tx } from "./text";

/** Limits of the template options. */
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;
export const MIN_START_YEAR = 1900;
export const MAX_START_YEAR = 9990;

/** Default options: Swedish, 5 years from 2026, kronor, no example data. */
export const DEFAULT_OPTIONS: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: false };

/** What is wrong with the options, in both languages, or null when they can be used. */
export function optionsProblem(options: TemplateOptions): Text | null {
  const { years, startYear, currency } = options;
  if (!Number.isInteger(years) || years < MIN_YEARS || years > MAX_YEARS) {
    return tx(
      `The number of years must be a whole number from 1 to 10; got ${years}.`,
      `Antal år ska vara ett heltal från 1 till 10; angivet: ${years}.`,
    );
  }
  if (!Number.isInteger(startYear) || startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
    return tx(
      `The starting year must be a whole year such as 2026; got ${startYear}.`,
      `Startåret ska vara ett helt årtal som 2026; angivet: ${startYear}.`,
    );
  }
  if (typeof currency !== "string" || currency.length > 10 || /["\\]/.test(currency)) {
    return tx(
      `The currency must be a short code or symbol such as kr, SEK or EUR; got "${currency}".`,
      `Valutan ska vara en kort kod eller symbol som kr, SEK eller EUR; angivet: "${currency}".`,
    );
  }
  return null;
}

/** Thrown by planSheets for unusable options; `text` holds the message in both languages. */
export class TemplateOptionsError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "TemplateOptionsError";
  }
}
