import { boundsAddress, cellName, letters } from "./fakeAddress";
import { ChartSnapshot, snapshotCharts } from "./fakeChartSnapshot";
import type { FakeExcel } from "./fakeExcel";
import type { FakeLine, FakePageLayout, FakeSheet, FakeStyle, Scalar } from "./fakeWorkbook";

/**
 * The fake workbook's final state as plain data, for comparing writers ("the two writers agree")
 * and for assertions. Only what is set appears: a cell without value, formula, number format
 * (other than General) and style is left out; styles leave out unset properties.
 *
 * - `cells["B4"]`: `{ value }` for a constant (text, number, boolean) or `{ formula: "=…" }`
 *   (the fake does not calculate), plus `numberFormat` when not General and `style`.
 * - `style.borders`: the lines as drawn around the cell ({ style: "Continuous", weight, color }),
 *   shared edges normalised: a cell's `bottom` is the same line as the `top` of the cell below.
 * - `columnWidths`: points by column letter (Office.js unit; `characterWidthToPoints` in
 *   src/writers/style.ts converts .xlsx character widths).
 * - `freeze`: frozen rows and columns from the top left.
 * - `validations`, `conditionalFormats`: per range as set through Office.js (rule objects as given).
 * - `tables`: name, range (header row + data), style and the header texts.
 * - `merges`, `rowHeights` (points by 1-based row), `pageLayout` (ExcelApi 1.9 settings): only
 *   when set.
 * - `charts`: in order of creation, with their series and the data they show (fakeChartSnapshot.ts).
 */

/** A cell's style as written, plus its outline with shared edges normalised. */
interface CellStyleSnapshot extends FakeStyle {
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", FakeLine>>;
}

interface CellSnapshot {
  value?: Scalar;
  /** The value is an error constant ("#N/A" typed into the cell), not text. */
  error?: true;
  formula?: string;
  numberFormat?: string;
  style?: CellStyleSnapshot;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  cells: Record<string, CellSnapshot>;
  columnWidths: Record<string, number>;
  freeze: { rows: number; columns: number };
  tables: { name: string; range: string; style: string; headers: string[] }[];
  validations: { range: string; rule?: Record<string, unknown>; prompt?: Record<string, unknown>; errorAlert?: Record<string, unknown> }[];
  conditionalFormats: {
    range: string;
    type: string;
    formula?: string;
    fill?: string;
    fontColor?: string;
    criteria?: Record<string, unknown>;
  }[];
  tabColor?: string;
  showGridlines: boolean;
  charts: ChartSnapshot[];
  /** Present only when the sheet has any: threaded comments and notes by cell, names scoped to the sheet. */
  comments?: Record<string, string>;
  notes?: Record<string, string>;
  names?: { name: string; formula: string }[];
  /** Merged areas, when any. */
  merges?: string[];
  /** Row heights in points by 1-based row number, when any were set. */
  rowHeights?: Record<number, number>;
  /** What was set through `pageLayout` (ExcelApi 1.9), when anything was. */
  pageLayout?: FakePageLayout;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: { name: string; formula: string }[];
  activeSheet: string | null;
}

/** The whole fake workbook as plain data (JSON-safe). */
export function snapshotWorkbook(fake: FakeExcel): WorkbookSnapshot {
  return {
    sheets: fake.sheets.map((sheet, position) => snapshotSheet(fake, sheet, position)),
    names: fake.names.map((n) => ({ name: n.name, formula: n.formula })),
    activeSheet: fake.activeSheet?.name ?? null,
  };
}

/** One sheet of the fake workbook by name (case-insensitive), or undefined. */
export function snapshotSheetNamed(fake: FakeExcel, name: string): SheetSnapshot | undefined {
  return snapshotWorkbook(fake).sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
}

