import { errorMessage } from "../../../core/messages";
import type { Language } from "../../../core/language";
import type { CappedRow, ImpactReadProblem, SkippedRow } from "./impactRead";
import { fill, pick, picker, tx } from "../../kit";

/** What the impact-map reader reports, in both languages. */

const T = {
  missingColumns: tx(
    "The impact map lacks the column(s) {columns}. Restore their headers, or create a new impact map.",
    "Effektkartan saknar kolumnen/kolumnerna {columns}. Återställ rubrikerna eller skapa en ny effektkarta.",
  ),
  missingSummary: tx(
    'No row labelled "{what}" was found in the first column under the impact map\'s table. Restore the label, or move the summary back under the table.',
    'Ingen rad med texten "{what}" finns i första kolumnen under effektkartans tabell. Återställ texten eller flytta tillbaka sammanfattningen under tabellen.',
  ),
  badSummary: tx("{what}: {message}", "{what}: {message}"),
  badGrades: tx(
    "The evidence-grade table on the Lists sheet cannot be read: {message}. Give each grade A–D once, with a haircut from 0 % to 100 % and a spread of 0 % or more.",
    "Tabellen över evidensgrader på bladet Listor går inte att läsa: {message}. Ange varje grad A–D en gång, med ett avdrag från 0 % till 100 % och en spridning på 0 % eller mer.",
  ),
  noRows: tx(
    "The impact map has no row that can be valued: fill in quantity, the four shares and the proxy in at least one row.",
    "Effektkartan har ingen rad som kan värderas: fyll i antal, de fyra andelarna och proxy på minst en rad.",
  ),
  noRowsSkipped: tx(
    "None of the {count} filled-in rows of the impact map can be valued; see the reasons below.",
    "Ingen av effektkartans {count} ifyllda rader kan värderas; se orsakerna nedan.",
  ),
  skipped: tx('Row {row}{label}, column "{column}": {message}', 'Rad {row}{label}, kolumn "{column}": {message}'),
  capped: tx(
    "Row {row}: the benefit period of {given} years is longer than the map's {years} year columns; counted as {years} years, as the sheet does.",
    "Rad {row}: nyttoperioden på {given} år är längre än kartans {years} årskolumner; räknas som {years} år, som bladet gör.",
  ),
};

/** Why the map could not be read. */
export function impactReadProblemText(problem: ImpactReadProblem, language: Language): string {
  const p = picker(language);
  switch (problem.kind) {
    case "missingColumns":
      return fill(p(T.missingColumns), { columns: problem.columns.map((c) => `"${pick(c, language)}"`).join(", ") });
    case "missingSummary":
      return fill(p(T.missingSummary), { what: pick(problem.what, language) });
    case "badSummary":
      return fill(p(T.badSummary), { what: pick(problem.what, language), message: errorMessage(problem.error, language) });
    case "badGrades":
      return fill(p(T.badGrades), { message: errorMessage(problem.error, language) });
    case "noRows":
      return problem.skipped.length === 0 ? p(T.noRows) : fill(p(T.noRowsSkipped), { count: problem.skipped.length });
  }
}

/** Where a skipped row is and why it was skipped. */
export function skippedRowText(row: SkippedRow, language: Language): string {
  const label = row.label === "" ? "" : ` (${row.label})`;
  return fill(pick(T.skipped, language), { row: row.sheetRow, label, column: row.column, message: errorMessage(row.error, language) });
}

/** A row whose benefit period was cut to the map's year columns. */
export function cappedRowText(row: CappedRow, language: Language): string {
  return fill(pick(T.capped, language), { row: row.sheetRow, given: row.given, years: row.years });
}
