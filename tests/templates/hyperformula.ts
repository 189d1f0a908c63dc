import { HyperFormula, RawCellContent } from "hyperformula";
import { parseCell } from "../../src/templates/kit/a1";
import type { SheetSpec } from "../../src/templates/kit/model";

/**
 * HyperFormula set up to evaluate the templates' formulas as Excel does: no smart rounding, and
 * array arithmetic, which Excel applies inside SUMPRODUCT (SUMPRODUCT(--(A1:A3="x"))).
 */
export const EXCEL_LIKE = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true } as const;

/**
 * Loads SheetSpecs into HyperFormula (all sheets at once, so cross-sheet links resolve) and lets
 * a test set input cells and read computed values by sheet key and A1 address.
 */
export class SheetEngine {
  private readonly hf: HyperFormula;
  private readonly ids = new Map<string, number>();

  constructor(private readonly sheets: readonly SheetSpec[]) {
    const data: Record<string, RawCellContent[][]> = {};
    for (const sheet of sheets) {
      data[sheet.name] = sheet.grid.map((row) => row.map((cell) => (cell === undefined ? null : (cell.formula ?? cell.value ?? null))));
    }
    this.hf = HyperFormula.buildFromSheets(data, EXCEL_LIKE);
    for (const sheet of sheets) {
      const id = this.hf.getSheetId(sheet.name);
      if (id === undefined) throw new Error(`HyperFormula did not load ${sheet.name}`);
      this.ids.set(sheet.key, id);
    }
  }

  private address(key: string, address: string): { sheet: number; row: number; col: number } {
    const sheet = this.ids.get(key);
    if (sheet === undefined) throw new Error(`no sheet ${key}`);
    const p = parseCell(address);
    return { sheet, row: p.row, col: p.column };
  }

  /** Sets a cell (null clears it). */
  set(key: string, address: string, value: string | number | null): void {
    this.hf.setCellContents(this.address(key, address), [[value]]);
  }

  /** Runs several sets at once, recalculating once at the end. */
  batch(change: () => void): void {
    this.hf.batch(change);
  }

  /** Sets cells from 0-based (row, column) on a sheet. */
  setAt(key: string, row: number, column: number, value: string | number | null): void {
    const sheet = this.ids.get(key);
    if (sheet === undefined) throw new Error(`no sheet ${key}`);
    this.hf.setCellContents({ sheet, row, col: column }, [[value]]);
  }

  /**
   * Inserts `count` empty rows at 0-based `row`, moving the rows below as Excel does (references
   * and ranges spanning the place grow). Excel then fills a table's calculated columns into the new
   * rows; a test does that with copyRow.
   */
  insertRows(key: string, row: number, count = 1): void {
    const sheet = this.ids.get(key);
    if (sheet === undefined) throw new Error(`no sheet ${key}`);
    this.hf.addRows(sheet, [row, count]);
  }

  /** Copies columns [from, to] of row `source` into row `target`, relative references adjusted (copy and paste). */
  copyRow(key: string, source: number, target: number, from: number, to: number): void {
    const sheet = this.ids.get(key);
    if (sheet === undefined) throw new Error(`no sheet ${key}`);
    this.hf.copy({ start: { sheet, row: source, col: from }, end: { sheet, row: source, col: to } });
    this.hf.paste({ sheet, row: target, col: from });
  }

  /** The computed value; errors come back as "#ERROR:<type>" strings so tests can show them. */
  get(key: string, address: string): number | string | boolean | null {
    return this.read(this.address(key, address));
  }

  getAt(key: string, row: number, column: number): number | string | boolean | null {
    const sheet = this.ids.get(key);
    if (sheet === undefined) throw new Error(`no sheet ${key}`);
    return this.read({ sheet, row, col: column });
  }

  /** A computed number; fails the test with the cell's content when it is not a number. */
  num(key: string, address: string): number {
    const v = this.get(key, address);
    if (typeof v !== "number") throw new Error(`${key}!${address} is ${JSON.stringify(v)}, not a number`);
    return v;
  }

  numAt(key: string, row: number, column: number): number {
    const v = this.getAt(key, row, column);
    if (typeof v !== "number") throw new Error(`${key}!(${row},${column}) is ${JSON.stringify(v)}, not a number`);
    return v;
  }

  /** Every cell of every sheet whose value is an error, as "sheet!A1: #TYPE". */
  errors(): string[] {
    const out: string[] = [];
    for (const sheet of this.sheets) {
      sheet.grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          const v = this.getAt(sheet.key, r, c);
          if (typeof v === "string" && v.startsWith("#ERROR")) out.push(`${sheet.name}!(${r},${c}): ${v} ${cell?.formula ?? ""}`);
        }),
      );
    }
    return out;
  }

  private read(at: { sheet: number; row: number; col: number }): number | string | boolean | null {
    const v = this.hf.getCellValue(at);
    if (v !== null && typeof v === "object") return `#ERROR:${(v as { type: string }).type} ${(v as { message?: string }).message ?? ""}`;
    return v as number | string | boolean | null;
  }
}

/** |a − b| ≤ tol × max(1, |b|): floats against the core's decimals. */
export function expectClose(actual: number, expected: number, tolerance = 1e-9): void {
  const scale = Math.max(1, Math.abs(expected));
  if (Math.abs(actual - expected) > tolerance * scale) {
    throw new Error(`expected ${expected}, got ${actual} (difference ${actual - expected})`);
  }
}
