import { demand } from "./fakeErrors";

/**
 * A1 addresses as Excel parses them, for the fake: cells, ranges, whole columns ("A:C"), whole
 * rows ("1:3") and sheet-qualified forms ("'Cost sheet'!A1:B2"). Bounds are 0-based, inclusive.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function letters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(text: string): number {
  return (
    text
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
  );
}

export function cellName(row: number, column: number): string {
  return `${letters(column)}${row + 1}`;
}

export function boundsAddress(b: Bounds): string {
  const first = cellName(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${cellName(b.bottom, b.right)}`;
}

/** Splits "'It''s'!A1" into sheet "It's" and "A1"; a plain address has no sheet. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

type Part = { row?: number; column?: number };

function parsePart(text: string, address: string): Part {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text.trim());
  demand(!!m && (m[1] !== undefined || m[2] !== undefined), "InvalidArgument", `The address "${address}" is not valid.`);
  const column = m[1] === undefined ? undefined : columnNumber(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]) - 1;
  demand(column === undefined || column < MAX_COLUMNS, "InvalidArgument", `The address "${address}" is outside the sheet.`);
  demand(row === undefined || (row >= 0 && row < MAX_ROWS), "InvalidArgument", `The address "${address}" is outside the sheet.`);
  return { row, column };
}

/** Parses a sheet-local address ("B4", "A4:F24", "A:C", "3:5") to bounds. */
export function parseAddress(address: string): Bounds {
  const [a, b = a, extra] = address.split(":");
  demand(extra === undefined, "InvalidArgument", `The address "${address}" is not valid.`);
  const p = parsePart(a, address);
  const q = parsePart(b, address);
  const wholeColumns = p.row === undefined && q.row === undefined;
  const wholeRows = p.column === undefined && q.column === undefined;
  demand(
    (p.row !== undefined && p.column !== undefined && q.row !== undefined && q.column !== undefined) || wholeColumns || wholeRows,
    "InvalidArgument",
    `The address "${address}" is not valid.`,
  );
  const top = wholeColumns ? 0 : Math.min(p.row!, q.row!);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const left = wholeRows ? 0 : Math.min(p.column!, q.column!);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(p.column!, q.column!);
  return { top, left, bottom, right };
}

export function rowCount(b: Bounds): number {
  return b.bottom - b.top + 1;
}

export function columnCount(b: Bounds): number {
  return b.right - b.left + 1;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Every (row, column) of the bounds, row by row. */
export function* cellsOf(b: Bounds): Generator<[number, number]> {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) yield [r, c];
}
