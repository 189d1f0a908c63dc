import { Bounds, MAX_ROWS } from "./fakeAddress";
import type { CellPosition, SeriesSource } from "./fakeChartModel";
import { demand } from "./fakeErrors";
import type { FakeExcel } from "./fakeExcel";
import { RowEdit, shiftedReferences } from "./fakeReferences";
import type { FakeCell, FakeLine, FakeSheet } from "./fakeWorkbook";

/**
 * Inserting and deleting whole sheet rows, as Excel does, on the fake's state: cells (values,
 * formula texts, number formats, styles), border lines, validation and conditional-format areas,
 * tables, the cells charts read and the cells charts cover move with their rows.
 *
 * - References follow their cells, as Excel rewrites them (fakeReferences.ts): in cell formulas
 *   on every sheet, defined names, conditional formats and validation rules.
 * - Inserted rows take the number formats, styles and left/right border lines of the row above
 *   (Excel's "Format Same As Above"); their horizontal lines are not copied.
 * - An area (rule, table, chart data) grows when rows are inserted below its first row and not
 *   below its last: a table grows when the insertion point lies in its data body, a table
 *   entirely below moves. Rows inserted right under a table do not extend it.
 * - Deleting rows shrinks what they cut; what lies entirely in them goes (a table, a rule; a
 *   chart's data becomes #REF!). Stricter than Excel, deleting a table's header row without the
 *   whole table, or all its data rows, is refused (InvalidOperation): a table keeps its header
 *   and at least one data row.
 */

/** An area after inserting `count` rows before 0-based row `at`. */
function afterInsert(b: Bounds, at: number, count: number): Bounds {
  if (at <= b.top) return { ...b, top: b.top + count, bottom: b.bottom + count };
  return at <= b.bottom ? { ...b, bottom: b.bottom + count } : b;
}

/** An area after deleting rows `first`–`last` (0-based, inclusive); null when it lay inside them. */
function afterDelete(b: Bounds, first: number, last: number): Bounds | null {
  if (first <= b.top && last >= b.bottom) return null;
  const row = (r: number, edge: "top" | "bottom") =>
    r < first ? r : r > last ? r - (last - first + 1) : edge === "top" ? first : first - 1;
  return { ...b, top: row(b.top, "top"), bottom: row(b.bottom, "bottom") };
}

function rowOf(key: string, separator: string, at: number): number {
  return Number(key.split(separator)[at]);
}

/** Inserts rows into the sheet's cells and lines (areas elsewhere: moveAreas). */
export function insertRows(excel: FakeExcel, sheet: FakeSheet, at: number, count: number): void {
  const pushedOff = [...sheet.cells.keys()].some((key) => rowOf(key, ",", 0) >= MAX_ROWS - count);
  demand(!pushedOff, "InvalidOperation", "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet.");
  const cells = new Map<string, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    cells.set(`${r >= at ? r + count : r},${c}`, cell);
  }
  const lines = new Map<string, FakeLine>();
  for (const [key, line] of sheet.lines) {
    const [kind, r, c] = key.split(":");
    const row = Number(r);
    lines.set(`${kind}:${row >= at ? row + count : row}:${c}`, line);
  }
  replace(sheet.cells, cells);
  replace(sheet.lines, lines);
  if (at > 0) inheritFormats(sheet, at, count);
  rewriteFormulas(excel, sheet, { kind: "insert", at, count }, (b) => afterInsert(b, at, count));
  moveAreas(
    excel,
    sheet,
    (b) => afterInsert(b, at, count),
    (p) => (p.row >= at ? { ...p, row: p.row + count } : p),
  );
}

