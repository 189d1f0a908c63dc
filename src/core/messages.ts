import { ErrorDetail, Given, Range, SroiError } from "./errors";
import { argumentName } from "./argumentNames";
import { Language } from "./language";

/**
 * Every error message of the core, in English and Swedish, in one place. A message names the
 * argument, says what was given and what is allowed.
 */
export function errorMessage(error: SroiError, language: Language): string {
  return (language === "sv" ? swedish : english)(error.detail, (a) => argumentName(a, language), language);
}

type Render = (detail: ErrorDetail, name: (argument: string) => string, language: Language) => string;

const english: Render = (d, name, lang) => {
  switch (d.kind) {
    case "required": return `${name(d.argument)} is required but was blank.`;
    case "notNumber": return `${name(d.argument)} must be a number; got ${shown(d.given, lang)}.`;
    case "notFinite": return `${name(d.argument)} must be a finite number; got ${shown(d.given, lang)}.`;
    case "outOfRange": return `${name(d.argument)} is ${shown(d.given, lang)}; allowed: ${interval(d.allowed, lang)}.`;
    case "percentLike": return `${name(d.argument)} is ${shown(d.given, lang)}: rates are fractions, so enter ${fraction(d.given, lang)} for ${shown(d.given, lang)} % (allowed: ${interval(d.allowed, lang)}).`;
    case "notInteger": return `${name(d.argument)} must be a whole number; got ${shown(d.given, lang)} (allowed: ${interval(d.allowed, lang)}).`;
    case "count": return `${name(d.argument)} needs exactly ${d.expected} values; got ${d.given}.`;
    case "shape": return `${name(d.argument)} has ${d.rows} × ${d.columns} cells; expected a ${d.expected === "yearIndexColumns" ? "range of two columns, year and index value" : d.expected}.`;
    case "empty": return `${name(d.argument)} is an empty range; give at least one value.`;
    case "mismatch": return `${name(d.argument)} has ${d.given} values; expected ${d.expected}.`;
    case "sumMismatch": return `${name(d.argument)} adds up to ${shown(d.given, lang)}; it must equal ${d.of === undefined ? "" : `${name(d.of)}, `}${shown(d.expected, lang)}.`;
    case "unknownName": return `${name(d.argument)} "${String(d.given)}" is not known; use one of: ${d.allowed.join(", ")}.`;
    case "zeroInvestment": return `${name(d.argument)} is zero: a ratio needs an investment above 0.`;
    case "noPayback": return d.years === null
      ? "Does not pay back: the value never covers the investment."
      : `Does not pay back within ${d.years} ${d.years === 1 ? "year" : "years"}.`;
    case "noSolution": return `No value of ${name(d.argument)} between ${d.low} and ${d.high} makes the value equal the investment.`;
    case "yearNotInIndex": return `${name(d.argument)} ${d.given} is not in the price index; it has the years ${d.available}.`;
    case "duplicateYear": return `${name(d.argument)} lists the year ${d.given} twice; give each year once.`;
    case "tooLarge": return "The result is too large for Excel (beyond ±1.8 × 10^308).";
    case "unexpected": return "The calculation could not be completed with these arguments; check that each one is a number or a range of numbers.";
  }
};

const swedish: Render = (d, name, lang) => {
  switch (d.kind) {
    case "required": return `${name(d.argument)} måste anges men är tom.`;
    case "notNumber": return `${name(d.argument)} måste vara ett tal; fick ${shown(d.given, lang)}.`;
    case "notFinite": return `${name(d.argument)} måste vara ett ändligt tal; fick ${shown(d.given, lang)}.`;
    case "outOfRange": return `${name(d.argument)} är ${shown(d.given, lang)}; tillåtet: ${interval(d.allowed, lang)}.`;
    case "percentLike": return `${name(d.argument)} är ${shown(d.given, lang)}: andelar och räntor anges i decimalform, skriv ${fraction(d.given, lang)} för ${shown(d.given, lang)} % (tillåtet: ${interval(d.allowed, lang)}).`;
    case "notInteger": return `${name(d.argument)} måste vara ett heltal; fick ${shown(d.given, lang)} (tillåtet: ${interval(d.allowed, lang)}).`;
    case "count": return `${name(d.argument)} behöver exakt ${d.expected} värden; fick ${d.given}.`;
    case "shape": return `${name(d.argument)} har ${d.rows} × ${d.columns} celler; väntade ${d.expected === "rectangle" ? "ett rektangulärt område" : d.expected === "yearIndexColumns" ? "ett område med två kolumner, år och indexvärde" : d.expected}.`;
    case "empty": return `${name(d.argument)} är ett tomt område; ange minst ett värde.`;
    case "mismatch": return `${name(d.argument)} har ${d.given} värden; väntade ${d.expected}.`;
    case "sumMismatch": return `${name(d.argument)} summerar till ${shown(d.given, lang)}; summan ska vara ${d.of === undefined ? "" : `${name(d.of)}, `}${shown(d.expected, lang)}.`;
    case "unknownName": return `${name(d.argument)} "${String(d.given)}" är okänt; använd något av: ${d.allowed.join(", ")}.`;
    case "zeroInvestment": return `${name(d.argument)} är noll: en kvot kräver en investering över 0.`;
    case "noPayback": return d.years === null
      ? "Återbetalas inte: värdet täcker aldrig investeringen."
      : `Återbetalas inte inom ${d.years} år.`;
    case "noSolution": return `Inget värde på ${name(d.argument)} mellan ${d.low} och ${d.high} gör att värdet blir lika med investeringen.`;
    case "yearNotInIndex": return `${name(d.argument)} ${d.given} finns inte i prisindexet; det har åren ${d.available}.`;
    case "duplicateYear": return `${name(d.argument)} har året ${d.given} två gånger; ange varje år en gång.`;
    case "tooLarge": return "Resultatet är för stort för Excel (utanför ±1,8 × 10^308).";
    case "unexpected": return "Beräkningen kunde inte göras med dessa argument; kontrollera att vart och ett är ett tal eller ett område med tal.";
  }
};

function shown(given: Given, language: Language): string {
  if (given === null || given === undefined) return language === "sv" ? "tomt" : "blank";
  if (typeof given === "string") return `"${given}"`;
  if (typeof given === "boolean") return language === "sv" ? (given ? "SANT" : "FALSKT") : given ? "TRUE" : "FALSE";
  if (typeof given === "number") return language === "sv" ? String(given).replace(".", ",") : String(given);
  return String(given);
}

function fraction(given: Given, language: Language): string {
  return typeof given === "number" ? shown(Number((given / 100).toPrecision(12)), language) : "?";
}

function interval(range: Range, language: Language): string {
  const n = (x: number) => shown(x, language);
  const { min, max, minExclusive, maxExclusive } = range;
  if (min !== undefined && max !== undefined) return `${minExclusive ? "(" : "["}${n(min)}${language === "sv" ? "; " : ", "}${n(max)}${maxExclusive ? ")" : "]"}`;
  if (min !== undefined) return `${minExclusive ? ">" : "≥"} ${n(min)}`;
  if (max !== undefined) return `${maxExclusive ? "<" : "≤"} ${n(max)}`;
  return language === "sv" ? "alla tal" : "any number";
}
