import type { Language } from "../core/language";
import { DEFAULT_OPTIONS, MAX_YEARS, MIN_YEARS } from "../templates/kit";
import type { TemplateId, TemplateOptions } from "../templates/kit";
import { MAX_START_YEAR, MIN_START_YEAR } from "../templates/kit";
import { STRINGS } from "./strings";

/**
 * The taskpane's form as typed (numbers stay text until checked), its per-field checks and the
 * template options it turns into. Pure, so it is tested without React.
 */

export interface FormValues {
  readonly templates: readonly TemplateId[];
  readonly language: Language;
  readonly years: string;
  readonly startYear: string;
  readonly currency: string;
  readonly example: boolean;
}

/** The longest currency text a money format takes (as the template options allow). */
const MAX_CURRENCY_LENGTH = 10;

/** The templates ticked when the pane opens: the two that give an SROI ratio (costs and impacts). */
const STARTER_TEMPLATES: readonly TemplateId[] = ["costSheet", "impactMap"];

/** The form as it opens: the starter templates, the host's language, five years from this year. */
export function initialForm(language: Language, thisYear: number): FormValues {
  return {
    templates: STARTER_TEMPLATES,
    language,
    years: String(DEFAULT_OPTIONS.years),
    startYear: String(thisYear),
    currency: DEFAULT_OPTIONS.currency,
    example: false,
  };
}

export type FieldProblems = Partial<Record<"templates" | "years" | "startYear" | "currency", string>>;

function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/** What is wrong with each field, in the form's language; empty when the form can be sent. */
export function fieldProblems(values: FormValues): FieldProblems {
  const t = STRINGS[values.language];
  const problems: FieldProblems = {};
  if (values.templates.length === 0) problems.templates = t.chooseTemplate;
  const years = wholeNumber(values.years);
  if (years === undefined || years < MIN_YEARS || years > MAX_YEARS) problems.years = t.yearsProblem(values.years);
  const start = wholeNumber(values.startYear);
  if (start === undefined || start < MIN_START_YEAR || start > MAX_START_YEAR)
    problems.startYear = t.startYearProblem(values.startYear, MIN_START_YEAR, MAX_START_YEAR);
  const currency = values.currency.trim();
  if (currency === "") problems.currency = t.currencyBlank;
  else if (currency.length > MAX_CURRENCY_LENGTH) problems.currency = t.currencyTooLong(MAX_CURRENCY_LENGTH);
  else if (/["\\]/.test(currency)) problems.currency = t.currencyCharacters;
  return problems;
}

/** The template options of a form without problems. */
export function templateOptions(values: FormValues): TemplateOptions {
  return {
    language: values.language,
    years: Number(values.years),
    startYear: Number(values.startYear),
    currency: values.currency.trim(),
    example: values.example,
  };
}
