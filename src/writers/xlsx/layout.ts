import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../../templates/model";
import { argb } from "./color";

/** Column widths (characters, from column A), frozen rows and columns, and the tab colour. */
export function applyLayout(sheet: Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  const { rows, columns } = spec.freeze;
  if (rows > 0 || columns > 0) sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
  if (spec.tabColor) sheet.properties.tabColor = { argb: argb(spec.tabColor) };
}
