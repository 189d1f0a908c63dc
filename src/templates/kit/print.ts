import type { Language } from "../../core/language";
import { parseRange, rangeAddress } from "./a1";
import type { Margins, PrintSetup, SheetSpec } from "./model";
import { DEFAULT_COLUMN_WIDTH, clippedTextCells, columnPixels, estimatedRowHeights, helpMerges } from "./textFit";
import { pick, tx } from "./text";

/**
 * Every sheet prints: A4, one page wide, the header row of its first table on every page, only the
 * cells that matter, margins with room to punch, and a footer naming the sheet and the page. This
 * is a kit feature, so every template gets it by default through `planSheets`; a sheet that sets
 * its own `print`, `merges` or `rowHeights` keeps them.
 */

/** A4 in inches (210 × 297 mm). */
const A4 = { width: 8.27, height: 11.69 };

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

/** Printed width of a portrait A4 page in points, between the margins. */
export const PORTRAIT_POINTS = (A4.width - MARGINS.portrait.left - MARGINS.portrait.right) * 72;

/** The last row and column holding a cell or a table, 0-based; (-1, -1) for a blank sheet. */
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
  for (const t of spec.tables) {
    const b = parseRange(t.range);
    bottom = Math.max(bottom, b.bottom);
    right = Math.max(right, b.right);
  }
  return { bottom, right };
}

/** The width of columns 0..right in points, as printed at 100 %. */
function printedPoints(spec: SheetSpec, right: number): number {
  let pixels = 0;
  for (let c = 0; c <= right; c++) pixels += columnPixels(spec.columnWidths[c] || DEFAULT_COLUMN_WIDTH);
  return pixels * 0.75;
}

/**
 * The page setup of a sheet: landscape when its used width does not fit a portrait page, the
 * header row of its first table repeated, the used cells as print area.
 */
export function printSetup(spec: SheetSpec, language: Language): PrintSetup {
  const { bottom, right } = usedExtent(spec);
  const last = { bottom: Math.max(bottom, 0), right: Math.max(right, 0) };
  const orientation = printedPoints(spec, last.right) > PORTRAIT_POINTS ? "landscape" : "portrait";
  const first = spec.tables[0];
  const header = first ? parseRange(first.range).top + 1 : undefined;
  return {
    orientation,
    paper: "A4",
    fitToWidth: 1,
    area: rangeAddress(0, 0, last.bottom, last.right),
    ...(header !== undefined ? { titleRows: `${header}:${header}` } : {}),
    margins: MARGINS[orientation],
    footer: pick(FOOTER, language),
  };
}

/**
 * A sheet made ready for screen and paper: help texts merged across the printed width where they
 * have room, text that a filled cell beside it would cut off wrapped, row heights for wrapped text,
 * and the page setup. What the sheet already sets stays.
 */
export function layoutForPrint(spec: SheetSpec, language: Language): SheetSpec {
  const print = spec.print ?? printSetup(spec, language);
  const merges = spec.merges ?? helpMerges(spec, parseRange(print.area).right);
  const wraps = [...(spec.wraps ?? []), ...clippedTextCells(spec)];
  const wrapped = { ...spec, wraps };
  const rowHeights = spec.rowHeights ?? estimatedRowHeights(wrapped, merges);
  return {
    ...spec,
    print,
    ...(merges.length > 0 ? { merges } : {}),
    ...(wraps.length > 0 ? { wraps } : {}),
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
  };
}
