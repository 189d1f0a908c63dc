import { ErrorDetail, Given, Range, SroiError } from "./errors";
import { argumentName } from "./fieldNames";
import { errorValueText } from "./errorValues";
import { Text, pick, tx } from "./i18n";
import { Language } from "./language";

/**
 * Every error message of the core, in English and Swedish, in one place. A message names the
 * argument, says what was given and what is allowed.
 */
export function errorMessage(error: SroiError, language: Language): string {
  return errorMessageNaming(error, language, (a) => argumentName(a, language));
}

/** The message with the argument named by `name`: the custom functions name only their own arguments. */
export function errorMessageNaming(error: SroiError, language: Language, name: (argument: string) => string): string {
  return pick(render(error.detail, name, language), language);
}

/** Each message in both languages, side by side; names and numbers are already in `lang`. */
const render = (d: ErrorDetail, name: (argument: string) => string, lang: Language): Text => {
  switch (d.kind) {
    case "required":
      return tx(`${name(d.argument)} is required but was blank.`, `${name(d.argument)} måste anges men är tom.`);
    case "notNumber":
      return tx(
        `${name(d.argument)} must be a number; got ${shown(d.given, lang)}.`,
        `${name(d.argument)} måste vara ett tal; fick ${shown(d.given, lang)}.`,
      );
    case "notFinite":
      return tx(
        `${name(d.argument)} must be a finite number; got ${shown(d.given, lang)}.`,
        `${name(d.argument)} måste vara ett ändligt tal; fick ${shown(d.given, lang)}.`,
      );
    case "outOfRange":
      return tx(
        `${name(d.argument)} is ${shown(d.given, lang)}; allowed: ${interval(d.allowed, lang)}.`,
        `${name(d.argument)} är ${shown(d.given, lang)}; tillåtet: ${interval(d.allowed, lang)}.`,
      );
    case "percentLike":
      return tx(
        `${name(d.argument)} is ${shown(d.given, lang)}: rates are fractions, so enter ${fraction(d.given, lang)} for ${shown(d.given, lang)} % (allowed: ${interval(d.allowed, lang)}).`,
        `${name(d.argument)} är ${shown(d.given, lang)}: andelar och räntor anges i decimalform, skriv ${fraction(d.given, lang)} för ${shown(d.given, lang)} % (tillåtet: ${interval(d.allowed, lang)}).`,
      );
    case "notInteger":
      return tx(
        `${name(d.argument)} must be a whole number; got ${shown(d.given, lang)} (allowed: ${interval(d.allowed, lang)}).`,
        `${name(d.argument)} måste vara ett heltal; fick ${shown(d.given, lang)} (tillåtet: ${interval(d.allowed, lang)}).`,
      );
    case "count":
      return tx(
        `${name(d.argument)} needs exactly ${d.expected} values; got ${d.given}.`,
        `${name(d.argument)} behöver exakt ${d.expected} värden; fick ${d.given}.`,
      );
    case "shape":
      return tx(
        `${name(d.argument)} has ${d.rows} × ${d.columns} cells; expected a ${d.expected === "yearIndexColumns" ? "range of two columns, year and index value" : d.expected}.`,
        `${name(d.argument)} har ${d.rows} × ${d.columns} celler; väntade ${d.expected === "rectangle" ? "ett rektangulärt område" : d.expected === "yearIndexColumns" ? "ett område med två kolumner, år och indexvärde" : d.expected}.`,
      );
    case "empty":
      return tx(
        `${name(d.argument)} is an empty range; give at least one value.`,
        `${name(d.argument)} är ett tomt område; ange minst ett värde.`,
      );
    case "mismatch":
      return tx(
        `${name(d.argument)} has ${d.given} values; expected ${d.expected}.`,
        `${name(d.argument)} har ${d.given} värden; väntade ${d.expected}.`,
      );
    case "sumMismatch":
      return tx(
        `${name(d.argument)} adds up to ${shown(d.given, lang)}; it must equal ${d.of === undefined ? "" : `${name(d.of)}, `}${shown(d.expected, lang)}.`,
        `${name(d.argument)} summerar till ${shown(d.given, lang)}; summan ska vara ${d.of === undefined ? "" : `${name(d.of)}, `}${shown(d.expected, lang)}.`,
      );
    case "unknownName":
      return tx(
        `${name(d.argument)} ${shown(String(d.given), lang)} is not known; use one of: ${d.allowed.join(", ")}.`,
        `${name(d.argument)} ${shown(String(d.given), lang)} är okänt; använd något av: ${d.allowed.join(", ")}.`,
      );
    case "zeroInvestment":
      return tx(
        `${name(d.argument)} is zero: a ratio needs an investment above 0.`,
        `${name(d.argument)} är noll: en kvot kräver en investering över 0.`,
      );
    case "estimateCells":
      return tx(
        `${name(d.argument)} is a range of ${d.given} cells; give one value, or three in a row or a column (low, likely, high).`,
        `${name(d.argument)} är ett område med ${d.given} celler; ange ett värde, eller tre i en rad eller kolumn (lägsta, troligaste, högsta).`,
      );
    case "estimateOrder":
      return tx(
        `${name(d.argument)} is low ${shown(d.low, lang)}, likely ${shown(d.likely, lang)}, high ${shown(d.high, lang)}; allowed: low ≤ likely ≤ high.`,
        `${name(d.argument)} är lägsta ${shown(d.low, lang)}, troligaste ${shown(d.likely, lang)}, högsta ${shown(d.high, lang)}; tillåtet: lägsta ≤ troligaste ≤ högsta.`,
      );
    case "allZero":
      return tx(
        `Every ${name(d.argument)} is 0 or blank; give at least one a value above 0.`,
        `Varje ${name(d.argument)} är 0 eller tom; ge minst en ett värde över 0.`,
      );
    case "noPayback":
      return tx(
        d.years === null
          ? "Does not pay back: the value never covers the investment."
          : `Does not pay back within ${d.years} ${d.years === 1 ? "year" : "years"}.`,
        d.years === null ? "Återbetalas inte: värdet täcker aldrig investeringen." : `Återbetalas inte inom ${d.years} år.`,
      );
    case "noSolution":
      return tx(
        `No value of ${name(d.argument)} between ${d.low} and ${d.high} makes the value equal the investment.`,
        `Inget värde på ${name(d.argument)} mellan ${d.low} och ${d.high} gör att värdet blir lika med investeringen.`,
      );
    case "errorValue":
      return tx(
        `${name(d.argument)} holds the error ${errorValueText(d.error, lang)}; it is passed on, as Excel's own functions do. Correct the cell it comes from.`,
        `${name(d.argument)} innehåller felet ${errorValueText(d.error, lang)}; det förs vidare, som Excels egna funktioner gör. Rätta cellen det kommer från.`,
      );
    case "yearNotInIndex":
      return tx(
        `${name(d.argument)} ${d.given} is not in the price index; it has the years ${d.available}.`,
        `${name(d.argument)} ${d.given} finns inte i prisindexet; det har åren ${d.available}.`,
      );
    case "duplicateYear":
      return tx(
        `${name(d.argument)} lists the year ${d.given} twice; give each year once.`,
        `${name(d.argument)} har året ${d.given} två gånger; ange varje år en gång.`,
      );
    case "tooLarge":
      return tx("The result is too large for Excel (beyond ±1.8 × 10^308).", "Resultatet är för stort för Excel (utanför ±1,8 × 10^308).");
    case "unexpected":
      return tx(
        "The calculation could not be completed with these arguments; check that each one is a number or a range of numbers.",
        "Beräkningen kunde inte göras med dessa argument; kontrollera att vart och ett är ett tal eller ett område med tal.",
      );
  }
};

