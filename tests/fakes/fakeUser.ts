import { Bounds, MAX_ROWS, cellsOf, parseAddress, rowCount } from "./fakeAddress";
import { annotate } from "./fakeAnnotations";
import { CellPosition, FakeChart, checkChartType } from "./fakeChartModel";
import { isColour } from "./fakeRangeFormat";
import { clearCells } from "./fakeCells";
import { demand } from "./fakeErrors";
import type { FakeExcel } from "./fakeExcel";
import { renameSheet } from "./fakeRename";
import { deleteRows, insertRows } from "./fakeShift";
import { syncHeaders } from "./fakeTableCells";
import { FakeSheet, Scalar, checkDefinedName, checkSheetReferences, enterCell, overlapsTable } from "./fakeWorkbook";

/**
 * A person at the keyboard: edits the fake workbook directly, without a request context, for
 * tests of workbooks changed since the add-in wrote them. What Excel would refuse fails with a
 * FakeOfficeError (the code says why). Sheets are named as in the workbook (ignoring case), rows
 * are sheet rows counted from 1.
 *
 * - typeInto: what typing and Enter do (fakeWorkbook.enterCell): "=…" is a formula, "50%" a
 *   percentage… Typing into a table's header renames the column; typing a value right under a
 *   table, or right of it, extends the table by that row or column (Excel's AutoCorrect option
 *   "Include new rows and columns in table", on by default).
 * - clear: the Delete key: contents only, formats stay.
 * - renameSheet: references to the sheet follow (fakeRename.ts).
 * - insertRows / deleteRows: whole sheet rows; references follow their cells (fakeShift.ts).
 * - setNumberFormat / setFill: Format Cells on a range.
 * - addComment / addNote: a threaded comment or a note on one cell.
 * - addName: a defined name scoped to the sheet (Name Manager, Scope: the sheet).
 * - copyChart: Ctrl+C, Ctrl+V of a chart: the copy keeps the chart's name, as Excel's does.
 * - setChartType: Change Chart Type.
 * - select: clicks a sheet's tab and selects cells (what Workbook.getSelectedRange then gives).
 * - protectSheet: Review › Protect Sheet, after unlocking `unlocked` (Format Cells › Protection).
 */
export class FakeUser {
  constructor(private readonly excel: FakeExcel) {}

  renameSheet(from: string, to: string): void {
    renameSheet(this.excel, this.sheet(from), to);
    this.excel.revision++;
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    parseAddress(address);
    this.excel.activate(sheet);
    this.excel.selection = { sheet: sheet.name, address };
  }

  protectSheet(sheetName: string, unlocked?: string): void {
    const sheet = this.sheet(sheetName);
    if (unlocked !== undefined) for (const [r, c] of cellsOf(parseAddress(unlocked))) sheet.unlocked.add(`${r},${c}`);
    sheet.protected = true;
    this.excel.revision++;
  }

  /** Types into one cell and presses Enter. */
  typeInto(sheetName: string, address: string, typed: Scalar): void {
    const sheet = this.sheet(sheetName);
    const b = this.cell(address);
    enterCell(sheet.touch(b.top, b.left), typed, (name) => this.excel.findSheet(name) !== undefined);
    if (typed !== "") this.extendTables(sheet, b.top, b.left);
    syncHeaders(this.excel.tables, sheet, b);
    this.excel.revision++;
  }

  /** Selects the cells and presses Delete. */
  clear(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const b = parseAddress(address);
    clearCells(sheet, b, { contents: true, formats: false, conditionalFormats: false, validation: false });
    syncHeaders(this.excel.tables, sheet, b);
    this.excel.revision++;
  }

  /** Inserts `count` empty sheet rows before sheet row `beforeRow`. */
  insertRows(sheetName: string, beforeRow: number, count = 1): void {
    this.checkRows(beforeRow, count);
    insertRows(this.excel, this.sheet(sheetName), beforeRow - 1, count);
    this.excel.revision++;
  }

