import { cellAddress, parseCell, parseRange } from "../../src/templates/kit/a1";
import type { SheetSpec } from "../../src/templates/kit/model";
import type { CellValue, SheetGridCells } from "../../src/templates/kit";

/**
 * A template sheet as the writer would read it back, without Excel: the spec's constants in place
 * (formulas read as blank: the readers' tests look at inputs, not results), its tables where the
 * template puts them, and a person's edits ("C25": −5) typed over.
 */
export function gridCellsOf(spec: SheetSpec, edits: Readonly<Record<string, CellValue>> = {}): SheetGridCells {
  const columns = Math.max(...spec.grid.map((row) => row.length));
  const values: CellValue[][] = spec.grid.map((row) =>
    Array.from({ length: columns }, (_, c) => (row[c]?.formula === undefined ? (row[c]?.value ?? "") : "")),
  );
  for (const [address, value] of Object.entries(edits)) {
    const { row, column } = parseCell(address);
    values[row][column] = value;
  }
  return { sheet: spec.name, values, tables: Object.fromEntries(spec.tables.map((t) => [t.name, parseRange(t.range)])) };
}

/** The A1 address of a 0-based layout position. */
export const at = (row: number, column: number): string => cellAddress(row, column);
