import { LONG_PERIOD_YEARS, OVERCLAIM_WARNINGS, OverclaimWarning, WARNING_TEXTS, WEAK_GRADES } from "../../core/evidence";
import type { Language } from "../../core/language";
import { CAUTION_FILL, CAUTION_FONT, columnLetter, pick, tx, WARNING_FILL } from "../kit";
import type { ConditionalFormatSpec } from "../kit";
import { impactColumn, SOURCE_COLUMNS } from "./impactColumns";

/**
 * The over-claim checks of an impact-map row as sheet formulas: the same rules as the core's
 * overclaimWarnings (core/evidence/warnings.ts), shown in the row's check column after any error,
 * behind "Warning:", so a row that only carries warnings still counts and reads as such. The
 * summary counts the rows carrying each warning by its text in the check column.
 */

export const WARNING_CHECK_TEXT = {
  prefix: tx("Warning: ", "Varning: "),
  unknownGrade: tx(
    "The evidence grade is not one of the grades on the Lists sheet (A–D)",
    "Evidensgraden finns inte bland graderna på bladet Listor (A–D)",
  ),
};

const at = (id: string, row: number): string => `$${columnLetter(impactColumn(id))}${row + 1}`;

/** The condition of each warning for sheet row `row` (0-based), for a row that is valued. */
function conditions(row: number): Record<OverclaimWarning, string> {
  const grade = `TRIM(${at("grade", row)})`;
  const years = `IF(${at("years", row)}="",1,${at("years", row)})`;
  const weak = ["", ...WEAK_GRADES].map((g) => `${grade}="${g}"`).join(",");
  return {
    ungraded: `${grade}=""`,
    noCounterfactual: `AND(${at("deadweight", row)}=0,${at("attribution", row)}=0)`,
    noDropOff: `AND(N(${at("dropOff", row)})=0,${years}>1)`,
    longOnWeakEvidence: `AND(${years}>${LONG_PERIOD_YEARS},OR(${weak}))`,
    noSource: `OR(${SOURCE_COLUMNS.map((id) => `TRIM(${at(id, row)})=""`).join(",")})`,
    noPriceYear: `TRIM(${at("proxyYear", row)})=""`,
  };
}

/** "; text" for each warning the row carries, in OVERCLAIM_WARNINGS order ("" for none). */
function warningList(row: number, language: Language): string {
  const found = conditions(row);
  return OVERCLAIM_WARNINGS.map((w) => `IF(${found[w]},"; ${pick(WARNING_TEXTS[w], language)}","")`).join("&");
}

/**
 * The end of a valued row's check: the error `error` when `when` holds (the row still counts),
 * then "Warning: a; b" for the warnings it carries.
 */
export function warningsTail(row: number, language: Language, when: string, error: string): string {
  const list = warningList(row, language);
  const prefix = pick(WARNING_CHECK_TEXT.prefix, language);
  return `IF(${when},"${error}","")&IF(${list}="","",IF(${when},". ","")&"${prefix}"&MID(${list},3,1000))`;
}

/** The check when the row's grade is none of the grades listed in `grades` (an absolute range). */
export function unknownGradeCondition(row: number, grades: string): string {
  const grade = `TRIM(${at("grade", row)})`;
  return `AND(${grade}<>"",ISNA(MATCH(${grade},${grades},0)))`;
}

/** How many rows' checks in `checks` carry the warning (by its text). */
export function warningCountFormula(checks: string, warning: OverclaimWarning, language: Language): string {
  return `=COUNTIF(${checks},"*${pick(WARNING_TEXTS[warning], language)}*")`;
}

/**
 * The check column's fills: an error (the row is not valued as written) in the warning colour, a
 * row that only carries warnings in amber. The two rules never both hold.
 */
export function checkShading(range: string, topLeft: string, language: Language): ConditionalFormatSpec[] {
  const prefix = pick(WARNING_CHECK_TEXT.prefix, language);
  const warningOnly = `LEFT(${topLeft},${prefix.length})="${prefix}"`;
  return [
    { type: "formula", range, formula: `=AND(LEN(${topLeft})>0,NOT(${warningOnly}))`, fill: WARNING_FILL },
    { type: "formula", range, formula: `=${warningOnly}`, fill: CAUTION_FILL, fontColor: CAUTION_FONT },
  ];
}
