import { errorValueOfText } from "../../core/errorValues";
import type { Language } from "../../core/language";
import { Bounds, cellAddress, parseRange, rangeAddress } from "./a1";
import { readsAs } from "./labels";
import type { SheetSpec } from "./model";
import type { CellValue } from "./sheetCells";

/**
 * A template sheet read back as a grid (the outcome contract, the portfolio): the sheet's values
 * from A1 and where the template's tables are now. A reader checks that the tables and the labels
 * it relies on are where the template put them (rows or columns inserted or deleted move them, and
 * then no cell can be trusted), reads every input cell by the template's layout and notes the cell
 * of every field it reads, for messages and links.
 */

/** One sheet's cells as the writer reads them. */
export interface SheetGridCells {
  readonly sheet: string;
  /** Values from A1, as many rows and columns as the request asked for (rows or columns past the sheet's data may be short). */
  readonly values: readonly (readonly CellValue[])[];
  /** The template's tables found on the sheet, by the name the template gives them (without "_N"), where they are now. */
  readonly tables: Readonly<Record<string, Bounds>>;
}

/** What the writer reads for a template sheet: the tables on it and the block of cells from A1. */
export interface GridRequest {
  readonly tables: readonly string[];
  readonly rows: number;
  readonly columns: number;
}

/** The request that reads every table and cell a template sheet has. */
export function gridRequest(spec: SheetSpec): GridRequest {
  const columns = Math.max(...spec.grid.map((row) => row.length), ...spec.tables.map((t) => parseRange(t.range).right + 1));
  return { tables: spec.tables.map((t) => t.name), rows: spec.grid.length, columns };
}

/** What makes the sheet unreadable: a table gone or moved, a label not where the template put it. */
export type GridProblem =
  | { readonly kind: "missingTable"; readonly table: string }
  /** The table's range is not the template's (`expected`): rows or columns were inserted, deleted or added to it. */
  | { readonly kind: "movedTable"; readonly table: string; readonly expected: string; readonly found: string }
  /** A label the reader relies on is not in its cell: `expected` is the label in the template's language. */
  | { readonly kind: "label"; readonly cell: string; readonly expected: Readonly<Record<Language, string>> };

/** Where a field is on the sheet: its cell (or range) and the label of its row as the sheet shows it. */
export interface GridPlace {
  readonly cell: string;
  readonly label?: string;
}

/** The template as built in both languages, for its tables and labels. */
export type TemplateSpecs = Readonly<Record<Language, SheetSpec>>;

/** One walk over a template sheet's grid: checks its layout, reads cells and notes their places. */
export class GridReader {
  readonly problems: GridProblem[] = [];
  private readonly places = new Map<string, GridPlace>();

  constructor(
    private readonly cells: SheetGridCells,
    private readonly specs: TemplateSpecs,
  ) {}

  /** Checks every table of the template and the labels at `labels` (0-based [row, column]); false when the layout cannot be read. */
  checkLayout(labels: readonly (readonly [number, number])[]): boolean {
    for (const table of this.specs.en.tables) {
      const found = this.cells.tables[table.name];
      const expected = parseRange(table.range);
      if (found === undefined) this.problems.push({ kind: "missingTable", table: table.name });
      else if (!sameBounds(found, expected))
        this.problems.push({ kind: "movedTable", table: table.name, expected: table.range, found: boundsText(found) });
    }
    for (const [row, column] of labels) {
      const label = { en: this.templateText("en", row, column), sv: this.templateText("sv", row, column) };
      if (!readsAs(this.raw(row, column), label)) this.problems.push({ kind: "label", cell: cellAddress(row, column), expected: label });
    }
    return this.problems.length === 0;
  }

  /** A cell as the sheet shows it ("" past the values read). */
  raw(row: number, column: number): CellValue {
    return this.cells.values[row]?.[column] ?? "";
  }

  /** The text of a cell trimmed, or undefined when blank or not text. */
  text(row: number, column: number): string | undefined {
    const value = this.raw(row, column);
    const text = typeof value === "string" ? value.trim() : String(value);
    return text === "" ? undefined : text;
  }

  /**
   * An input cell for the core, noted as the place of `field` (labelled by `label`): blank as "",
   * an error the cell shows as an Excel error value (so the core names it as one).
   */
  input(row: number, column: number, field: string, label?: string): unknown {
    this.note(field, cellAddress(row, column), label);
    const value = this.raw(row, column);
    const error = errorValueOfText(value);
    return error === null ? value : { type: "Error", basicValue: error };
  }

  /** Notes the place of a field that is not one cell (a row, a column of cells). */
  noteRange(field: string, top: number, left: number, bottom: number, right: number, label?: string): void {
    this.note(field, top === bottom && left === right ? cellAddress(top, left) : rangeAddress(top, left, bottom, right), label);
  }

  /** The place of `field`, or of the longest noted field it lies inside ("outcomes[2]" for "outcomes[2].price"). */
  placeOf(field: string): GridPlace | undefined {
    let best: string | undefined;
    for (const key of this.places.keys()) {
      if (covers(key, field) && (best === undefined || key.length > best.length)) best = key;
    }
    return best === undefined ? undefined : this.places.get(best);
  }

  private note(field: string, cell: string, label: string | undefined): void {
    this.places.set(field, label === undefined ? { cell } : { cell, label });
  }

  private templateText(language: Language, row: number, column: number): string {
    const value = this.specs[language].grid[row]?.[column]?.value;
    return typeof value === "string" ? value : "";
  }
}

function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function boundsText(b: Bounds): string {
  return rangeAddress(b.top, b.left, b.bottom, b.right);
}

/** True when `field` is `path` or lies inside it ("outcomes[2]" covers "outcomes[2].price", not "outcomes[20]"). */
function covers(path: string, field: string): boolean {
  return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
}
