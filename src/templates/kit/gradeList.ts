import { DEFAULT_GRADES, GRADE_MEANINGS, GRADES } from "../../core/evidence";
import type { Language } from "../../core/language";
import { cellAddress, columnLetter, sheetRef } from "./a1";
import { header, help, input } from "./cells";
import type { SheetNames, ValidationSpec } from "./model";
import type { SheetBuilder } from "./sheetBuilder";
import { LIST_HEADER_ROW } from "./listRows";
import { nameOf } from "./sheetTitles";
import { pick, tx } from "./text";
import { nonNegativeValidation, shareValidation } from "./validation";

/**
 * The evidence-grade table on the lists sheet: one row per grade A–D with what the grade means,
 * the optimism-bias haircut taken off a row's present value, and the default spread (±) of the
 * row's assumptions in an analysis. The product's defaults are filled in and can be edited; the
 * impact map's grade drop-down lists the grades from here and its summary looks the haircuts up here.
 */

/** The table the add-in finds the grade table by (writers/excel/readImpactMap.ts reads it). */
export const GRADE_TABLE = "SroiListGrades";

/** First (0-based) column of the table on the lists sheet: grade, meaning, haircut, spread. */
export const GRADE_LIST_COLUMN = 8;

/** Header row of the table (0-based), as the other lists; the grades follow, one per row. */
const HEADER_ROW = LIST_HEADER_ROW;

const GRADE_LIST_TEXT = {
  grade: tx("Evidence grade", "Evidensgrad"),
  meaning: tx("Meaning", "Betydelse"),
  haircut: tx("Optimism-bias haircut", "Avdrag för optimism"),
  spread: tx("Default spread (±)", "Standardspridning (±)"),
  promptTitle: tx("Evidence grade A–D", "Evidensgrad A–D"),
  prompt: tx(
    "A: randomised or register comparison. B: matched comparison, official statistics. C: before–after or estimates from elsewhere. D: judgement, untested assumption. Blank counts as D. Haircuts on the sheet {sheet}.",
    "A: randomiserad eller registerjämförelse. B: matchad jämförelse, officiell statistik. C: före–efter eller skattningar från annat håll. D: bedömning, oprövat antagande. Tom räknas som D. Avdragen på bladet {sheet}.",
  ),
  error: tx("Choose a grade A–D from the list (or leave it blank).", "Välj en grad A–D ur listan (eller lämna tomt)."),
  invalid: tx("Not allowed", "Ej tillåtet"),
  note: tx(
    "Evidence grades: this product's defaults (optimism-bias correction after HM Treasury's Green Book). Change meaning, haircut and spread to your own; keep each letter A–D once.",
    "Evidensgrader: produktens standardvärden (avdrag för optimism enligt HM Treasury's Green Book). Ändra betydelse, avdrag och spridning efter era egna; behåll varje bokstav A–D en gång.",
  ),
};

/**
 * Column widths of the table's four columns: each header's longest word whole (also in
 * LibreOffice's wider fallback font), the meaning wrapped in a few lines.
 */
export const GRADE_LIST_WIDTHS = [12, 44, 15, 19] as const;

/** Absolute ranges on the lists sheet (with its name) of the grades and their haircuts. */
export interface GradeRanges {
  readonly grades: string;
  readonly haircuts: string;
}

function columnRange(names: SheetNames, language: Language, offset: number): string {
  const c = columnLetter(GRADE_LIST_COLUMN + offset);
  return sheetRef(nameOf("lists", names, language), `$${c}$${HEADER_ROW + 2}:$${c}$${HEADER_ROW + 1 + GRADES.length}`);
}

export function gradeRanges(names: SheetNames, language: Language): GradeRanges {
  return { grades: columnRange(names, language, 0), haircuts: columnRange(names, language, 2) };
}

/** The validation source of the grade drop-down: "='Lists'!$I$5:$I$8". */
function gradeListSource(names: SheetNames, language: Language): string {
  return `=${columnRange(names, language, 0)}`;
}

/** The grade column's drop-down: the grades from the table, with a prompt saying what each means. */
export function gradeValidation(range: string, names: SheetNames, language: Language): ValidationSpec {
  const T = GRADE_LIST_TEXT;
  const sheet = nameOf("lists", names, language);
  return {
    range,
    rule: { type: "list", source: gradeListSource(names, language) },
    prompt: { title: pick(T.promptTitle, language), message: pick(T.prompt, language).replace("{sheet}", sheet) },
    error: { title: pick(T.invalid, language), message: pick(T.error, language) },
  };
}

/** Writes the grade table with the product's defaults on the lists sheet. */
export function addGradeTable(sheet: SheetBuilder, language: Language): void {
  const c = GRADE_LIST_COLUMN;
  const T = GRADE_LIST_TEXT;
  sheet.put(HEADER_ROW - 1, c, help(pick(T.note, language)));
  sheet.putRow(
    HEADER_ROW,
    c,
    [T.grade, T.meaning, T.haircut, T.spread].map((t) => header(pick(t, language))),
  );
  GRADES.forEach((grade, i) => {
    const rule = DEFAULT_GRADES[grade];
    sheet.putRow(HEADER_ROW + 1 + i, c, [
      input("text", grade),
      input("text", pick(GRADE_MEANINGS[grade], language)),
      input("percent", rule.haircut.toNumber()),
      input("percent", rule.spread.toNumber()),
    ]);
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + GRADES.length;
  const range = (offset: number): string => `${cellAddress(first, c + offset)}:${cellAddress(last, c + offset)}`;
  sheet.validate(shareValidation(range(2), pick(T.haircut, language), language));
  sheet.validate(nonNegativeValidation(range(3), pick(T.spread, language), language));
  sheet.wrap(first, c + 1, last, c + 1);
  sheet.table(GRADE_TABLE, HEADER_ROW, c, last, c + 3, "TableStyleLight1");
}
