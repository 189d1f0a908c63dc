import { readsAs } from "../kit";
import { AT } from "./analysisText";
import type { Grid } from "../kit";

/**
 * The check code of an analysis sheet: a short hash of every value on it, written on the sheet
 * itself. Before refreshing a sheet in place the writer reads the sheet's values back and
 * recomputes the code: if it differs, someone has changed the sheet, and the refresh would lose
 * that work, so it is refused. Values are compared as Excel returns them (numbers to 12
 * significant digits, text as is, blanks as ""), from A1, ignoring trailing blank rows and
 * columns; the check-code cell itself counts as blank.
 */

/** A cell's value as Excel's `values` returns it: number, text ("" for blank) or boolean. */
export type SheetValue = string | number | boolean | null | undefined;

function canonical(value: SheetValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n${Number(value.toPrecision(12))}`;
  if (typeof value === "boolean") return value ? "b1" : "b0";
  return `s${value}`;
}

/** FNV-1a, 32 bits, over the UTF-16 code units of a text, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The check code of a sheet's values from A1, with the cell at (row, column) taken as blank. */
export function checkCode(values: readonly (readonly SheetValue[])[], skip: { readonly row: number; readonly column: number }): string {
  const rows = values.map((row, r) => {
    const cells = row.map((v, c) => (r === skip.row && c === skip.column ? "" : canonical(v)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  return `v1-${fnv1a(rows.join("\u001e"))}`;
}

/** The values a grid puts on a sheet (what Excel's `values` gives back for it; no formulas). */
export function gridValues(grid: Grid): SheetValue[][] {
  return grid.map((row) => row.map((cell) => (cell?.formula !== undefined ? undefined : cell?.value)));
}

/**
 * Whether a sheet's values (from A1) are an analysis sheet as the add-in left it: "unchanged" when
 * its check code (the value next to the "Check code" label in column A, either language) matches
 * its values, "changed" when it does not, "unmarked" when there is no check code.
 */
export function sheetCheck(values: readonly (readonly SheetValue[])[]): "unchanged" | "changed" | "unmarked" {
  const cell = checkCodeCell(values);
  if (!cell) return "unmarked";
  return values[cell.row][cell.column] === checkCode(values, cell) ? "unchanged" : "changed";
}

/**
 * Where the check code is on a sheet's values (from A1): the cell right of the first "Check code"
 * label (either language) in column A, or undefined when there is none. The Excel writer keeps
 * its own, fuller fingerprint of the sheet in this cell.
 */
export function checkCodeCell(values: readonly (readonly SheetValue[])[]): { readonly row: number; readonly column: number } | undefined {
  const row = values.findIndex((cells) => typeof cells[0] === "string" && readsAs(cells[0], AT.inputs.checkCode));
  return row < 0 ? undefined : { row, column: 1 };
}
