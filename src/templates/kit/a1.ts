/**
 * A1 addresses: column letters and cell/range addresses from 0-based row and column indexes.
 * Everything here is relative to one sheet; sheet-qualified references come from `sheetRef`.
 */

/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`column index ${column} is not a whole number ≥ 0`);
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  return (
    letters
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1
  );
}

/** A cell address from 0-based indexes; `absolute` adds $ to both parts: (3, 1) → "B4" / "$B$4". */
export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(column)}${d}${row + 1}`;
}

/** A range address from 0-based corner indexes: (3, 0, 23, 5) → "A4:F24". */
export function rangeAddress(top: number, left: number, bottom: number, right: number, absolute = false): string {
  return `${cellAddress(top, left, absolute)}:${cellAddress(bottom, right, absolute)}`;
}

/** A 0-based position parsed from an A1 cell address ($ allowed). */
export interface Position {
  readonly row: number;
  readonly column: number;
}

/** Parses "B4" or "$B$4" to { row: 3, column: 1 }. */
export function parseCell(address: string): Position {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!match || Number(match[2]) < 1) throw new RangeError(`"${address}" is not a cell address`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** A parsed range: inclusive 0-based corners. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses "A4:F24" (or a single cell "B4") to inclusive 0-based bounds. */
export function parseRange(address: string): Bounds {
  const [first, second = first] = address.split(":");
  const a = parseCell(first);
  const b = parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** A sheet name quoted for formulas: Kostnadskalkyl → 'Kostnadskalkyl', it's → 'it''s'. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell or range on another sheet: ('Cost sheet', "$B$4") → 'Cost sheet'!$B$4. */
export function sheetRef(sheetName: string, address: string): string {
  return `${quoteSheet(sheetName)}!${address}`;
}
