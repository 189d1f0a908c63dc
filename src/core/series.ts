import { Dec, ZERO } from "./decimal";
import { SroiError } from "./errors";
import { isBlank, passErrorValue, readNonNegative, readNumber } from "./validate";

/**
 * Reading yearly series from what a spreadsheet passes: a single number, a 1-D list, or a 2-D
 * range. A single row or column is one series of years; a block with several rows and several
 * columns has one row per outcome and one column per year, summed per year. Blank cells are 0.
 * An Excel error in the range (the first, row by row) is passed on before anything else is checked.
 */
export function readSeries(argument: string, value: unknown, readCell = readNumber): Dec[] {
  if (!Array.isArray(value)) return [readCell(argument, value)];
  passErrorValue(argument, value);
  const rows: unknown[][] = value.every(Array.isArray) ? (value as unknown[][]) : [value];
  const width = rows.length === 0 ? 0 : rows[0].length;
  if (rows.length === 0 || width === 0) throw new SroiError("VALUE", { kind: "empty", argument });
  if (rows.some((row) => row.length !== width)) {
    throw new SroiError("VALUE", { kind: "shape", argument, rows: rows.length, columns: width, expected: "rectangle" });
  }
  const cells = rows.map((row) => row.map((cell) => (isBlank(cell) ? ZERO : readCell(argument, cell))));
  if (rows.length === 1) return cells[0];
  if (width === 1) return cells.map((row) => row[0]);
  return sumByYear(cells);
}

/** Reads an investment: a single amount paid at the start, or yearly amounts; never negative. */
export function readInvestment(argument: string, value: unknown): Dec[] {
  return readSeries(argument, value, readNonNegative);
}

/**
 * Sums a block of yearly values per year: rows are outcomes, columns are years.
 * Rows may differ in length; missing years count as 0.
 */
export function sumByYear(block: readonly (readonly Dec[])[]): Dec[] {
  const years = block.reduce((longest, row) => Math.max(longest, row.length), 0);
  const totals: Dec[] = Array.from({ length: years }, () => ZERO);
  for (const row of block) row.forEach((v, t) => (totals[t] = totals[t].plus(v)));
  return totals;
}
