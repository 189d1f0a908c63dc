import { SroiError } from "../core";
import { contractResult, validateContract } from "../core/contracts";
import type { Language } from "../core/language";
import { validatePortfolio } from "../core/portfolio";
import type { FigureCheck, GridPlace, GridProblem } from "../templates/kit";
import { CONTRACT_TABLE, parseCell, pick } from "../templates/kit";
import { compareContract, readContractSheet } from "../templates/outcomeContract";
import { comparePortfolio, readPortfolioSheet } from "../templates/portfolio";
import type { SheetGridCells } from "../workbook/ports";
import { fieldName, plainMessage } from "./plainProblem";
import { TEMPLATE_CHECK_STRINGS } from "./templateCheckStrings";
import { BEFORE_AFTER_STRINGS } from "./beforeAfterStrings";

/**
 * The check of an outcome contract or portfolio sheet the pane runs on what was read from the
 * workbook, as pure functions: the sheet read back by its template's layout, every problem found
 * (the layout's or the core's, in sheet order) or the core's key figures beside the sheet's own;
 * and the problems' texts.
 */

export type TemplateKind = "contract" | "portfolio";

/** The kind of sheet a listed table stands for (the contract's terms table, else the portfolio's criteria table). */
export function kindOfTable(table: string): TemplateKind {
  const lower = table.toLowerCase();
  const base = CONTRACT_TABLE.toLowerCase();
  return lower === base || lower.startsWith(`${base}_`) ? "contract" : "portfolio";
}

/** A problem on the sheet: its layout cannot be read, or an input the core rejects. */
export type TemplateProblem =
  | { readonly source: "sheet"; readonly problem: GridProblem }
  | { readonly source: "core"; readonly error: SroiError; readonly place: GridPlace | undefined };

export type TemplateOutcome =
  | { readonly kind: "problems"; readonly template: TemplateKind; readonly sheet: string; readonly problems: readonly TemplateProblem[] }
  | { readonly kind: "results"; readonly template: TemplateKind; readonly sheet: string; readonly figures: readonly FigureCheck[] };

function argumentOf(error: SroiError): string {
  return "argument" in error.detail ? error.detail.argument : "";
}

/** Sheet order: by the row, then the column, of the problem's (first) cell; problems without a cell last. */
function order(problem: TemplateProblem): number {
  const cell = problem.source === "core" ? problem.place?.cell : "cell" in problem.problem ? problem.problem.cell : undefined;
  if (cell === undefined) return Number.MAX_SAFE_INTEGER;
  const { row, column } = parseCell(cell.split(":")[0]);
  return row * 1000 + column;
}

function problemsOutcome(
  template: TemplateKind,
  sheet: string,
  layout: readonly GridProblem[],
  errors: readonly SroiError[],
  placeOf: (field: string) => GridPlace | undefined,
): TemplateOutcome {
  const problems: TemplateProblem[] = [
    ...layout.map((problem): TemplateProblem => ({ source: "sheet", problem })),
    ...errors.map((error): TemplateProblem => ({ source: "core", error, place: placeOf(argumentOf(error)) })),
  ];
  const sorted = problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => order(a) - order(b) || i - j);
  return { kind: "problems", template, sheet, problems: sorted.map(([p]) => p) };
}

/** Reads an outcome contract sheet, validates every input and, when nothing is wrong, compares the key figures. */
export function checkContractCells(cells: SheetGridCells): TemplateOutcome {
  const reading = readContractSheet(cells);
  if (reading.input === undefined || reading.shown === undefined)
    return problemsOutcome("contract", cells.sheet, reading.problems, [], reading.placeOf);
  const validation = validateContract(reading.input);
  if (!validation.ok) return problemsOutcome("contract", cells.sheet, [], validation.errors, reading.placeOf);
  return {
    kind: "results",
    template: "contract",
    sheet: cells.sheet,
    figures: compareContract(reading.shown, contractResult(validation.contract)),
  };
}

/** Reads a portfolio sheet, validates every input and, when nothing is wrong, compares the scores, ranks and totals. */
export function checkPortfolioCells(cells: SheetGridCells): TemplateOutcome {
  const reading = readPortfolioSheet(cells);
  if (reading.input === undefined || reading.shown === undefined)
    return problemsOutcome("portfolio", cells.sheet, reading.problems, [], reading.placeOf);
  const validation = validatePortfolio(reading.input.weights, reading.input.candidates);
  if (!validation.ok) return problemsOutcome("portfolio", cells.sheet, [], validation.errors, reading.placeOf);
  return { kind: "results", template: "portfolio", sheet: cells.sheet, figures: comparePortfolio(reading.shown, validation.portfolio) };
}

/** The message of a problem in a language. */
function problemMessage(problem: TemplateProblem, language: Language): string {
  const t = TEMPLATE_CHECK_STRINGS[language];
  if (problem.source === "core") {
    const d = problem.error.detail;
    if (d.kind === "errorValue") return BEFORE_AFTER_STRINGS[language].errorValue(fieldName(d.argument, language), d.error);
    return plainMessage(problem.error, language);
  }
  const p = problem.problem;
  switch (p.kind) {
    case "missingTable":
      return t.missingTable(p.table);
    case "movedTable":
      return t.movedTable(p.table, p.expected, p.found);
    case "label":
      return t.label(pick(p.expected, language));
  }
}

/** A problem's cell when known ("B6", or a range "B6:B10"), the label of its row as the sheet shows it, and its message. */
export function templateProblemTexts(
  problem: TemplateProblem,
  language: Language,
): { readonly place: string | undefined; readonly cell: string | undefined; readonly message: string } {
  const place = problem.source === "core" ? problem.place : "cell" in problem.problem ? { cell: problem.problem.cell } : undefined;
  return { place: place?.label, cell: place?.cell, message: problemMessage(problem, language) };
}
