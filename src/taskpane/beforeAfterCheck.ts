import { errorMessage, SroiError } from "../core";
import { argumentName } from "../core/fieldNames";
import { LANGUAGES, Language } from "../core/language";
import { BeforeAfterResult, evaluateBeforeAfter, validateBeforeAfter } from "../core/actors";
import { compareSummary, SummaryCheck } from "../templates/beforeAfter";
import { readBeforeAfterSheet } from "../templates/beforeAfter";
import { explains, ReadProblem, SheetPlace } from "../templates/beforeAfter";
import { BEFORE_AFTER_TABLES, fixedRowLabel } from "../templates/beforeAfter";
import { beforeAfterTableName } from "../templates/kit";
import type { BeforeAfterCells } from "../workbook/ports";
import { BEFORE_AFTER_STRINGS } from "./beforeAfterStrings";
import { plainMessage } from "./plainProblem";

/**
 * The before/after check the pane runs on what was read from the workbook, as pure functions: the
 * sheet read back, every problem found (the reader's and the core's, each once, in sheet order) or
 * the split by actor with the comparison against the sheet's own results; and the problems' texts.
 */

/** A problem on the sheet: something the reader could not read, or an input the core rejects. */
export type SheetProblem =
  | { readonly source: "sheet"; readonly problem: ReadProblem }
  | { readonly source: "core"; readonly error: SroiError; readonly place: SheetPlace | undefined };

export type CheckOutcome =
  | { readonly kind: "problems"; readonly sheet: string; readonly problems: readonly SheetProblem[] }
  | {
      readonly kind: "results";
      readonly sheet: string;
      readonly result: BeforeAfterResult;
      readonly summary: SummaryCheck;
      readonly currency?: string;
    };

function argumentOf(error: SroiError): string {
  return "argument" in error.detail ? error.detail.argument : "";
}

/** Where a problem is on the sheet, when known. */
function problemPlace(problem: SheetProblem): SheetPlace | undefined {
  if (problem.source === "core") return problem.place;
  return problem.problem.kind === "errorValue" ? problem.problem.place : { table: problem.problem.table };
}

/** Sheet order: by table as the sheet shows them, then by row (the table as a whole first); unplaced last. */
function order(problem: SheetProblem): number {
  const place = problemPlace(problem);
  if (place === undefined) return Number.MAX_SAFE_INTEGER;
  return BEFORE_AFTER_TABLES.indexOf(place.table) * 1_000_000 + (place.row ?? 0);
}

/**
 * Reads the tables, validates every part of the input and, when nothing is wrong, splits it by
 * actor and compares with the sheet's Summary. A core error on a field the reader already reported
 * (a missing table, a missing row, an error value) is left out. `currency` (the sheet's, when known)
 * goes with the results. Errors other than SroiError are thrown.
 */
export function checkBeforeAfterCells(cells: BeforeAfterCells, currency?: string): CheckOutcome {
  const reading = readBeforeAfterSheet(cells);
  const validation = validateBeforeAfter(reading.input);
  const rejected = validation.ok ? [] : validation.errors.filter((e) => !reading.problems.some((p) => explains(p, argumentOf(e))));
  const problems: SheetProblem[] = [
    ...reading.problems.map((problem): SheetProblem => ({ source: "sheet", problem })),
    ...rejected.map((error): SheetProblem => ({ source: "core", error, place: reading.placeOf(argumentOf(error)) })),
  ];
  if (problems.length > 0 || !validation.ok) {
    const sorted = problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => order(a) - order(b) || i - j);
    return { kind: "problems", sheet: cells.sheet, problems: sorted.map(([p]) => p) };
  }
  let result: BeforeAfterResult;
  try {
    result = evaluateBeforeAfter(validation.model);
  } catch (error) {
    if (!(error instanceof SroiError)) throw error;
    return { kind: "problems", sheet: cells.sheet, problems: [{ source: "core", error, place: undefined }] };
  }
  return {
    kind: "results",
    sheet: cells.sheet,
    result,
    summary: compareSummary(reading.summary, result),
    ...(currency === undefined ? {} : { currency }),
  };
}

/** A place as the pane writes it: "Participants, row 3 (Young adults 19–29)" / "Deltagare, rad 3 (…)". */
function placeText(place: SheetPlace, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language];
  const row = place.row === undefined ? "" : `, ${t.row(place.row)}`;
  return `${t.sections[place.table]}${row}${place.label === undefined ? "" : ` (${place.label})`}`;
}

/** The message of a problem in a language: the core's, in plain words when about one cell (see plainProblem.ts), or the reader's. */
function problemMessage(problem: SheetProblem, language: Language): string {
  if (problem.source === "core")
    return problem.place?.cell !== undefined ? plainMessage(problem.error, language) : errorMessage(problem.error, language);
  const t = BEFORE_AFTER_STRINGS[language];
  const p = problem.problem;
  switch (p.kind) {
    case "missingTable":
      return t.missingTable(beforeAfterTableName(p.table));
    case "columns":
      return t.columns(p.found, p.expected);
    case "missingRow": {
      const labels = [language, ...LANGUAGES.filter((l) => l !== language)].map((l) => fixedRowLabel(p.table, p.row, l));
      return t.missingRow([...new Set(labels)]);
    }
    case "errorValue":
      return t.errorValue(argumentName(p.field, language), p.error);
  }
}

/** A problem's place, its cell when known ("B35") and its message, for the list. */
export function problemTexts(
  problem: SheetProblem,
  language: Language,
): { readonly place: string | undefined; readonly cell: string | undefined; readonly message: string } {
  const place = problemPlace(problem);
  return {
    place: place === undefined ? undefined : placeText(place, language),
    cell: place?.cell,
    message: problemMessage(problem, language),
  };
}
