import { parseRange, rangeAddress } from "./a1";
import type { Cell, ConditionalFormatSpec, NameSpec, SheetKey, SheetSpec, TableSpec, ValidationSpec } from "./model";

/**
 * Collects one sheet's cells, widths, tables, validations and formats, then returns the
 * immutable SheetSpec. Rows and columns are 0-based here; addresses in the spec are A1.
 */
export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private widths: number[] = [];
  private frozen = { rows: 0, columns: 0 };
  private readonly tables: TableSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly formats: ConditionalFormatSpec[] = [];
  private readonly names: NameSpec[] = [];
  private readonly wraps: string[] = [];
  private readonly tops: string[] = [];

  constructor(
    readonly key: SheetKey,
    readonly name: string,
    private readonly tabColor?: string,
  ) {}

  /** Puts one cell at (row, column). */
  put(row: number, column: number, cell: Cell | undefined): this {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][column] = cell;
    return this;
  }

  /** Puts cells side by side from (row, column). */
  putRow(row: number, column: number, cells: readonly (Cell | undefined)[]): this {
    cells.forEach((cell, i) => this.put(row, column + i, cell));
    return this;
  }

  /** Puts cells under each other from (row, column). */
  putColumn(row: number, column: number, cells: readonly (Cell | undefined)[]): this {
    cells.forEach((cell, i) => this.put(row + i, column, cell));
    return this;
  }

  /** Column widths in characters from column A. */
  columnWidths(widths: readonly number[]): this {
    this.widths = [...widths];
    return this;
  }

  /** Freezes rows from the top and columns from the left. */
  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  /** An Excel table over a header row (top) and data rows down to bottom. */
  table(name: string, top: number, left: number, bottom: number, right: number, style = "TableStyleLight9"): this {
    this.tables.push({ name, range: rangeAddress(top, left, bottom, right), style });
    return this;
  }

  validate(spec: ValidationSpec): this {
    this.validations.push(spec);
    return this;
  }

  conditionalFormat(spec: ConditionalFormatSpec): this {
    this.formats.push(spec);
    return this;
  }

  /** Text in the rectangle wraps (rows grow to show it when the sheet is laid out for print). */
  wrap(top: number, left: number, bottom: number, right: number): this {
    this.wraps.push(rangeAddress(top, left, bottom, right));
    return this;
  }

  /** Cells in the rectangle align to the top, so a row's short texts line up with its long ones. */
  alignTop(top: number, left: number, bottom: number, right: number): this {
    this.tops.push(rangeAddress(top, left, bottom, right));
    return this;
  }

  definedName(spec: NameSpec): this {
    this.names.push(spec);
    return this;
  }

  /** The sheet as data; the grid is padded so every row is as wide as the widest. */
  build(): SheetSpec {
    const width = Math.max(this.widths.length, ...this.rows.map((r) => r.length));
    const grid = this.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]));
    for (const t of this.tables) {
      const b = parseRange(t.range);
      if (b.right >= width) throw new RangeError(`table ${t.name} reaches past the grid of ${this.name}`);
    }
    return {
      key: this.key,
      name: this.name,
      grid,
      columnWidths: this.widths,
      freeze: this.frozen,
      tables: this.tables,
      validations: this.validations,
      conditionalFormats: this.formats,
      names: this.names,
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
      ...(this.wraps.length > 0 ? { wraps: this.wraps } : {}),
      ...(this.tops.length > 0 ? { alignTop: this.tops } : {}),
    };
  }
}