  /** Deletes `count` sheet rows from sheet row `firstRow` on; the rows below move up. */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    this.checkRows(firstRow, count);
    demand(firstRow - 1 + count <= MAX_ROWS, "InvalidArgument", "There are not that many rows.");
    deleteRows(this.excel, this.sheet(sheetName), firstRow - 1, firstRow + count - 2);
    this.excel.revision++;
  }

  /** Format Cells → Number on every cell of `address`. */
  setNumberFormat(sheetName: string, address: string, code: string): void {
    const sheet = this.sheet(sheetName);
    for (const [r, c] of cellsOf(parseAddress(address))) sheet.touch(r, c).numberFormat = code;
    this.excel.revision++;
  }

  /** Format Cells → Fill on every cell of `address`. */
  setFill(sheetName: string, address: string, color: string): void {
    const sheet = this.sheet(sheetName);
    demand(isColour(color), "InvalidArgument", `"${color}" is not a colour.`);
    for (const [r, c] of cellsOf(parseAddress(address))) sheet.touch(r, c).style.fill = color;
    this.excel.revision++;
  }

  addComment(sheetName: string, address: string, content: string): void {
    annotate(this.sheet(sheetName), "comments", address, content);
    this.excel.revision++;
  }

  addNote(sheetName: string, address: string, content: string): void {
    annotate(this.sheet(sheetName), "notes", address, content);
    this.excel.revision++;
  }

  /** A name scoped to the sheet, referring to `formula` ("=Analys!$B$6"). */
  addName(sheetName: string, name: string, formula: string): void {
    const sheet = this.sheet(sheetName);
    checkDefinedName(
      name,
      sheet.names.map((n) => n.name),
    );
    checkSheetReferences(formula, (other) => this.excel.findSheet(other) !== undefined);
    sheet.names.push({ name, formula, comment: "" });
    this.excel.revision++;
  }

  /** Copies the chart named `name` and pastes it on the same sheet, `rowsDown` rows lower. */
  copyChart(sheetName: string, name: string, rowsDown = 2): void {
    const sheet = this.sheet(sheetName);
    const chart = this.chart(sheet, name);
    const move = (p: CellPosition | undefined) => (p ? { ...p, row: p.row + rowsDown } : undefined);
    const copy: FakeChart = {
      ...chart,
      legend: { ...chart.legend },
      from: move(chart.from),
      to: move(chart.to),
      series: chart.series.map((s) => ({ ...s })),
    };
    sheet.charts.push(copy);
    sheet.chartsMade++;
    this.excel.revision++;
  }

  setChartType(sheetName: string, name: string, type: string): void {
    checkChartType(type);
    this.chart(this.sheet(sheetName), name).type = type;
    this.excel.revision++;
  }

  private chart(sheet: FakeSheet, name: string): FakeChart {
    const chart = sheet.charts.find((c) => c.name === name);
    demand(chart !== undefined, "ItemNotFound", `There is no chart "${name}" on ${sheet.name}.`);
    return chart;
  }

  private sheet(name: string): FakeSheet {
    const sheet = this.excel.findSheet(name);
    demand(sheet !== undefined, "ItemNotFound", `There is no sheet "${name}".`);
    return sheet;
  }

  private cell(address: string): Bounds {
    const b = parseAddress(address);
    demand(
      rowCount(b) === 1 && b.left === b.right,
      "InvalidArgument",
      `"${address}" is not one cell; a person types into one cell at a time.`,
    );
    return b;
  }

  private checkRows(row: number, count: number): void {
    demand(Number.isInteger(row) && row >= 1 && row <= MAX_ROWS, "InvalidArgument", `${row} is not a sheet row (1 to ${MAX_ROWS}).`);
    demand(Number.isInteger(count) && count >= 1, "InvalidArgument", `${count} is not a number of rows.`);
  }

  /** A value typed right under or right of a table becomes part of it. */
  private extendTables(sheet: FakeSheet, row: number, column: number): void {
    for (const table of this.excel.tables) {
      const b = table.bounds;
      if (table.sheet !== sheet || table.showTotals) continue;
      const under = row === b.bottom + 1 && column >= b.left && column <= b.right;
      const beside = column === b.right + 1 && row >= b.top && row <= b.bottom;
      const grown = under ? { ...b, bottom: b.bottom + 1 } : beside ? { ...b, right: b.right + 1 } : undefined;
      if (!grown) continue;
      const others = this.excel.tables.filter((t) => t !== table);
      if (overlapsTable(others, sheet, grown)) continue;
      table.bounds = grown;
      if (beside) syncHeaders([table], sheet, { ...grown, bottom: grown.top });
      return;
    }
  }
}
