import { Dec } from "../../../src/core";
import { cellAddress } from "../../../src/templates/kit/a1";
import type { SheetKey, SheetSpec } from "../../../src/templates/kit/model";

/**
 * What a calculated cell must show, worked out from the core and the sheets' input cells (never
 * from the formulas): a number, a text ("" for a cell the formula leaves blank), or any non-empty
 * text where the template's wording is its own business (a warning shown instead of a number).
 */
export type Expected =
  { readonly kind: "number"; readonly value: Dec } | { readonly kind: "text"; readonly value: string } | { readonly kind: "anyText" };

export const number = (value: Dec | number): Expected => ({ kind: "number", value: new Dec(value) });
export const text = (value: string): Expected => ({ kind: "text", value });
export const BLANK: Expected = text("");
export const ANY_TEXT: Expected = { kind: "anyText" };

/** The planned sheets, read as a spreadsheet would: by key, 0-based row and column. */
export class PlannedSheets {
  private readonly byKey = new Map<SheetKey, SheetSpec>();

  constructor(readonly sheets: readonly SheetSpec[]) {
    for (const sheet of sheets) this.byKey.set(sheet.key, sheet);
  }

  has(key: SheetKey): boolean {
    return this.byKey.has(key);
  }

  sheet(key: SheetKey): SheetSpec {
    const sheet = this.byKey.get(key);
    if (!sheet) throw new Error(`no sheet ${key} planned`);
    return sheet;
  }

  /** The constant in a cell (an input, a label, a header), or undefined when blank. */
  value(key: SheetKey, row: number, column: number): string | number | boolean | undefined {
    const cell = this.sheet(key).grid[row]?.[column];
    if (cell?.formula !== undefined) throw new Error(`${key} ${cellAddress(row, column)} holds a formula, not an input`);
    return cell?.value;
  }

  /** A constant as a number, or undefined when blank; text where a number belongs fails. */
  numberAt(key: SheetKey, row: number, column: number): Dec | undefined {
    const v = this.value(key, row, column);
    if (v === undefined || v === "") return undefined;
    if (typeof v !== "number") throw new Error(`${key} ${cellAddress(row, column)} holds ${JSON.stringify(v)}, not a number`);
    return new Dec(v);
  }

  /** A constant as text ("" when blank). */
  textAt(key: SheetKey, row: number, column: number): string {
    const v = this.value(key, row, column);
    return v === undefined ? "" : String(v);
  }

  /** True when the cell holds a formula. */
  isFormula(key: SheetKey, row: number, column: number): boolean {
    return this.sheet(key).grid[row]?.[column]?.formula !== undefined;
  }
}

/** Expected values of calculated cells, keyed "Sheet name!A1". */
export class ExpectedCells {
  readonly cells = new Map<string, Expected>();

  constructor(private readonly planned: PlannedSheets) {}

  set(key: SheetKey, row: number, column: number, expected: Expected): void {
    const id = `${this.planned.sheet(key).name}!${cellAddress(row, column)}`;
    if (this.cells.has(id)) throw new Error(`expected value of ${id} given twice`);
    this.cells.set(id, expected);
  }
}

/** Labels compare as Excel's SUMIF and MATCH compare them: ignoring case. */
export function sameLabel(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
