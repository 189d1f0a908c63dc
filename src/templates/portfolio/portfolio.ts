import { defineTemplate, PORTFOLIO_TABLE } from "../kit";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress } from "../kit";
import { calc, check, header, help, input, label, title, total } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { WARNING_FILL } from "../kit";
import { fill, pick, picker } from "../kit";
import { clippedTextCells, columnPixels, estimatedRowHeights, helpMerges, rowPoints, wrappedLines } from "../kit";
import { nonNegativeValidation, numberValidation, valuesValidation, wholeValidation } from "../kit";
import { PORTFOLIO_EXAMPLE, PORTFOLIO_EXAMPLE_WEIGHTS } from "./portfolioExample";
import { balanceFormulas, candidateFormulas, criteriaFormulas, summaryFormulas } from "./portfolioFormulas";
import { BALANCE, CANDIDATE_ROWS, CANDIDATES, COLUMNS, CRITERIA, CRITERIA_ROWS, SUMMARY } from "./portfolioLayout";
import { T } from "./portfolioText";

/**
 * Portfolio and prioritisation (seed 002, section 4): criteria with weights, candidates scored 1–5
 * with their weighted score and rank, and the chosen portfolio's investment, present value, ratio
 * and balance over operations, target groups, lengths and complexity.
 */

const CHOSEN_FILL = "#E2EFDA";

function addCriteria(sheet: SheetBuilder, options: TemplateOptions): void {
  const { language } = options;
  const p = picker(language);
  const f = criteriaFormulas(language);
  sheet.putRow(
    CRITERIA_ROWS.header,
    0,
    [T.criterion, T.weight, T.share, T.question].map((t) => header(p(t))),
  );
  T.criteria.forEach((c, i) => {
    const weight = options.example ? PORTFOLIO_EXAMPLE_WEIGHTS[i] : undefined;
    sheet.putRow(CRITERIA_ROWS.first + i, 0, [
      input("text", p(c.name)),
      input("percent", weight),
      calc(f.share(i), "percent"),
      // Plain text, not wrapped: it runs on across the empty columns to its right on one line.
      label(p(c.question)),
    ]);
  });
  sheet.putRow(CRITERIA_ROWS.total, 0, [label(p(T.total)), total(f.total, "percent")]);
  sheet.put(CRITERIA_ROWS.check, 0, check(f.check));
  sheet.table(PORTFOLIO_TABLE, CRITERIA_ROWS.header, 0, CRITERIA_ROWS.last, 3, "TableStyleLight1");
  sheet.validate(nonNegativeValidation(rangeAddress(CRITERIA_ROWS.first, 1, CRITERIA_ROWS.last, 1), p(T.weight), language));
}

function addCandidates(sheet: SheetBuilder, options: TemplateOptions): void {
  const { language } = options;
  const p = picker(language);
  const criteria = criteriaFormulas(language);
  const scoreColumns = Array.from({ length: CRITERIA }, (_, i) => i);
  sheet.put(CANDIDATES.help, 0, help(p(T.candidatesHelp)));
  scoreColumns.forEach((i) => sheet.put(CANDIDATES.names, COLUMNS.firstScore + i, calc(criteria.name(i), "text")));
  sheet.putRow(CANDIDATES.header, 0, [
    ...[T.name, T.operation, T.targetGroup, T.length, T.complexity, T.investment, T.presentValue, T.ratio, T.payback].map((t) =>
      header(p(t)),
    ),
    ...scoreColumns.map((i) => header(fill(p(T.scoreN), { n: i + 1 }))),
    ...[T.score, T.rank, T.chosen, T.check, T.operationNo, T.targetGroupNo].map((t) => header(p(t))),
  ]);
  for (let r = CANDIDATES.first; r <= CANDIDATES.last; r++) {
    const e = options.example ? PORTFOLIO_EXAMPLE[r - CANDIDATES.first] : undefined;
    const f = candidateFormulas(r, language);
    sheet.putRow(r, 0, [
      input("text", e && p(e.name)),
      input("text", e && p(e.operation)),
      input("text", e && p(e.targetGroup)),
      input("years", e?.length),
      input("text", e && p(T.levels[e.complexity])),
      input("money", e?.investment),
      input("money", e?.presentValue),
      calc(f.ratio, "ratio"),
      input("years", undefined),
      ...scoreColumns.map((i) => input("integer", e?.scores[i])),
      calc(f.score, "decimal"),
      calc(f.rank, "integer"),
      input("text", e && p(e.chosen ? T.yes : T.no)),
      check(f.check),
      calc(f.operationNo, "integer"),
      calc(f.targetGroupNo, "integer"),
    ]);
  }
  const col = (c1: number, c2 = c1) => rangeAddress(CANDIDATES.first, c1, CANDIDATES.last, c2);
  sheet.validate(nonNegativeValidation(col(COLUMNS.length), p(T.length), language));
  sheet.validate(valuesValidation(col(COLUMNS.complexity), T.levels.map(p), p(T.complexity), language));
  sheet.validate(nonNegativeValidation(col(COLUMNS.investment), p(T.investment), language));
  sheet.validate(numberValidation(col(COLUMNS.presentValue), p(T.presentValue), language));
  sheet.validate(nonNegativeValidation(col(COLUMNS.payback), p(T.payback), language));
  sheet.validate(wholeValidation(col(COLUMNS.firstScore, COLUMNS.score - 1), fill(p(T.scoreN), { n: "" }).trim(), 1, 5, language));
  sheet.validate(valuesValidation(col(COLUMNS.chosen), [p(T.yes), p(T.no)], p(T.chosen), language));
  sheet.table("SroiPortfolioCandidates", CANDIDATES.header, 0, CANDIDATES.last, COLUMNS.targetGroupNo);
  const first = CANDIDATES.first + 1;
  sheet.conditionalFormat({
    type: "formula",
    range: col(COLUMNS.name, COLUMNS.chosen),
    formula: `=$${cellAddress(CANDIDATES.first, COLUMNS.chosen).replace(/\d+$/, "")}${first}="${p(T.yes)}"`,
    fill: CHOSEN_FILL,
  });
  sheet.conditionalFormat({
    type: "formula",
    range: col(COLUMNS.check),
    formula: `=LEN(${cellAddress(CANDIDATES.first, COLUMNS.check)})>0`,
    fill: WARNING_FILL,
  });
}

