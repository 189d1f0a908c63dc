import { parseRange, rangeAddress } from "./a1";
import type { Bounds } from "./a1";
import type { Cell, SheetSpec } from "./model";

/**
 * Making text fit, as data: Excel and LibreOffice do not grow a row whose height the file sets, and
 * an .xlsx written by a program has no measured heights at all, so wrapped text would show one line
 * and hide the rest. Heights are estimated here from the text's length and the width it wraps in
 * (Calibri 11, the workbook's font), word by word; a help text with nothing to its right is merged
 * across the sheet so it wraps in the sheet's width instead of its own column.
 */

/** Excel's default column width in characters, for columns a sheet gives no width. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** Points per line of 11-point text, and the padding above and below the lines. */
const LINE_POINTS = 15;
const ROW_PADDING = 3;

/** Average advance of a character of Calibri 11 in pixels (regular, bold), rounded up for safety. */
const CHARACTER_PIXELS = { regular: 5.8, bold: 6.8 };

/** The pixel width of a column `characters` wide: 7 px a character plus 5 px padding. */
export function columnPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

/** The widths of a sheet's columns left..right in pixels. */
function spanPixels(spec: SheetSpec, left: number, right: number): number {
  let pixels = 0;
  for (let c = left; c <= right; c++) pixels += columnPixels(spec.columnWidths[c] || DEFAULT_COLUMN_WIDTH);
  return pixels;
}

/**
 * The number of lines `text` takes when wrapped word by word in `pixels` (less the cell's inner
 * padding); a word longer than a line starts a line of its own and is broken, as Excel does.
 */
export function wrappedLines(text: string, pixels: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((pixels - 6) / (bold ? CHARACTER_PIXELS.bold : CHARACTER_PIXELS.regular)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else if (word.length > perLine) {
        // A word longer than a line (a web address) starts on a line of its own and is broken.
        lines += (used === 0 ? 0 : 1) + Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else {
        lines++;
        used = word.length;
      }
    }
  }
  return lines;
}

/** Points for a row of `lines` lines of 11-point text. */
export function rowPoints(lines: number): number {
  return lines * LINE_POINTS + ROW_PADDING;
}

/** Roles whose text wraps (their style has wrap on: see writers/style.ts). */
const WRAPPING = new Set(["help", "header"]);

function textOf(cell: Cell | undefined): string | undefined {
  return cell && typeof cell.value === "string" && cell.formula === undefined ? cell.value : undefined;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Help texts that do not fit their column and have nothing to their right up to `right` (the
 * printed width), merged across it; never over a table or another merge.
 */
export function helpMerges(spec: SheetSpec, right: number): string[] {
  const blocked = [...spec.tables.map((t) => parseRange(t.range)), ...(spec.merges ?? []).map(parseRange)];
  const merges: string[] = [];
  spec.grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = textOf(cell);
      if (cell?.role !== "help" || text === undefined || c >= right) return;
      if (wrappedLines(text, spanPixels(spec, c, c)) <= 1) return;
      for (let k = c + 1; k <= right; k++) if (row[k] !== undefined) return;
      const box = { top: r, left: c, bottom: r, right };
      if (blocked.some((b) => intersects(b, box))) return;
      merges.push(rangeAddress(r, c, r, right));
    });
  });
  return merges;
}

/**
 * Text cells that would be cut off: a constant text wider than its column with a cell to its
 * right (which stops the overflow), so it wraps instead. Help texts are merged (helpMerges) and
 * headers always wrap.
 */
export function clippedTextCells(spec: SheetSpec): string[] {
  const cells: string[] = [];
  spec.grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = textOf(cell);
      if (text === undefined || WRAPPING.has(cell?.role ?? "") || row[c + 1] === undefined) return;
      if (wrappedLines(text, spanPixels(spec, c, c), cell?.role === "total") > 1) cells.push(rangeAddress(r, c, r, c));
    });
  });
  return cells;
}

/**
 * The height of every row whose wrapped text (help and header cells, merged or not, and cells in
 * the sheet's `wraps`) needs more than one line, in points by 0-based row.
 */
export function estimatedRowHeights(spec: SheetSpec, merges: readonly string[]): Record<number, number> {
  const spans = new Map(
    merges.map((m) => {
      const b = parseRange(m);
      return [`${b.top}:${b.left}`, b.right] as const;
    }),
  );
  const wraps = (spec.wraps ?? []).map(parseRange);
  const wrapped = (r: number, c: number, cell: Cell | undefined): boolean =>
    WRAPPING.has(cell?.role ?? "") || wraps.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  const heights: Record<number, number> = {};
  spec.grid.forEach((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      const text = textOf(cell);
      if (text === undefined || !wrapped(r, c, cell)) return;
      const right = spans.get(`${r}:${c}`) ?? c;
      lines = Math.max(lines, wrappedLines(text, spanPixels(spec, c, right), cell?.role === "header"));
    });
    if (lines > 1) heights[r] = rowPoints(lines);
  });
  return heights;
}
