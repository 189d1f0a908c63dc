import type { Language } from "../../core/language";
import { columnPixels, parseRange, pick, rangeAddress, rowPoints, wrappedLines } from "../kit";
import type { Cell, Format, SheetBuilder } from "../kit";
import type { Sources } from "./sources";

/**
 * Where the summary's parts put their cells: rows go down from `row`, columns from `col` (A for
 * the left half or the whole width, D for the right half: see decisionSummary.ts); `layout`
 * collects the merges, wrapped cells and row heights the parts ask for.
 */
export interface Cursor {
  row: number;
  col: number;
  readonly sheet: SheetBuilder;
  readonly layout: PartLayout;
  readonly src: Sources;
  readonly language: Language;
  readonly years: number;
}

/** Merges, wrapped ranges and explicit row heights (points, by 0-based row) of the parts. */
export interface PartLayout {
  readonly merges: string[];
  readonly wraps: string[];
  readonly heights: Record<number, number>;
  /** The last column (0-based) of the left half and of the whole width. */
  readonly halfRight: number;
  readonly right: number;
  /** The columns' widths in characters. */
  readonly widths: readonly number[];
}

/** A heading's row: a 12-point section font makes Excel's row 16 points. */
const HEADING_POINTS = 16;
/** Two lines of 11-point text. */
export const TWO_LINES = 33;

export const calc = (formula: string, format: Format): Cell => ({ formula, role: "calc", format });
const check = (formula: string): Cell => ({ formula, role: "check", format: "text" });
export const say = (c: Cursor, t: { en: string; sv: string }): string => pick(t, c.language);

/** A bar of up to 8 characters for the number in `cell`, scaled to the largest in `range`. */
export function bar(cell: string, range: string): Cell {
  const scale = `MAX(MAX(${range}),-MIN(${range}),1)`;
  return calc(`=IF(ISNUMBER(${cell}),REPT("█",ROUND(8*ABS(${cell})/${scale},0)),"")`, "text");
}

/** A merged range's first cell, which holds its text: the one cell a writer wraps. */
export function topLeft(range: string): string {
  const b = parseRange(range);
  return rangeAddress(b.top, b.left, b.top, b.left);
}

/** The last column of the block the cursor is in: the left half, the right half or the whole width. */
export function blockRight(c: Cursor, whole: boolean): number {
  return whole ? c.layout.right : c.col === 0 ? c.layout.halfRight : c.layout.right;
}

/**
 * A section's heading, and under it the line that says when its sheet is missing (`message`),
 * merged across the block and wrapped, as tall as the message needs.
 */
export function heading(c: Cursor, text: { en: string; sv: string }, missing: string, message: string, whole = false): void {
  c.sheet.put(c.row, c.col, { value: say(c, text), role: "section" });
  c.layout.heights[c.row] = HEADING_POINTS;
  c.sheet.put(c.row + 1, c.col, check(missing));
  const right = blockRight(c, whole);
  const line = rangeAddress(c.row + 1, c.col, c.row + 1, right);
  c.layout.merges.push(line);
  c.layout.wraps.push(topLeft(line));
  let pixels = 0;
  for (let k = c.col; k <= right; k++) pixels += columnPixels(c.layout.widths[k]);
  const lines = wrappedLines(message, pixels);
  if (lines > 1) c.layout.heights[c.row + 1] = rowPoints(lines);
  c.row += 2;
}