/** The most characters of a given text a message echoes; longer text is cut with an ellipsis. */
const ECHO_LIMIT = 60;

function shown(given: Given, language: Language): string {
  if (given === null || given === undefined) return language === "sv" ? "tomt" : "blank";
  if (typeof given === "string") return `"${cut(given)}"`;
  if (typeof given === "boolean") return language === "sv" ? (given ? "SANT" : "FALSKT") : given ? "TRUE" : "FALSE";
  if (typeof given === "number") return language === "sv" ? String(given).replace(".", ",") : String(given);
  return cut(String(given));
}

/** Text as echoed: at most ECHO_LIMIT characters (whole code points), the cut marked with "…". */
function cut(text: string): string {
  if (text.length <= ECHO_LIMIT) return text;
  const head = Array.from(text.slice(0, 2 * ECHO_LIMIT)); // a code point is at most two units
  if (head.length <= ECHO_LIMIT && text.length <= 2 * ECHO_LIMIT) return text;
  return `${head.slice(0, ECHO_LIMIT - 1).join("")}…`;
}

function fraction(given: Given, language: Language): string {
  return typeof given === "number" ? shown(Number((given / 100).toPrecision(12)), language) : "?";
}

function interval(range: Range, language: Language): string {
  const n = (x: number) => shown(x, language);
  const { min, max, minExclusive, maxExclusive } = range;
  if (min !== undefined && max !== undefined)
    return `${minExclusive ? "(" : "["}${n(min)}${language === "sv" ? "; " : ", "}${n(max)}${maxExclusive ? ")" : "]"}`;
  if (min !== undefined) return `${minExclusive ? ">" : "≥"} ${n(min)}`;
  if (max !== undefined) return `${maxExclusive ? "<" : "≤"} ${n(max)}`;
  return language === "sv" ? "alla tal" : "any number";
}
