import type { Worksheet } from "exceljs";
import { parseRange, printWithoutCharts } from "../../templates/kit";
import type { SheetSpec } from "../../templates/kit";

/** Paper size 9 of the .xlsx format (ECMA-376 §18.18.43 ST_PaperSize) is A4. */
const A4_PAPER_SIZE = 9;

/**
 * The sheet's page setup as the .xlsx file stores it: paper, orientation, fit to pages wide and
 * tall (0: any number), margins in inches, print area, title rows and columns (ExcelJS writes those
 * as the defined names _xlnm.Print_Area and _xlnm.Print_Titles) and the centred footer ("&C"
 * section code).
 */
export function applyPrintSetup(sheet: Worksheet, spec: SheetSpec): void {
  // This writer draws no charts, so the paper holds no empty space for them.
  const print = printWithoutCharts(spec);
  if (!print) return;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight ?? 0,
    margins: { ...print.margins },
    printArea: print.area,
    ...(print.titleRows ? { printTitlesRow: print.titleRows } : {}),
    ...(print.titleColumns ? { printTitlesColumn: print.titleColumns } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${print.footer}` };
}

/** Merged cells (help texts across the sheet), wrapping and top-aligned ranges, and row heights for wrapped text. */
export function applyMergesAndHeights(sheet: Worksheet, spec: SheetSpec): void {
  for (const range of spec.wraps ?? []) {
    const b = parseRange(range);
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.alignment = { ...cell.alignment, wrapText: true };
      }
    }
  }
  for (const range of spec.alignTop ?? []) {
    const b = parseRange(range);
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.alignment = { ...cell.alignment, vertical: "top" };
      }
    }
  }
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const [row, points] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = points;
}
