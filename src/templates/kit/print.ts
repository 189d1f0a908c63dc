import type { Language } from "../../core/language";
import { columnLetter, parseRange, rangeAddress } from "./a1";
import type { Margins, PrintSetup, SheetSpec } from "./model";
import { columnPoints, pagePoints, printedSize } from "./printScale";
import { clippedTextCells, estimatedRowHeights, helpMerges } from "./textFit";
import { pick, tx } from "./text";

/**
 * Every sheet prints: A4, one page wide, the header row of its first table on every page, only the
 * cells that matter, margins with room to punch, and a footer naming the sheet and the page. A
 * sheet too wide to read on one page (printed below READABLE_SCALE) whose rows are identified by
 * frozen columns prints two pages wide and one tall instead, those columns repeated on the second
 * page, when that prints it larger. This is a kit feature, so every template gets it by default
 * through `planSheets`; a sheet that sets its own `print`, `merges` or `rowHeights` keeps them.
 */

/**
 * The smallest zoom at which 11-point text stays comfortably readable on paper (about 6.6 point);
 * below it a sheet with identifying columns is split over two pages wide.
 */
const READABLE_SCALE = 0.6;

/** Room to punch on the binding edge: the left of a portrait page, the top of a landscape one. */
const PUNCH = 0.8;
const EDGE = 0.4;
const FOOT = 0.7;

export const MARGINS: Readonly<Record<PrintSetup["orientation"], Margins>> = {
  portrait: { left: PUNCH, right: EDGE, top: 0.6, bottom: FOOT, header: 0.3, footer: 0.3 },
  landscape: { left: EDGE, right: EDGE, top: PUNCH, bottom: FOOT, header: 0.3, footer: 0.3 },
};

/** The footer: the sheet's name, then "page N of M". */
const FOOTER = tx("&A, page &P of &N", "&A, sida &P av &N");

/** The last row and column holding a cell, a table or a chart, 0-based; (-1, -1) for a blank sheet. */
function usedExtent(spec: SheetSpec): { bottom: number; right: number } {
  let bottom = -1;
  let right = -1;
  spec.grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined) return;
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  const boxes = [...spec.tables.map((t) => t.range), ...(spec.charts ?? []).map((c) => `${c.from}:${c.to}`)];
  for (const box of boxes) {
    const b = parseRange(box);
    bottom = Math.max(bottom, b.bottom);
    right = Math.max(right, b.right);
  }
  return { bottom, right };
}

/**
 * The rows repeated on every page: the header row of the first table when the frozen rows end
 * there (the table the sheet scrolls under); otherwise the frozen rows (the title of a sheet of
 * several blocks: a small table's header would be wrong over the next); otherwise, with nothing
 * frozen, the first table's header row.
 */
function titleRows(spec: SheetSpec): string | undefined {
  const first = spec.tables[0];
  const header = first ? parseRange(first.range).top + 1 : undefined;
  const frozen = spec.freeze.rows;
  if (frozen > 0 && frozen !== header) return `1:${frozen}`;
  return header !== undefined ? `${header}:${header}` : undefined;
}

/**
 * How a writer that cannot draw charts (the .xlsx writer) prints a sheet: its print area without
 * the rows and columns only the charts cover.
 */
export function printWithoutCharts(spec: SheetSpec): PrintSetup | undefined {
  if (!spec.print || !spec.charts || spec.charts.length === 0) return spec.print;
  const cells = usedExtent({ ...spec, charts: [] });
  const a = parseRange(spec.print.area);
  return {
    ...spec.print,
    area: rangeAddress(a.top, a.left, Math.max(a.top, Math.min(a.bottom, cells.bottom)), Math.max(a.left, Math.min(a.right, cells.right))),
  };
}

/** The last row and column printed, 0-based: the used cells, at least A1. */
function printedExtent(spec: SheetSpec): { bottom: number; right: number } {
  const { bottom, right } = usedExtent(spec);
  return { bottom: Math.max(bottom, 0), right: Math.max(right, 0) };
}

/**
 * The page setup of a sheet (its row heights set): landscape when its used width does not fit a
 * portrait page, its title rows repeated, its cells and charts as print area; one
 * page wide, or two wide and one tall with its frozen columns repeated when that prints a sheet
 * below READABLE_SCALE larger.
 */
export function printSetup(spec: SheetSpec, language: Language): PrintSetup {
  const last = printedExtent(spec);
  const width = columnPoints(spec, last.right).reduce((a, b) => a + b, 0);
  const orientation = width > pagePoints({ orientation: "portrait", margins: MARGINS.portrait }).width ? "landscape" : "portrait";
  const rows = titleRows(spec);
  const one: PrintSetup = {
    orientation,
    paper: "A4",
    fitToWidth: 1,
    area: rangeAddress(0, 0, last.bottom, last.right),
    ...(rows !== undefined ? { titleRows: rows } : {}),
    margins: MARGINS[orientation],
    footer: pick(FOOTER, language),
  };
  const titles = spec.freeze.columns;
  if (titles === 0 || titles > last.right || printedSize(spec, one).scale >= READABLE_SCALE) return one;
  const two: PrintSetup = {
    ...one,
    orientation: "landscape",
    margins: MARGINS.landscape,
    fitToWidth: 2,
    fitToHeight: 1,
    titleColumns: `A:${columnLetter(titles - 1)}`,
  };
  return printedSize(spec, two).scale > printedSize(spec, one).scale ? two : one;
}

/**
 * A sheet made ready for screen and paper: help texts merged across the printed width where they
 * have room, text that a filled cell beside it would cut off wrapped, row heights for wrapped text,
 * and the page setup. What the sheet already sets stays.
 */
export function layoutForPrint(spec: SheetSpec, language: Language): SheetSpec {
  const right = spec.print ? parseRange(spec.print.area).right : printedExtent(spec).right;
  const merges = spec.merges ?? helpMerges(spec, right);
  const wraps = [...(spec.wraps ?? []), ...clippedTextCells(spec)];
  const wrapped = { ...spec, wraps };
  const rowHeights = spec.rowHeights ?? estimatedRowHeights(wrapped, merges);
  const laid: SheetSpec = {
    ...spec,
    ...(merges.length > 0 ? { merges } : {}),
    ...(wraps.length > 0 ? { wraps } : {}),
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
  };
  return { ...laid, print: spec.print ?? printSetup(laid, language) };
}
