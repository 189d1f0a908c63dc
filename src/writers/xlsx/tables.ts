import type { CellValue, TableStyleProperties, Worksheet } from "exceljs";
import { parseRange } from "../../templates/kit";
import type { TableSpec } from "../../templates/kit";
import { DEFAULT_TABLE_STYLE } from "../style";

/**
 * Excel tables over cells already written. ExcelJS's addTable rewrites every cell of the table
 * from the rows it is given, so the rows are read back from the sheet first: values, formulas and
 * styles stay exactly as the grid wrote them.
 */

/**
 * A table name not yet used in the workbook (names compare ignoring case, as Excel does):
 * "Costs", else "Costs_2", "Costs_3", …; the chosen name is added to `taken`.
 */
function freeTableName(wish: string, taken: Set<string>): string {
  let name = wish;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wish}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function headerText(sheet: Worksheet, row: number, column: number, table: string): string {
  const value = sheet.getCell(row, column).value;
  if (typeof value !== "string" || value.trim() === "") {
    throw new RangeError(
      `table ${table} on ${sheet.name}: header ${sheet.getCell(row, column).address} must be text, found ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Adds one table over its range; returns the name it got. */
export function addTable(sheet: Worksheet, spec: TableSpec, taken: Set<string>): string {
  const b = parseRange(spec.range);
  const columns = [];
  const seen = new Set<string>();
  for (let c = b.left; c <= b.right; c++) {
    const name = headerText(sheet, b.top + 1, c + 1, spec.name);
    if (seen.has(name.toLowerCase())) throw new RangeError(`table ${spec.name} on ${sheet.name}: header "${name}" is repeated`);
    seen.add(name.toLowerCase());
    columns.push({ name, filterButton: true });
  }
  const rows: CellValue[][] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const values: CellValue[] = [];
    for (let c = b.left; c <= b.right; c++) values.push(sheet.getCell(r + 1, c + 1).value);
    rows.push(values);
  }
  const name = freeTableName(spec.name, taken);
  sheet.addTable({
    name,
    ref: spec.range.split(":")[0].replace(/\$/g, ""),
    headerRow: true,
    totalsRow: false,
    style: { theme: (spec.style ?? DEFAULT_TABLE_STYLE) as TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
  return name;
}
