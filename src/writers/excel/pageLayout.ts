/* global Excel */
import type { SheetSpec } from "../../templates/kit";

/** Points per inch: the model keeps margins in inches (as .xlsx), Office.js takes points. */
const POINTS_PER_INCH = 72;

/**
 * Queues the sheet's page setup through `Worksheet.pageLayout` (ExcelApi 1.9), without syncing:
 * A4, orientation, fitted to pages wide and tall (0: any number), margins, print area, the rows
 * and columns repeated on every page and the centred footer. The caller checks the requirement set and skips
 * this (not the sheet) where it is missing.
 */
export function renderPageLayout(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight ?? 0 };
  const m = print.margins;
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows.replace(/(\d+)/g, "$$$1"));
  if (print.titleColumns) layout.setPrintTitleColumns(print.titleColumns.replace(/([A-Z]+)/g, "$$$1"));
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}

/**
 * Merged help texts (range.merge, 1.2), wrapping and top-aligned ranges (format.verticalAlignment,
 * 1.1) and row heights for wrapped text (format.rowHeight, 1.2).
 */
export function renderMergesAndHeights(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const range of spec.wraps ?? []) sheet.getRange(range).format.wrapText = true;
  for (const range of spec.alignTop ?? []) sheet.getRange(range).format.verticalAlignment = "Top";
  for (const range of spec.merges ?? []) sheet.getRange(range).merge(false);
  for (const [row, points] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = points;
}