function snapshotSheet(fake: FakeExcel, sheet: FakeSheet, position: number): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const keys = new Set([...sheet.cells.keys(), ...lineCells(sheet)]);
  for (const key of keys) {
    const [row, column] = key.split(",").map(Number);
    const cell = sheet.cell(row, column);
    const snap: CellSnapshot = {};
    if (cell?.formula !== undefined) snap.formula = cell.formula;
    else if (cell && cell.value !== null) snap.value = cell.value;
    if (cell?.error) snap.error = true;
    if (cell && cell.numberFormat !== "General") snap.numberFormat = cell.numberFormat;
    const style: CellStyleSnapshot = { ...definedOnly(cell?.style ?? {}) };
    const borders = bordersOf(sheet, row, column);
    if (borders) style.borders = borders;
    if (Object.keys(style).length > 0) snap.style = style;
    if (Object.keys(snap).length > 0) cells[cellName(row, column)] = snap;
  }
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])) columnWidths[letters(c)] = w;
  return {
    name: sheet.name,
    position,
    cells: sortCells(cells),
    columnWidths,
    freeze: { ...sheet.freeze },
    tables: fake.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, range: boundsAddress(t.bounds), style: t.style, headers: [...t.headers] })),
    validations: sheet.validations.map((v) => ({
      range: boundsAddress(v.bounds),
      ...definedOnly({ rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert }),
    })),
    conditionalFormats: sheet.conditionalFormats.map(({ bounds, ...rest }) => ({ range: boundsAddress(bounds), ...definedOnly(rest) })),
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    showGridlines: sheet.showGridlines,
    charts: snapshotCharts(fake, sheet),
    ...(sheet.comments.length > 0
      ? { comments: Object.fromEntries(sheet.comments.map((a) => [cellName(a.row, a.column), a.content])) }
      : {}),
    ...(sheet.notes.length > 0 ? { notes: Object.fromEntries(sheet.notes.map((a) => [cellName(a.row, a.column), a.content])) } : {}),
    ...(sheet.names.length > 0 ? { names: sheet.names.map((n) => ({ name: n.name, formula: n.formula })) } : {}),
    ...(sheet.merges.length > 0 ? { merges: [...sheet.merges] } : {}),
    ...(sheet.rowHeights.size > 0
      ? { rowHeights: Object.fromEntries([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]).map(([r, h]) => [r + 1, h])) }
      : {}),
    ...(Object.keys(sheet.pageLayout).length > 0 ? { pageLayout: { ...sheet.pageLayout } } : {}),
  };
}

function definedOnly<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Cells touched by a border line on any side ("r,c" keys). */
function lineCells(sheet: FakeSheet): string[] {
  const keys: string[] = [];
  for (const key of sheet.lines.keys()) {
    const [kind, r, c] = key.split(":");
    const row = Number(r);
    const column = Number(c);
    keys.push(`${row},${column}`);
    if (kind === "h" && row > 0) keys.push(`${row - 1},${column}`);
    if (kind === "v" && column > 0) keys.push(`${row},${column - 1}`);
  }
  return keys;
}

function bordersOf(sheet: FakeSheet, row: number, column: number): CellStyleSnapshot["borders"] | undefined {
  const sides = {
    top: sheet.lines.get(`h:${row}:${column}`),
    bottom: sheet.lines.get(`h:${row + 1}:${column}`),
    left: sheet.lines.get(`v:${row}:${column}`),
    right: sheet.lines.get(`v:${row}:${column + 1}`),
  };
  const set = definedOnly(sides);
  return Object.keys(set).length > 0 ? (set as CellStyleSnapshot["borders"]) : undefined;
}

/** Cells in reading order (row, then column) so snapshots compare and print predictably. */
function sortCells(cells: Record<string, CellSnapshot>): Record<string, CellSnapshot> {
  const position = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return Number(m[2]) * 20000 + m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  };
  return Object.fromEntries(Object.entries(cells).sort((a, b) => position(a[0]) - position(b[0])));
}