/** Deletes rows `first`–`last` from the sheet's cells and lines, and moves areas. */
export function deleteRows(excel: FakeExcel, sheet: FakeSheet, first: number, last: number): void {
  for (const { sheet: home, bounds: b, name } of excel.tables) {
    if (home !== sheet || last < b.top || first > b.bottom || (first <= b.top && last >= b.bottom)) continue;
    demand(first > b.top, "InvalidOperation", `Deleting these rows would remove the header row of the table ${name} but not the table.`);
    demand(
      !(first <= b.top + 1 && last >= b.bottom),
      "InvalidOperation",
      `Deleting these rows would leave the table ${name} without data rows.`,
    );
  }
  const count = last - first + 1;
  const cells = new Map<string, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r < first || r > last) cells.set(`${r > last ? r - count : r},${c}`, cell);
  }
  const lines = new Map<string, FakeLine>();
  for (const [key, line] of sheet.lines) {
    const [kind, r, c] = key.split(":");
    const row = Number(r);
    const gone = kind === "h" ? row > first && row <= last : row >= first && row <= last;
    if (!gone && (row <= last || kind === "v")) lines.set(`${kind}:${row > last ? row - count : row}:${c}`, line);
  }
  // The line under the deleted rows becomes the line above the first of them, if there is one.
  for (const [key, line] of sheet.lines) {
    const [kind, r, c] = key.split(":");
    if (kind === "h" && Number(r) > last) lines.set(`h:${Number(r) - count}:${c}`, line);
  }
  replace(sheet.cells, cells);
  replace(sheet.lines, lines);
  rewriteFormulas(excel, sheet, { kind: "delete", first, last }, (b) => afterDelete(b, first, last));
  const position = (p: CellPosition) => (p.row > last ? { ...p, row: p.row - count } : p.row >= first ? { ...p, row: first } : p);
  moveAreas(excel, sheet, (b) => afterDelete(b, first, last), position);
}

function replace<T>(target: Map<string, T>, source: Map<string, T>): void {
  target.clear();
  for (const [k, v] of source) target.set(k, v);
}

/** Every formula text of the workbook with its references to `edited` following the edit. */
function rewriteFormulas(excel: FakeExcel, edited: FakeSheet, edit: RowEdit, move: (b: Bounds) => Bounds | null): void {
  const rewrite = (formula: string, home: string | undefined, anchorShift?: number) =>
    shiftedReferences(formula, home, edited.name, edit, anchorShift);
  for (const s of excel.sheets) {
    for (const cell of s.cells.values()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula, s.name);
    const shiftOf = (b: Bounds) => (s === edited ? (move(b)?.top ?? b.top) - b.top : undefined);
    for (const format of s.conditionalFormats)
      if (format.formula !== undefined) format.formula = rewrite(format.formula, s.name, shiftOf(format.bounds));
    for (const validation of s.validations) {
      const walk = (value: unknown): unknown => {
        if (typeof value === "string") return value.startsWith("=") ? rewrite(value, s.name, shiftOf(validation.bounds)) : value;
        if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
        return value;
      };
      if (validation.rule) validation.rule = walk(validation.rule) as Record<string, unknown>;
    }
  }
  for (const name of excel.names) name.formula = rewrite(name.formula, undefined);
}

/** New rows take the formats and side lines of the row above them. */
function inheritFormats(sheet: FakeSheet, at: number, count: number): void {
  for (const [key, cell] of [...sheet.cells]) {
    const [r, c] = key.split(",").map(Number);
    if (r !== at - 1 || (cell.numberFormat === "General" && Object.keys(cell.style).length === 0)) continue;
    for (let j = at; j < at + count; j++)
      sheet.cells.set(`${j},${c}`, { value: null, numberFormat: cell.numberFormat, style: { ...cell.style } });
  }
  for (const [key, line] of [...sheet.lines]) {
    const [kind, r, c] = key.split(":");
    if (kind === "v" && Number(r) === at - 1) for (let j = at; j < at + count; j++) sheet.lines.set(`v:${j}:${c}`, { ...line });
  }
}

/** Applies a row move to every area on the sheet: rules, tables, chart data and chart positions. */
function moveAreas(
  excel: FakeExcel,
  sheet: FakeSheet,
  move: (b: Bounds) => Bounds | null,
  position: (p: CellPosition) => CellPosition,
): void {
  for (const rules of [sheet.validations, sheet.conditionalFormats] as { bounds: Bounds }[][]) {
    const kept = rules.flatMap((rule) => {
      const bounds = move(rule.bounds);
      return bounds ? [Object.assign(rule, { bounds })] : [];
    });
    rules.splice(0, rules.length, ...kept);
  }
  for (const table of [...excel.tables]) {
    if (table.sheet !== sheet) continue;
    const bounds = move(table.bounds);
    if (bounds) table.bounds = bounds;
    else excel.tables.splice(excel.tables.indexOf(table), 1);
  }
  const moveSource = (source: SeriesSource | undefined) => {
    if (source?.sheet === sheet && source.bounds) source.bounds = move(source.bounds);
  };
  for (const s of excel.sheets) {
    for (const chart of s.charts) {
      for (const series of chart.series) [series.values, series.xValues].forEach(moveSource);
      if (s !== sheet) continue;
      if (chart.from) chart.from = position(chart.from);
      if (chart.to) chart.to = position(chart.to);
    }
  }
}
