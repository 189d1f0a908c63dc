import { defineTemplate } from "../kit";
import type { Language } from "../../core/language";
import {
  cellAddress,
  CHART_NAME_PREFIX,
  clippedTextCells,
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
import type { Cursor, PartLayout } from "./summaryCursor";
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
/**
 * Two halves: A–C (labels, numbers, bars) and D–G (labels, numbers, bars); the first two sections
 * and the charts take the whole width.
 */
const WIDTHS = [30, 15, 15, 22, 14, 14, 13];
const HALF_RIGHT = 2;
const LAST_COLUMN = WIDTHS.length - 1;
/** The charts' height in rows; the first covers the left half, the second the right, side by side. */
const CHART_ROWS = 9;
/** The blank row between sections, in points. */
const GAP_POINTS = 8;

/**
 * The page, top to bottom: title and help; 1. the investment and 2. cost and value by payer across
 * the page; 3. value for money beside 4. value over time; 5. who gains (and the note on the bars)
 * beside 6. the risks and 7. the uncertainty; the two charts side by side.
 */
function buildDecisionSummary(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const sheet = new SheetBuilder("decisionSummary", nameOf("decisionSummary", names, language), "#1F3864");
  sheet.put(0, 0, title(pick(ST.title, language))).put(1, 0, help(pick(ST.help, language)));
  const layout: PartLayout = {
    merges: [rangeAddress(1, 0, 1, LAST_COLUMN)],
    wraps: [],
    heights: {},
    halfRight: HALF_RIGHT,
    right: LAST_COLUMN,
    widths: WIDTHS,
  };
  const c: Cursor = { row: 2, col: 0, sheet, layout, src: new Sources(names, language), language, years: options.years };
  // A blank row between sections is low; within a half, a row the other half fills keeps its height.
  const gaps: number[] = [];
  const gap = () => void gaps.push(c.row++);
  /** Two parts side by side from the same row; the cursor goes on under the taller. */
  const halves = (left: () => void, right: () => void) => {
    const top = c.row;
    left();
    const bottom = c.row;
    c.row = top;
    c.col = HALF_RIGHT + 1;
    right();
    c.col = 0;
    c.row = Math.max(bottom, c.row);
  };
  gap();
  addInvestment(c, LOGIC_FIRST_ROW);
  gap();
  const payers = addCostByPayer(c);
  gap();
  let time: ReturnType<typeof addOverTime> | undefined;
  halves(
    () => addValue(c),
    () => (time = addOverTime(c)),
  );
  gap();
  halves(
    () => {
      addGains(c);
      gap();
      sheet.put(c.row, 0, help(pick(ST.bars, language)));
      layout.merges.push(rangeAddress(c.row, 0, c.row++, HALF_RIGHT));
    },
    () => {
      addRisks(c);
      gap();
      addUncertainty(c);
    },
  );
  gap();
  const chartTop = c.row;
  const spec = sheet.columnWidths(WIDTHS).build();
  const wraps = layout.wraps;
  // Headers and help by their text, text that a filled cell would cut off wrapped (the kit adds
  // those when it lays the sheet out); the parts' own heights where they are taller.
  const rowHeights = estimatedRowHeights({ ...spec, wraps: [...wraps, ...clippedTextCells(spec)] }, layout.merges);
  for (const [row, points] of Object.entries(layout.heights)) rowHeights[Number(row)] = Math.max(points, rowHeights[Number(row)] ?? 0);
  for (const row of gaps) if (!spec.grid[row]?.some((cell) => cell !== undefined)) rowHeights[row] = GAP_POINTS;
  return {
    ...spec,
    merges: layout.merges,
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
    charts: summaryCharts(language, payers, time!, chartTop),
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
      to: cellAddress(bottom, HALF_RIGHT),
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
      from: cellAddress(top, HALF_RIGHT + 1),
      to: cellAddress(bottom, LAST_COLUMN),
    },
  ];
}

export const decisionSummaryTemplate = defineTemplate("decisionSummary", ["decisionSummary"], (options, names) => [
  buildDecisionSummary(options, names),
]);
