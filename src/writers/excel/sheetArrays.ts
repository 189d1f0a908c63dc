import type { Cell, SheetSpec } from "../../templates/kit";
import { FormatOptions, GENERAL_FORMAT, formatCode } from "../style";
import { literalText } from "./literalText";

/**
 * A sheet's cells as the 2-D arrays Office.js writes in one call each: `formulas` (constants and
 * formulas) and `numberFormat`, both exactly rows × columns of the used range from A1.
 */

export interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/** Rows and columns from A1 to the last cell of the grid (0 × 0 for an empty grid). */
export function sheetSize(spec: SheetSpec): SheetSize {
  const rows = spec.grid.length;
  const columns = Math.max(0, ...spec.grid.map((row) => row.length));
  return { rows, columns: rows === 0 ? 0 : columns };
}

/**
 * What to write through `formulas` so Excel stores the cell as the model means it: a formula as
 * is, numbers and booleans as is, text that Excel might convert ("1-5", "2026", "=x", "TRUE",
 * "1E5", "#N/A") behind an apostrophe so it stays exactly that text (literalText.ts), a missing
 * cell as "" (blank).
 */
export function formulaEntry(cell: Cell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value;
  if (value === undefined) return "";
  if (typeof value !== "string" || value === "") return value;
  return literalText(value);
}

function grid<T>(spec: SheetSpec, entry: (cell: Cell | undefined) => T): T[][] {
  const { rows, columns } = sheetSize(spec);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => entry(spec.grid[r]?.[c])));
}

/** The `formulas` array of the sheet's used range. */
export function formulaGrid(spec: SheetSpec): (string | number | boolean)[][] {
  return grid(spec, formulaEntry);
}

/** The `numberFormat` array of the sheet's used range ("General" where the model sets none). */
export function formatGrid(spec: SheetSpec, options: FormatOptions): string[][] {
  return grid(spec, (cell) => (cell?.format ? formatCode(cell.format, options) : GENERAL_FORMAT));
}

/** Runs of adjacent columns with the same width: [{ left: 0, right: 2, width: 12 }, …]. */
export function widthRuns(widths: readonly number[]): { left: number; right: number; width: number }[] {
  const runs: { left: number; right: number; width: number }[] = [];
  widths.forEach((width, c) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.right === c - 1) last.right = c;
    else runs.push({ left: c, right: c, width });
  });
  return runs;
}
