import type { AnalysisResult, AnalysisSettings } from "../../core/analysis";
import { GradeTable, evidenceSummary } from "../../core/evidence";
import type { Language } from "../../core/language";
import type { ReportSheet } from "../kit";
import type { ImpactMapRead } from "../impactMap";
import type { SheetSpec } from "../kit";
import { fill, printSetup } from "../kit";
import { AT } from "./analysisText";
import { checkCode, gridValues } from "./checkCode";
import { addBaseFigures, addCumulative } from "./reportBase";
import { ReportCursor } from "./reportCursor";
import { addGroup } from "./reportGroups";
import { addInputs } from "./reportInputs";
import { addRows } from "./reportRows";
import { addBreakEvens, addTornado } from "./reportSensitivity";
import { addUncertainty } from "./reportUncertainty";

/**
 * The analysis sheet of an impact map, as data: the base result, the tornado, the break-evens,
 * the Monte Carlo summary and histogram, the value by stakeholder and by payer, the cumulative
 * value against the investment, the inputs that reproduce it, the rows used and those that could
 * not be, with five charts beside the blocks and the check code that guards a later refresh, and
 * its page setup. Values only (no formulas): the sheet records one analysis.
 */

export interface AnalysisReportInput {
  readonly language: Language;
  /** The sheet's final name (free in the workbook, or the sheet being refreshed). */
  readonly sheetName: string;
  /** Currency shown in money formats and sentences. */
  readonly currency: string;
  readonly map: ImpactMapRead;
  readonly settings: AnalysisSettings;
  readonly result: AnalysisResult;
  /** When the map was read, as shown on the sheet. */
  readonly readAt: string;
}

const WIDTHS = [34, 20, 14, 14, 14, 16, 16, 16, 16, 14];

/** Builds the analysis sheet and its charts. */
export function buildAnalysisReport(input: AnalysisReportInput): ReportSheet {
  const { map, result, language } = input;
  const c = new ReportCursor(input.sheetName, language, input.currency);
  c.line([{ value: fill(c.pick(AT.title), { sheet: map.sheet }), role: "title" }]);
  c.line([{ value: fill(c.pick(AT.made), { when: input.readAt, sheet: map.sheet, table: map.table }), role: "help" }]);
  if (map.skipped.length > 0) c.line([{ value: fill(c.pick(AT.skippedWarning), { count: map.skipped.length }), role: "check" }]);
  c.skip();
  const years = map.yearColumns ?? result.base.yearly.length;
  const grades = gradeTableOf(input);
  const graded = result.base.rows.map((r) => ({ presentValue: r.presentValue, grade: r.row.grade ?? null }));
  addBaseFigures(c, result, years, map.rows.length, evidenceSummary(graded, result.base.investmentPresentValue, grades));
  c.skip();
  addTornado(c, result);
  c.skip();
  addBreakEvens(c, result);
  c.skip();
  addUncertainty(c, result.monteCarlo);
  c.skip();
  addGroup(c, result.base.byStakeholder, AT.groups.stakeholders, AT.groups.stakeholder, "Stakeholders");
  c.skip();
  addGroup(c, result.base.byPayer, AT.groups.payers, AT.groups.payer, "Payers");
  c.skip();
  addCumulative(c, result, years);
  c.skip();
  const checkRow = addInputs(c, { map, settings: input.settings, readAt: input.readAt, grades });
  c.row = Math.max(c.row + 1, c.belowCharts());
  addRows(c, map, result.base.rows);
  c.sheet.columnWidths(WIDTHS).freeze(1, 0);
  const draft = c.sheet.build();
  const code = checkCode(gridValues(draft.grid), { row: checkRow, column: 1 });
  const coded: SheetSpec = {
    ...draft,
    grid: draft.grid.map((row, r) => (r === checkRow ? row.map((cell, i) => (i === 1 ? { ...cell, value: code } : cell)) : row)),
  };
  // Printed like the templates (A4, one page wide, the title row repeated, footer), the charts
  // inside the print area.
  const sheet: SheetSpec = { ...coded, print: printSetup({ ...coded, charts: c.charts }, language) };
  return { sheet, charts: c.charts };
}

/** The grade table of the analysis: the one its spreads came from, else the workbook's as read. */
function gradeTableOf(input: AnalysisReportInput): GradeTable {
  return input.settings.ranges?.table ?? input.map.grades;
}
