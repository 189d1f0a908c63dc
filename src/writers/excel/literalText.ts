/**
 * Text that Excel would not keep as text when it is written through `formulas` or `values`.
 * Excel parses a string written to a cell as if it were typed: "=x" becomes a formula, "1E5" the
 * number 100 000, "(5)" is -5, "$5" five dollars, "#N/A" the error value, "1/2" a date, "TRUE" a
 * boolean, "  12 " the number 12, "50%" 0.5, and in a Swedish Excel "1,5" and "5 kr" are numbers
 * and "SANT" is TRUE. The parse follows the user's locale, which the add-in does not know, so the
 * test here is deliberately wide: a leading apostrophe (which Excel drops, keeping the rest as
 * text, and which `values` and `formulas` never show) is harmless on text that Excel would have
 * kept anyway, while a missing one changes what the user typed.
 *
 * Text needs the apostrophe when, trimmed or not, it
 * - starts with = + - @ # or ' (a formula, an error value, or an apostrophe Excel would drop);
 * - is a boolean in one of Excel's languages (TRUE, SANT, WAHR, VRAI…);
 * - holds a digit, unless one of its words is a word no number, date or time can hold (a word of
 *   three letters or more that is not a month's name or abbreviation): "Year 1" and "1 låg" stay
 *   as they are, "1E5", "5 kr", "3 mar", "10 AM", "2026" get the apostrophe.
 */

const LEADING = /^[=+\-@#']/;

const BOOLEANS = new Set([
  "true",
  "false",
  "sant",
  "falskt",
  "wahr",
  "falsch",
  "vrai",
  "faux",
  "verdadero",
  "falso",
  "vero",
  "waar",
  "onwaar",
  "sand",
  "falsk",
  "sann",
  "usann",
  "tosi",
  "epätosi",
  "verdadeiro",
  "prawda",
  "fałsz",
]);

/** Month names and their abbreviations in the languages Excel most often runs in here. */
const MONTHS = new Set(
  [
    // English, Swedish, Danish, Norwegian
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "januari februari mars maj juni juli augusti oktober okt januar februar marts august oktober desember december des dez",
    // German, French, Spanish, Italian, Dutch, Portuguese
    "märz mär mai dezember janv févr fév avr juin juil août aoû déc janvier février avril juillet",
    "ene enero febrero marzo abr abril mayo junio julio agosto septiembre set octubre noviembre dic diciembre",
    "gen gennaio febbraio aprile maggio mag giugno giu luglio lug ago settembre ott ottobre novembre dicembre",
    "maart mei juni augustus okt",
    "janeiro fevereiro março abril maio junho julho setembro outubro out novembro dezembro",
  ]
    .join(" ")
    .split(" "),
);

/** True when Excel might read `text`, written to a cell, as anything but that exact text. */
function needsApostrophe(text: string): boolean {
  if (text === "") return false;
  const trimmed = text.trim();
  if (LEADING.test(text) || LEADING.test(trimmed)) return true;
  const lower = trimmed.toLocaleLowerCase();
  if (BOOLEANS.has(lower)) return true;
  if (!/\p{Nd}/u.test(text)) return false;
  const words = lower.match(/\p{L}+/gu) ?? [];
  return !words.some((word) => word.length >= 3 && !MONTHS.has(word));
}

/** What to write through `formulas` for text, so the cell holds exactly that text. */
export function literalText(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}
