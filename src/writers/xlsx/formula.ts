/**
 * Formulas as the .xlsx file stores them. The template model writes English formulas with a
 * leading "="; the file stores them without it, and functions added to Excel after 2007 carry the
 * `_xlfn.` prefix (without it Excel shows #NAME? until the cell is edited). Office.js adds the
 * prefix itself, so only this writer needs it.
 */

/** Functions newer than Excel 2007 that a template might use (Excel 2016 and LibreOffice know them). */
const FUTURE_FUNCTIONS = [
  "AGGREGATE",
  "CEILING.MATH",
  "CONCAT",
  "DAYS",
  "FLOOR.MATH",
  "FORMULATEXT",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOWEEKNUM",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "NUMBERVALUE",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "RRI",
  "SHEET",
  "SHEETS",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "VAR.P",
  "VAR.S",
  "XOR",
];

const FUTURE_CALL = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(/\./g, "\\.")).join("|")})\\(`, "gi");

/** Text in double quotes and quoted sheet names: never rewritten. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/** Applies `rewrite` to the parts of a formula outside quotes. */
function outsideQuotes(formula: string, rewrite: (part: string) => string): string {
  return formula
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

/** A model formula ("=IFNA(A1,0)") as stored in the file ("_xlfn.IFNA(A1,0)"). */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return outsideQuotes(body, (part) => part.replace(FUTURE_CALL, (_all, name: string) => `_xlfn.${name.toUpperCase()}(`));
}

/** A formula read back from a file in the model's form: "=" in front, no `_xlfn.` prefixes. */
export function modelFormula(stored: string): string {
  return `=${outsideQuotes(stored, (part) => part.replace(/_xlfn\./gi, ""))}`;
}
