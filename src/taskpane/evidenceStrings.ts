import { Bilingual, byLanguage, tx } from "../core/i18n";
import type { Language } from "../core/language";

/**
 * The analysis panel's texts about evidence grades, in English and Swedish: where each
 * assumption's low and high come from, how the tornado moves, and the checks against
 * over-claiming shown before a run.
 */
export interface EvidenceStrings {
  readonly movesLabel: string;
  readonly toRanges: string;
  readonly toRangesHint: string;
  readonly byStep: string;
  readonly byStepHint: string;
  readonly rateStepLabel: string;
  readonly rateStepHint: string;
  readonly spreadsHelp: string;
  readonly fromGrade: string;
  readonly fixed: string;
  readonly pairGradeProblem: string;
  readonly gradesHeading: string;
  readonly gradesHelp: string;
  /** "A: ±10 % on 2 rows". */
  readonly gradeLine: (grade: string, spread: string, rows: number) => string;
  /** "D: ±50 % on 3 rows, 2 of them without a grade". */
  readonly gradeLineUngraded: (grade: string, spread: string, rows: number, ungraded: number) => string;
  readonly noGradesTitle: string;
  readonly noGrades: (grade: string, spread: string) => string;
  readonly ownSpreads: (count: number) => string;
  /** The title over the warnings: how many rows carry one. */
  readonly warningsTitle: (rows: number) => string;
  readonly warningsHelp: string;
  /** "3 rows" after a warning. */
  readonly rowCount: (count: number) => string;
  /** A link to a row: "Row 7: Fewer nights in hospital". */
  readonly rowLink: (sheetRow: number, outcome: string) => string;
  readonly moreRows: (count: number) => string;
  readonly tornadoDescription: (base: string) => string;
  readonly tornadoDown: string;
  readonly tornadoUp: string;
}

const TEXTS: Bilingual<EvidenceStrings> = {
  movesLabel: tx("Move each assumption", "Flytta varje antagande"),
  toRanges: tx("To its low and high", "Till sitt låga och höga värde"),
  toRangesHint: tx(
    "The same low and high as the uncertainty analysis: from each row's evidence grade unless you set your own",
    "Samma låga och höga värden som osäkerhetsanalysen: från varje rads evidensgrad om du inte anger egna",
  ),
  byStep: tx("By a step", "Med ett steg"),
  byStepHint: tx(
    "Every value down and up by the same share, whatever its evidence",
    "Varje värde ned och upp med samma andel, oavsett evidens",
  ),
  rateStepLabel: tx("Step for the discount rate (%)", "Steg för diskonteringsräntan (%)"),
  rateStepHint: tx(
    "The discount rate has no evidence grade: it moves by this share of itself unless you give it a low and high",
    "Diskonteringsräntan har ingen evidensgrad: den flyttas med den här andelen av sig själv om du inte ger den lågt och högt",
  ),
  spreadsHelp: tx(
    "In % below and above each row's value, which is the likely value, for every row. Leave both blank to take each row's spread from its evidence grade (a row without a grade counts as D); 0 and 0 keeps an assumption fixed. The discount rate has no grade: blank keeps it fixed.",
    "I % under och över varje rads värde, som är det troliga värdet, för alla rader. Lämna båda tomma för att ta varje rads spridning från dess evidensgrad (en rad utan grad räknas som D); 0 och 0 håller ett antagande fast. Diskonteringsräntan har ingen grad: tomt håller den fast.",
  ),
  fromGrade: tx("from grade", "från grad"),
  fixed: tx("fixed", "fast"),
  pairGradeProblem: tx(
    "Enter both low and high, or leave both blank to take the spread from each row's evidence grade.",
    "Ange både lågt och högt, eller lämna båda tomma för att ta spridningen från varje rads evidensgrad.",
  ),
  gradesHeading: tx("Low and high from the evidence grades", "Lågt och högt från evidensgraderna"),
  gradesHelp: tx(
    "Each row's value ± its grade's spread, from the workbook's grade table:",
    "Varje rads värde ± gradens spridning, enligt arbetsbokens tabell över evidensgrader:",
  ),
  gradeLine: (grade, spread, rows) =>
    tx(`${grade}: ±${spread} on ${rows} ${rows === 1 ? "row" : "rows"}`, `${grade}: ±${spread} på ${rows} ${rows === 1 ? "rad" : "rader"}`),
  gradeLineUngraded: (grade, spread, rows, ungraded) =>
    tx(
      `${grade}: ±${spread} on ${rows} ${rows === 1 ? "row" : "rows"}, ${ungraded} of them without a grade`,
      `${grade}: ±${spread} på ${rows} ${rows === 1 ? "rad" : "rader"}, varav ${ungraded} utan grad`,
    ),
  noGradesTitle: tx("No row has an evidence grade", "Ingen rad har en evidensgrad"),
  noGrades: (grade, spread) =>
    tx(
      `Every row counts as grade ${grade}, so each assumption moves ±${spread} around its value: a wide range. Grade the rows in the impact map's Evidence grade column, or set your own low and high under Advanced settings.`,
      `Alla rader räknas som grad ${grade}, så varje antagande flyttas ±${spread} kring sitt värde: ett brett intervall. Ange grader i effektkartans kolumn Evidensgrad, eller ange egna låga och höga värden under Avancerade inställningar.`,
    ),
  ownSpreads: (count) =>
    tx(
      `Your own low and high replace the grades for ${count} ${count === 1 ? "assumption" : "assumptions"}.`,
      `Dina egna låga och höga värden ersätter graderna för ${count} ${count === 1 ? "antagande" : "antaganden"}.`,
    ),
  warningsTitle: (rows) =>
    tx(
      `Checks against over-claiming: ${rows} ${rows === 1 ? "row has" : "rows have"} warnings`,
      `Kontroller mot överskattning: ${rows} ${rows === 1 ? "rad har" : "rader har"} varningar`,
    ),
  warningsHelp: tx(
    "Warnings, not errors: every row still counts and you can run the analysis. Select a row to look at it on the impact map.",
    "Varningar, inte fel: alla rader räknas och du kan köra analysen. Välj en rad för att se den i effektkartan.",
  ),
  rowCount: (count) => tx(`${count} ${count === 1 ? "row" : "rows"}`, `${count} ${count === 1 ? "rad" : "rader"}`),
  rowLink: (sheetRow, outcome) =>
    tx(
      outcome === "" ? `Row ${sheetRow}` : `Row ${sheetRow}: ${outcome}`,
      outcome === "" ? `Rad ${sheetRow}` : `Rad ${sheetRow}: ${outcome}`,
    ),
  moreRows: (count) => tx(`and ${count} more`, `och ${count} till`),
  tornadoDescription: (base) =>
    tx(
      `Bars from the ratio ${base}: each assumption at its low and at its high, the widest first.`,
      `Staplar från kvoten ${base}: varje antagande på sitt låga och sitt höga värde, det som flyttar mest först.`,
    ),
  tornadoDown: tx("low", "lågt"),
  tornadoUp: tx("high", "högt"),
};

/** The texts by language. */
export const EVIDENCE_STRINGS: Readonly<Record<Language, EvidenceStrings>> = byLanguage(TEXTS);
