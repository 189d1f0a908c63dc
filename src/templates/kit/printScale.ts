import { columnIndex, parseRange } from "./a1";
import type { PrintSetup, SheetSpec } from "./model";
import { DEFAULT_COLUMN_WIDTH, columnPixels } from "./textFit";

/**
 * How large a sheet prints, estimated from its spec as Excel and LibreOffice lay it out: fitting
 * to N pages wide scales the sheet so that its columns, broken at column boundaries with the title
 * columns repeated on every page, fill at most N page widths (and, fitted to one page tall, its
 * rows one page height); a sheet is never printed larger than 100 %.
 */

/** A4 in inches (210 × 297 mm). */
const A4 = { width: 8.27, height: 11.69 };

/** Points per inch, and points per pixel at 96 dpi. */
const POINTS_PER_INCH = 72;
const POINTS_PER_PIXEL = 0.75;

/** A row with no height of its own: Excel's default for Calibri 11; a title row (16 point) is taller. */
const DEFAULT_ROW_POINTS = 15;
const TITLE_ROW_POINTS = 24;

/** The printable width and height of a page between the margins, in points. */
export function pagePoints(print: Pick<PrintSetup, "orientation" | "margins">): { width: number; height: number } {
  const [w, h] = print.orientation === "landscape" ? [A4.height, A4.width] : [A4.width, A4.height];
  const m = print.margins;
  return { width: (w - m.left - m.right) * POINTS_PER_INCH, height: (h - m.top - m.bottom) * POINTS_PER_INCH };
}

/** The printed width of each column of the sheet 0..right, in points at 100 %. */
export function columnPoints(spec: SheetSpec, right: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c <= right; c++) widths.push(columnPixels(spec.columnWidths[c] || DEFAULT_COLUMN_WIDTH) * POINTS_PER_PIXEL);
  return widths;
}

/** The printed height of rows top..bottom in points at 100 %. */
function rowsPoints(spec: SheetSpec, top: number, bottom: number): number {
  let points = 0;
  for (let r = top; r <= bottom; r++) {
    const own = spec.rowHeights?.[r];
    const isTitle = spec.grid[r]?.some((cell) => cell?.role === "title") ?? false;
    points += own ?? (isTitle ? TITLE_ROW_POINTS : DEFAULT_ROW_POINTS);
  }
  return points;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The number of leading columns a "A:B" range of title columns covers (0 when none). */
function titleColumnCount(print: PrintSetup): number {
  return print.titleColumns ? columnIndex(print.titleColumns.split(":")[1]) + 1 : 0;
}

/**
 * The widest page, in points at 100 %, when the columns are spread over `pages` pages at their
 * best break, the first `titles` columns repeated on every page after the first.
 */
function widestPage(widths: readonly number[], pages: number, titles: number): number {
  if (pages <= 1 || widths.length <= titles + 1) return sum(widths);
  const titleWidth = sum(widths.slice(0, titles));
  let best = Infinity;
  for (let k = Math.max(titles, 1); k < widths.length; k++) {
    best = Math.min(best, Math.max(sum(widths.slice(0, k)), titleWidth + sum(widths.slice(k))));
  }
  return best;
}

export interface PrintedSize {
  /** The zoom the page setup prints the sheet at, 0–1. */
  readonly scale: number;
  /** The number of pages the sheet prints on. */
  readonly pages: number;
}

/** The scale and page count a sheet prints at with `print` (estimated from its widths and heights). */
export function printedSize(spec: SheetSpec, print: PrintSetup): PrintedSize {
  const area = parseRange(print.area);
  const page = pagePoints(print);
  const wide = print.fitToWidth;
  const height = rowsPoints(spec, area.top, area.bottom);
  const byWidth = page.width / widestPage(columnPoints(spec, area.right).slice(area.left), wide, titleColumnCount(print));
  const byHeight = print.fitToHeight ? (print.fitToHeight * page.height) / height : Infinity;
  const scale = Math.min(1, byWidth, byHeight);
  const tall = print.fitToHeight ?? Math.max(1, Math.ceil((height * scale) / page.height - 0.01));
  return { scale, pages: wide * tall };
}
