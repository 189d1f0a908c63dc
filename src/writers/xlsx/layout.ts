import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../../templates/kit";
import { argb } from "./color";

/**
 * ExcelJS drops a column width of exactly 9 (it takes 9 for its default and writes no <col>), and
 * Excel would then show its own default of 8.43. A width of 9 is stored 1/256 of a character wider,
 * the finest step Excel keeps, which no reader can see.
 */
function storedWidth(width: number): number {
  return width === 9 ? 9 + 1 / 256 : width;
}

/** Column widths (characters, from column A), frozen rows and columns, and the tab colour. */
export function applyLayout(sheet: Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = storedWidth(width);
  });
  const { rows, columns } = spec.freeze;
  if (rows > 0 || columns > 0) sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
  if (spec.tabColor) sheet.properties.tabColor = { argb: argb(spec.tabColor) };
}
