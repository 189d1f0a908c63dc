/* global Excel */
import { columnLetter } from "../../templates/kit";
import type { SheetSpec } from "../../templates/kit";
import { CellStyle, DEFAULT_TABLE_STYLE, FormatOptions, ROLE_STYLES, characterWidthToPoints, roleRectangles } from "../style";
import { renderChart } from "./renderChart";
import { renderMergesAndHeights, renderPageLayout } from "./pageLayout";
import { colorScaleCriteria, officeErrorAlert, officePrompt, officeRule } from "./rules";
import { formatGrid, formulaGrid, sheetSize, widthRuns } from "./sheetArrays";

/**
 * Queues everything of one sheet on its (new) worksheet, without syncing: the used range as one
 * `formulas` and one `numberFormat` array, role styles per rectangle, column widths, tables over
 * the written cells, frozen panes, data validation, conditional formats, names and tab colour.
 * Table and defined names in `spec` must already be free in the workbook (see plan.ts).
 */
export function renderSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  options: FormatOptions,
  pageLayout = false,
): void {
  const { rows, columns } = sheetSize(spec);
  if (rows > 0 && columns > 0) {
    const used = sheet.getRangeByIndexes(0, 0, rows, columns);
    used.formulas = formulaGrid(spec);
    used.numberFormat = formatGrid(spec, options);
  }
  for (const box of roleRectangles(spec.grid)) {
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    applyStyle(sheet.getRangeByIndexes(box.top, box.left, height, width), ROLE_STYLES[box.role], height, width);
  }
  for (const run of widthRuns(spec.columnWidths)) {
    sheet.getRange(`${columnLetter(run.left)}:${columnLetter(run.right)}`).format.columnWidth = characterWidthToPoints(run.width);
  }
  for (const t of spec.tables) {
    const table = sheet.tables.add(t.range, true);
    table.name = t.name;
    table.style = t.style ?? DEFAULT_TABLE_STYLE;
  }
  freeze(sheet, spec.freeze);
  for (const v of spec.validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    validation.rule = officeRule(v.rule);
    validation.prompt = officePrompt(v);
    validation.errorAlert = officeErrorAlert(v);
  }
  for (const f of spec.conditionalFormats) {
    const range = sheet.getRange(f.range);
    if (f.type === "colorScale") {
      range.conditionalFormats.add("ColorScale").colorScale.criteria = colorScaleCriteria(f);
    } else {
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = f.formula;
      format.custom.format.fill.color = f.fill;
      if (f.fontColor) format.custom.format.font.color = f.fontColor;
    }
  }
  for (const n of spec.names) context.workbook.names.add(n.name, n.refersTo);
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  renderMergesAndHeights(sheet, spec);
  for (const chart of spec.charts ?? []) renderChart(sheet, chart);
  if (pageLayout) renderPageLayout(sheet, spec);
}

const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/** Applies a role's style to a rectangle of `height` × `width` cells. */
function applyStyle(range: Excel.Range, style: CellStyle, height: number, width: number): void {
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  const { bold, italic, size, color } = style.font;
  if (bold !== undefined) format.font.bold = bold;
  if (italic !== undefined) format.font.italic = italic;
  if (size !== undefined) format.font.size = size;
  if (color !== undefined) format.font.color = color;
  if (style.wrap) format.wrapText = true;
  if (style.verticalAlignment) format.verticalAlignment = style.verticalAlignment === "top" ? "Top" : "Center";
  const border = style.border;
  if (!border) return;
  const edges: Excel.BorderIndex[] = border.outline.map((side) => EDGES[side] as Excel.BorderIndex);
  if (border.inside && height > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
  if (border.inside && width > 1) edges.push("InsideVertical" as Excel.BorderIndex);
  for (const edge of edges) {
    const line = format.borders.getItem(edge);
    line.style = "Continuous";
    line.weight = border.line === "medium" ? "Medium" : "Thin";
    line.color = border.color;
  }
}

function freeze(sheet: Excel.Worksheet, { rows, columns }: SheetSpec["freeze"]): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}
