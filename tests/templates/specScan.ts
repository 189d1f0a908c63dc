import { parseCell, parseRange } from "../../src/templates/kit/a1";
import type { Cell, SheetSpec } from "../../src/templates/kit/model";

/** Test helpers that read SheetSpecs: cells, formulas, references and user-visible strings. */

export interface Located {
  readonly sheet: SheetSpec;
  readonly row: number;
  readonly column: number;
  readonly cell: Cell;
}

/** Every defined cell of every sheet. */
export function allCells(sheets: readonly SheetSpec[]): Located[] {
  const out: Located[] = [];
  for (const sheet of sheets) {
    sheet.grid.forEach((row, r) => row.forEach((cell, c) => cell && out.push({ sheet, row: r, column: c, cell })));
  }
  return out;
}

/** A formula with its string literals blanked, so references and names can be scanned. */
export function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** String literals inside a formula (texts a user can read). */
function stringLiterals(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')).filter((s) => s !== "");
}

export interface Reference {
  /** The sheet named in the reference, or null for the formula's own sheet. */
  readonly sheet: string | null;
  readonly range: string;
}

const REF = /(?<![\w$.'])(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(!])/g;

/** The cell and range references in a formula (A1 style, optionally sheet-qualified). */
export function references(formula: string): Reference[] {
  const scan = withoutStrings(formula);
  return [...scan.matchAll(REF)].map((m) => ({
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null),
    range: m[4] ? `${m[3]}:${m[4]}` : m[3],
  }));
}

/** True when a range lies within the sheet's grid. */
export function insideGrid(sheet: SheetSpec, range: string): boolean {
  const b = parseRange(range.replace(/\$/g, ""));
  const width = Math.max(0, ...sheet.grid.map((r) => r.length));
  return b.top >= 0 && b.left >= 0 && b.bottom < sheet.grid.length && b.right < width;
}

/** The cell of a sheet at an A1 address, or undefined. */
export function cellAt(sheet: SheetSpec, address: string): Cell | undefined {
  const p = parseCell(address);
  return sheet.grid[p.row]?.[p.column];
}

/** Every (row, column) inside a range. */
export function positions(range: string): { row: number; column: number }[] {
  const b = parseRange(range.replace(/\$/g, ""));
  const out: { row: number; column: number }[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push({ row: r, column: c });
  return out;
}

/** Every text a user reads in a set of sheets: names, constants, formula strings, messages, list values. */
export function userTexts(sheets: readonly SheetSpec[]): Set<string> {
  const texts = new Set<string>();
  for (const sheet of sheets) {
    texts.add(sheet.name);
    for (const { cell } of allCells([sheet])) {
      if (cell.formula) stringLiterals(cell.formula).forEach((s) => texts.add(s));
      else if (typeof cell.value === "string" && cell.value.trim() !== "") texts.add(cell.value);
    }
    for (const v of sheet.validations) {
      [v.prompt.title, v.prompt.message, v.error.title, v.error.message].forEach((s) => texts.add(s));
      if (v.rule.type === "list" && "values" in v.rule) v.rule.values.forEach((s) => texts.add(s));
    }
  }
  return texts;
}
