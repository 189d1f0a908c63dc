import { defineTemplate } from "../kit";
import type { Language } from "../../core/language";
import {
  cellAddress,
  CHART_NAME_PREFIX,
  estimatedRowHeights,
  help,
  MARGINS,
  nameOf,
  pick,
  picker,
  rangeAddress,
  SheetBuilder,
  title,
} from "../kit";
import type { ChartSpec, SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { Sources } from "./sources";
import { addCostByPayer, addGains, addInvestment, addOverTime, addRisks, addUncertainty, addValue } from "./summaryParts";
import type { Cursor } from "./summaryParts";
import { ST } from "./summaryText";

/**
 * The decision summary (beslutsunderlag): one portrait A4 page for politicians and management,
 * every figure a formula on the workbook's other sheets (logic model, cost sheet, impact map,
 * before/after, risk matrix, analysis). A part whose sheet is missing shows a message, never an
 * error value. Bars drawn with characters print everywhere; the Excel writer adds two charts side
 * by side under them, on the same page (the .xlsx writer cannot write charts and prints the page
 * without their rows: see printWithoutCharts).
 */

/** The simple logic model's first entry row (textTableSheet: title, help, questions, header). */
const LOGIC_FIRST_ROW = 4;
const WIDTHS = [30, 17, 18, 14, 14];
const LAST_COLUMN = WIDTHS.length - 1;
/** The charts' height in rows; the first covers columns A–B, the second C–E, side by side. */
const CHART_ROWS = 12;

function buildDecisionSummary(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const sheet = new SheetBuilder("decisionSummary", nameOf("decisionSummary", names, language), "#1F3864");
  sheet.put(0, 0, title(pick(ST.title, language))).put(1, 0, help(pick(ST.help, language)));
  const c: Cursor = { row: 3, sheet, src: new Sources(names, language), language, years: options.years };
  const purposeRow = c.row + 2;
  addInvestment(c, LOGIC_FIRST_ROW);
  const payers = addCostByPayer(c);
  addValue(c);
  const time = addOverTime(c);
  addGains(c);
  addRisks(c);
  addUncertainty(c);
  const bottom = c.row - 1;
  sheet.put(bottom + 2, 0, help(pick(ST.bars, language)));
  const chartTop = bottom + 4;
  const spec = sheet.columnWidths(WIDTHS).build();
  const merges = [
    rangeAddress(1, 0, 1, LAST_COLUMN),
    rangeAddress(purposeRow, 1, purposeRow, LAST_COLUMN),
    rangeAddress(purposeRow + 1, 1, purposeRow + 1, LAST_COLUMN),
    rangeAddress(bottom + 2, 0, bottom + 2, LAST_COLUMN),
  ];
  const wraps = [rangeAddress(purposeRow, 1, purposeRow + 1, 1)];
  // Headers and the help line by their text; purpose and activities (formulas) get two lines.
  const rowHeights = { ...estimatedRowHeights({ ...spec, wraps }, merges), [purposeRow]: 33, [purposeRow + 1]: 33 };
  return {
    ...spec,
    merges,
    wraps,
    rowHeights,
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 1,
      area: rangeAddress(0, 0, chartTop + CHART_ROWS - 1, LAST_COLUMN),
      margins: MARGINS.portrait,
      footer: pick({ en: "&A, page &P of &N", sv: "&A, sida &P av &N" }, language),
    },
    charts: summaryCharts(language, payers, time, chartTop),
  };
}

function summaryCharts(
  language: Language,
  payers: { categories: string; cost: string; value: string },
  time: { years: string; value: string; investment: string },
  top: number,
): ChartSpec[] {
  const p = picker(language);
  const bottom = top + CHART_ROWS - 1;
  return [
    {
      name: `${CHART_NAME_PREFIX}SummaryPayers`,
      kind: "bar",
      title: p(ST.chartCost),
      series: [
        { name: p(ST.cost), values: payers.cost, categories: payers.categories },
        { name: p(ST.value), values: payers.value, categories: payers.categories },
      ],
      from: cellAddress(top, 0),
      to: cellAddress(bottom, 1),
      reverseCategories: true,
      overlap: 0,
      gapWidth: 60,
    },
    {
      name: `${CHART_NAME_PREFIX}SummaryTime`,
      kind: "scatterLines",
      title: p(ST.chartTime),
      series: [
        { name: p(ST.cumulative), values: time.value, categories: time.years },
        { name: p(ST.investment), values: time.investment, categories: time.years },
      ],
      from: cellAddress(top, 2),
      to: cellAddress(bottom, LAST_COLUMN),
    },
  ];
}

export const decisionSummaryTemplate = defineTemplate("decisionSummary", ["decisionSummary"], (options, names) => [
  buildDecisionSummary(options, names),
]);
