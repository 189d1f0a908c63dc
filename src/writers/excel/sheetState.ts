/* global Excel */
import { checkCodeCell, fnv1a } from "../../templates/analysisReport";
import { CHART_NAME_PREFIX, INPUTS_TABLE } from "../../templates/kit";
import { claimedFrom } from "./uniqueNames";

/**
 * What the add-in remembers of an analysis sheet it wrote, to know later that nobody has touched
 * it: a fingerprint of everything a person can add or change on the sheet that a refresh would
 * lose, kept in the sheet's check-code cell. It is taken by reading the sheet back right after
 * writing it (so it holds what this Excel reports, not what the add-in expects it to report), and
 * compared before a refresh with the same reading of the sheet as it is then.
 *
 * The fingerprint covers the used range (formats included, trailing blank rows and columns left
 * out) from A1: its values and formulas, number formats, and per cell the fill and the font's
 * bold, italic and colour; the number of conditional formats on it; the sheet's tables; its charts
 * (name and type, in order). Comments, notes and names scoped to the sheet are not fingerprinted:
 * the add-in never makes any, so a sheet with one is changed. Not seen: borders, column widths,
 * row heights, hyperlinks, data validation, pictures and shapes, and a chart's position and
 * inner formatting (a refresh keeps row heights, pictures and shapes; it resets the rest).
 *
 * Requirement sets: reading cell formats needs ExcelApi 1.9, comments 1.10, notes 1.18. An Excel
 * without 1.9 writes no fingerprint (the sheet then never refreshes in place); one without 1.18
 * cannot check a sheet, so it refuses every refresh (requirements.ts, REFRESH_CHECK_SET).
 */

/** The fingerprint's version, its first characters. */
const VERSION = "v2-";

/** A used range of more cells than this is not an analysis sheet as the add-in writes it. */
const MAX_CHECKED_CELLS = 400_000;

/** The cell formats read back per cell. */
const CELL_FORMATS = { format: { fill: { color: true }, font: { bold: true, italic: true, color: true } } };

/** The sheet-wide part of the reading, loaded in the first sync. */
export interface Outline {
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
  /** Counted only before a refresh: the written sheet has none by construction. */
  readonly extras?: {
    readonly comments: OfficeExtension.ClientResult<number>;
    readonly notes: OfficeExtension.ClientResult<number>;
    readonly names: OfficeExtension.ClientResult<number>;
  };
}

/** The cells of the used range, loaded once its size is known. */
export interface CellsRead {
  readonly range: Excel.Range;
  readonly formats: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly conditionalFormats: OfficeExtension.ClientResult<number>;
}

/** Queues the sheet-wide reading; `withExtras` counts comments, notes and sheet-scoped names too. */
export function queueOutline(sheet: Excel.Worksheet, used: Excel.Range, withExtras: boolean): Outline {
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name");
  const charts = sheet.charts.load("items/name,items/chartType");
  if (!withExtras) return { used, tables, charts };
  return {
    used,
    tables,
    charts,
    extras: { comments: sheet.comments.getCount(), notes: sheet.notes.getCount(), names: sheet.names.getCount() },
  };
}

/** Queues the reading of every cell of `range` (the used range). */
export function queueCells(range: Excel.Range): CellsRead {
  range.load("values,formulas,numberFormat");
  return { range, formats: range.getCellProperties(CELL_FORMATS), conditionalFormats: range.conditionalFormats.getCount() };
}

/** Whether the outline rules the sheet out before its cells are read (too big, comments, notes, names). */
function outlineRulesOut(outline: Outline): boolean {
  const { used, extras } = outline;
  if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return true;
  if (used.rowCount * used.columnCount > MAX_CHECKED_CELLS) return true;
  return extras !== undefined && (extras.comments.value > 0 || extras.notes.value > 0 || extras.names.value > 0);
}

type Grid = readonly (readonly unknown[])[];

/** One cell as fingerprinted: value, formula, number format, fill, bold, italic, font colour. */
function cellKey(cells: CellsRead, r: number, c: number, skip: { row: number; column: number }): string {
  const { values, formulas, numberFormat } = cells.range as unknown as { values: Grid; formulas: Grid; numberFormat: Grid };
  const format = cells.formats.value[r]?.[c]?.format;
  const own = r === skip.row && c === skip.column;
  const parts = [
    own ? "" : values[r][c],
    own ? "" : formulas[r][c],
    numberFormat[r][c],
    format?.fill?.color,
    format?.font?.bold,
    format?.font?.italic,
    format?.font?.color,
  ];
  return JSON.stringify(parts);
}

/** A cell's key when nothing is on it (read from an empty cell of this Excel). */
function isBlankKey(key: string): boolean {
  return key === JSON.stringify(["", "", "General", "#FFFFFF", false, false, "#000000"]);
}

/**
 * The fingerprint of a sheet read with queueOutline and queueCells, leaving out the value and
 * formula of the cell `skip` (the check-code cell, which holds the fingerprint itself).
 */
export function fingerprint(outline: Outline, cells: CellsRead, skip: { row: number; column: number }): string {
  const rows = (cells.range as unknown as { values: Grid }).values.map((row, r) => {
    const keys = row.map((_, c) => cellKey(cells, r, c, skip));
    while (keys.length > 0 && isBlankKey(keys[keys.length - 1])) keys.pop();
    return keys.join(",");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const sheetWide = JSON.stringify({
    conditionalFormats: cells.conditionalFormats.value,
    tables: outline.tables.items.map((t) => t.name),
    charts: outline.charts.items.map((c) => [c.name, c.chartType]),
  });
  const text = `${sheetWide}\u001d${rows.join("\u001e")}`;
  return `${VERSION}${fnv1a(text)}${fnv1a(`${text.length}\u001f${text}`)}`;
}

/** Where the fingerprint goes: the check-code cell found in the values read. */
export function stampCell(cells: CellsRead): { row: number; column: number } | undefined {
  return checkCodeCell((cells.range as unknown as { values: (string | number | boolean)[][] }).values);
}

/**
 * True when the sheet is an analysis sheet exactly as the add-in left it: one table, the add-in's
 * inputs table; only the add-in's charts; and a fingerprint in its check-code cell that matches
 * the sheet as read now.
 */
function isUntouched(outline: Outline, cells: CellsRead): boolean {
  const tables = outline.tables.items.map((t) => t.name);
  if (tables.length !== 1 || !claimedFrom(INPUTS_TABLE, tables[0])) return false;
  if (!outline.charts.items.every((c) => c.name.startsWith(CHART_NAME_PREFIX))) return false;
  const cell = stampCell(cells);
  if (!cell) return false;
  const stored = (cells.range as unknown as { values: Grid }).values[cell.row][cell.column];
  return typeof stored === "string" && stored.startsWith(VERSION) && stored === fingerprint(outline, cells, cell);
}

/**
 * Reads a sheet and answers whether it is untouched, in two syncs (the outline, then the cells);
 * anything queued on the context before is synced with the first.
 */
export async function readUntouched(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean> {
  const outline = queueOutline(sheet, sheet.getUsedRangeOrNullObject(false), true);
  await context.sync();
  if (outlineRulesOut(outline)) return false;
  const cells = queueCells(outline.used);
  await context.sync();
  return isUntouched(outline, cells);
}
