import { fieldPath } from "../../../core/actors/names";
import { Dec } from "../../../core/decimal";
import type { Language } from "../../../core/language";
import type { CandidateInput, Complexity, Portfolio } from "../../../core/portfolio";
import {
  cellAddress,
  checkFigure,
  coreNumber,
  DEFAULT_OPTIONS,
  FigureCheck,
  GridPlace,
  GridProblem,
  GridReader,
  gridRequest,
  readsAs,
} from "../../kit";
import type { CellValue, GridRequest, SheetGridCells, SheetSpec, TemplateSpecs } from "../../kit";
import { CANDIDATES, COLUMNS, CRITERIA, CRITERIA_ROWS, SUMMARY } from "../portfolioLayout";
import { portfolioTemplate } from "../portfolio";
import { T } from "../portfolioText";

/**
 * Reads a portfolio sheet back into the core's input by the template's layout: the criteria's
 * weights, every candidate row that is not blank (renumbered as the core counts them, each field
 * noted with its cell), and the scores, ranks and chosen totals the sheet shows, to compare with
 * the core's. Pure; never throws.
 */

let specs: TemplateSpecs | undefined;

function templateSpecs(): TemplateSpecs {
  const build = (language: Language): SheetSpec => portfolioTemplate.build({ ...DEFAULT_OPTIONS, language }, {})[0];
  specs ??= { en: build("en"), sv: build("sv") };
  return specs;
}

/** What the writer reads for a portfolio sheet. */
export function portfolioGridRequest(): GridRequest {
  return gridRequest(templateSpecs().en);
}

/** The chosen totals of the sheet, in the order it shows them. */
const TOTALS = ["chosen", "investment", "presentValue", "net", "ratio"] as const;
type Total = (typeof TOTALS)[number];

/** What the sheet shows for one candidate: its name and where its row is, and its weighted score and rank. */
interface ShownCandidate {
  readonly row: number;
  readonly name: string;
  readonly score: CellValue;
  readonly rank: CellValue;
}

export interface PortfolioReading {
  readonly sheet: string;
  /** Undefined when the layout cannot be read (see problems). */
  readonly input: { readonly weights: readonly unknown[]; readonly candidates: readonly CandidateInput[] } | undefined;
  readonly problems: readonly GridProblem[];
  /** The candidates read, in the core's order, and the chosen totals as the sheet shows them. */
  readonly shown: { readonly candidates: readonly ShownCandidate[]; readonly totals: Readonly<Record<Total, CellValue>> } | undefined;
  readonly placeOf: (field: string) => GridPlace | undefined;
}

/** The cells whose labels the reader relies on: the weights' total and the chosen totals. */
const LABELS: readonly (readonly [number, number])[] = [[CRITERIA_ROWS.total, 0], ...TOTALS.map((t) => [SUMMARY[t], 0] as const)];

/** The columns a person types into on a candidate row (the sheet's check counts the same). */
const TYPED = [
  COLUMNS.name,
  COLUMNS.operation,
  COLUMNS.targetGroup,
  COLUMNS.length,
  COLUMNS.complexity,
  COLUMNS.investment,
  COLUMNS.presentValue,
  COLUMNS.payback,
  ...Array.from({ length: CRITERIA }, (_, i) => COLUMNS.firstScore + i),
  COLUMNS.chosen,
];
const LEVELS: readonly Complexity[] = ["low", "medium", "high"];

/** Reads a portfolio sheet; never throws. */
export function readPortfolioSheet(cells: SheetGridCells): PortfolioReading {
  const grid = new GridReader(cells, templateSpecs());
  const placeOf = (field: string) => grid.placeOf(field);
  if (!grid.checkLayout(LABELS)) return { sheet: cells.sheet, input: undefined, problems: grid.problems, shown: undefined, placeOf };
  const criteria = Array.from({ length: CRITERIA }, (_, i) => CRITERIA_ROWS.first + i);
  const weights = criteria.map((row, i) => grid.input(row, 1, fieldPath("weights", i + 1), grid.text(row, 0)));
  grid.noteRange("weight", CRITERIA_ROWS.first, 1, CRITERIA_ROWS.last, 1);
  const candidates: CandidateInput[] = [];
  const shown: ShownCandidate[] = [];
  for (let row = CANDIDATES.first; row <= CANDIDATES.last; row++) {
    if (TYPED.every((c) => grid.text(row, c) === undefined)) continue;
    const field = fieldPath("candidates", candidates.length + 1);
    const name = grid.text(row, COLUMNS.name) ?? "";
    const at = (column: number, part: string) => grid.input(row, column, fieldPath(field, part), name || undefined);
    grid.noteRange(field, row, 0, row, COLUMNS.chosen, name || undefined);
    const chosen = readsAs(grid.raw(row, COLUMNS.chosen), T.yes);
    // A candidate not chosen counts in no total: the sheet lets its investment and present value wait, and so does the reader.
    const waiting = (value: unknown) => (!chosen && value === "" ? 0 : value);
    const complexity = LEVELS.find((_, i) => readsAs(grid.raw(row, COLUMNS.complexity), T.levels[i])) ?? null;
    candidates.push({
      name,
      operation: grid.text(row, COLUMNS.operation) ?? "",
      targetGroup: grid.text(row, COLUMNS.targetGroup) ?? "",
      length: at(COLUMNS.length, "length"),
      complexity,
      investment: waiting(at(COLUMNS.investment, "investment")),
      presentValue: waiting(at(COLUMNS.presentValue, "present_value")),
      scores: Array.from({ length: CRITERIA }, (_, i) => at(COLUMNS.firstScore + i, `scores[${i + 1}]`)),
      chosen,
    });
    shown.push({ row, name, score: grid.raw(row, COLUMNS.score), rank: grid.raw(row, COLUMNS.rank) });
  }
  const totals = Object.fromEntries(TOTALS.map((t) => [t, grid.raw(SUMMARY[t], 1)])) as Record<Total, CellValue>;
  return { sheet: cells.sheet, input: { weights, candidates }, problems: [], shown: { candidates: shown, totals }, placeOf };
}

/** Every candidate's weighted score and rank, then the chosen totals: the core's beside the sheet's. */
export function comparePortfolio(shown: NonNullable<PortfolioReading["shown"]>, result: Portfolio): FigureCheck[] {
  const rows = shown.candidates.flatMap((c, i) => [
    checkFigure(c.name, "decimal", coreNumber(result.scores[i]), c.score, cellAddress(c.row, COLUMNS.score), T.score),
    checkFigure(c.name, "integer", coreNumber(new Dec(result.ranks[i])), c.rank, cellAddress(c.row, COLUMNS.rank), T.rank),
  ]);
  const total = (t: Total, value: Dec | null, format: "money" | "ratio" | "integer", label = T[TOTAL_LABELS[t]]) =>
    checkFigure(label, format, coreNumber(value), shown.totals[t], cellAddress(SUMMARY[t], 1));
  return [
    ...rows,
    total("chosen", new Dec(result.chosen), "integer"),
    total("investment", result.investment, "money"),
    total("presentValue", result.presentValue, "money"),
    total("net", result.presentValue.minus(result.investment), "money"),
    total("ratio", result.ratio, "ratio"),
  ];
}

const TOTAL_LABELS = {
  chosen: "chosenCount",
  investment: "totalInvestment",
  presentValue: "totalPresentValue",
  net: "net",
  ratio: "portfolioRatio",
} as const satisfies Record<Total, keyof typeof T>;
