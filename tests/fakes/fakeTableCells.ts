import { Bounds, overlaps } from "./fakeAddress";
import { FakeSheet, FakeTable, tableHeaders } from "./fakeWorkbook";

/**
 * A table's header texts follow its header cells, as in Excel: writing or typing into a header
 * cell renames the column (a number becomes text, a repeat gets a number, a cleared header
 * becomes "ColumnN"), and the cell shows the name. A formula in a header is refused
 * (InvalidOperation; Excel would replace it by its value).
 */
export function syncHeaders(tables: readonly FakeTable[], sheet: FakeSheet, changed: Bounds): void {
  for (const table of tables) {
    const { top, left, right } = table.bounds;
    if (table.sheet !== sheet || !overlaps({ top, bottom: top, left, right }, changed)) continue;
    table.headers = tableHeaders(Array.from({ length: right - left + 1 }, (_, i) => sheet.cell(top, left + i)));
    table.headers.forEach((header, i) => (sheet.touch(top, left + i).value = header));
  }
}