function addSummary(sheet: SheetBuilder, language: Language): void {
  const p = picker(language);
  const f = summaryFormulas(language);
  sheet.putRow(SUMMARY.header, 0, [header(p(T.portfolio)), header(p(T.value))]);
  sheet.putRow(SUMMARY.chosen, 0, [label(p(T.chosenCount)), total(f.chosen, "integer")]);
  sheet.putRow(SUMMARY.investment, 0, [label(p(T.totalInvestment)), total(f.investment, "money")]);
  sheet.putRow(SUMMARY.presentValue, 0, [label(p(T.totalPresentValue)), total(f.presentValue, "money")]);
  sheet.putRow(SUMMARY.net, 0, [label(p(T.net)), total(f.net, "money")]);
  sheet.putRow(SUMMARY.ratio, 0, [label(p(T.portfolioRatio)), total(f.ratio, "ratio")]);
  sheet.table("SroiPortfolioSummary", SUMMARY.header, 0, SUMMARY.ratio, 1, "TableStyleLight1");
}

function addBalance(sheet: SheetBuilder, language: Language): void {
  const p = picker(language);
  const f = balanceFormulas(language);
  sheet.put(BALANCE.title, 0, label(p(T.balance)));
  sheet.putRow(BALANCE.header, 0, [header(p(T.operation)), header(p(T.count)), header(p(T.targetGroup)), header(p(T.count))]);
  for (let k = 1; k <= CANDIDATE_ROWS; k++) {
    const row = BALANCE.first + k - 1;
    sheet.putRow(row, 0, [
      calc(f.operation(k), "text"),
      calc(f.operationCount(row), "integer"),
      calc(f.targetGroup(k), "text"),
      calc(f.targetGroupCount(row), "integer"),
    ]);
  }
  sheet.table("SroiPortfolioByOperation", BALANCE.header, 0, BALANCE.last, 1, "TableStyleLight1");
  sheet.table("SroiPortfolioByTargetGroup", BALANCE.header, 2, BALANCE.last, 3, "TableStyleLight1");
  sheet.putRow(BALANCE.header, 5, [header(p(T.lengthBand)), header(p(T.count))]);
  T.bands.forEach((band, i) => sheet.putRow(BALANCE.lengthFirst + i, 5, [label(p(band)), total(f.length[i], "integer")]));
  sheet.table("SroiPortfolioByLength", BALANCE.header, 5, BALANCE.lengthFirst + 2, 6, "TableStyleLight1");
  sheet.putRow(BALANCE.complexityHeader, 5, [header(p(T.complexity)), header(p(T.count))]);
  T.levels.forEach((level, i) => sheet.putRow(BALANCE.complexityFirst + i, 5, [label(p(level)), total(f.complexity(level), "integer")]));
  sheet.table("SroiPortfolioByComplexity", BALANCE.complexityHeader, 5, BALANCE.complexityFirst + 2, 6, "TableStyleLight1");
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("portfolio", nameOf("portfolio", names, language), "#7030A0");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(p(T.help)))
    .put(2, 0, help(p(T.help2)));
  addCriteria(sheet, options);
  addCandidates(sheet, options);
  addSummary(sheet, language);
  addBalance(sheet, language);
  sheet.columnWidths(WIDTHS).freeze(1, 1);
  sheet.wrap(CANDIDATES.names, COLUMNS.firstScore, CANDIDATES.names, COLUMNS.score - 1);
  return [withRowHeights(sheet.build(), language)];
}

/**
 * The row heights the kit estimates for the sheet's texts, and for the criteria's names over the
 * narrow score columns (formulas, which the kit does not measure) as tall as the template's names
 * need wrapped.
 */
function withRowHeights(spec: SheetSpec, language: Language): SheetSpec {
  const merges = helpMerges(spec, COLUMNS.targetGroupNo);
  const wraps = [...(spec.wraps ?? []), ...clippedTextCells(spec)];
  const scoreWidth = columnPixels(WIDTHS[COLUMNS.firstScore]);
  const names = Math.max(...T.criteria.map((c) => wrappedLines(pick(c.name, language), scoreWidth)));
  return { ...spec, merges, rowHeights: { ...estimatedRowHeights({ ...spec, wraps }, merges), [CANDIDATES.names]: rowPoints(names) } };
}

/**
 * Columns sized for what they hold, so that the sheet prints one page wide at about two thirds:
 * scores of 1–5, ranks, Yes/No and counts are narrow; names and texts wrap.
 */
const WIDTHS = [21, 13, 16, 9, 12, 12, 12, 6, 17, ...Array.from({ length: CRITERIA }, () => 9), 9, 5, 7, 8, 11, 11];

export const portfolioTemplate = defineTemplate("portfolio", ["portfolio"], build);
