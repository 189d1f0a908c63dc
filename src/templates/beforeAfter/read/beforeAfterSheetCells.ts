import type { BeforeAfterCells, BeforeAfterTableKind, CellValue } from "../../kit";
import { columnLetter } from "../../kit";
import { findFixedRows, FixedTable, fixedRowKeys, templateTableWidth } from "./beforeAfterTables";

/**
 * The cells of one before/after sheet as the reader walks them: tables and fixed rows looked up,
 * error values caught, and the sheet place of every field noted. What cannot be read is a
 * ReadProblem naming the input fields it explains, so the core's errors on those fields need not be
 * shown as well.
 */

/**
 * Where something is on the sheet: a table, and optionally a row of it and its label. `row` is the
 * sheet row as Excel numbers it when the cells say where each table starts (BeforeAfterCells
 * firstRows), else the table's data row counted from 1.
 */
export interface SheetPlace {
  readonly table: BeforeAfterTableKind;
  readonly row?: number;
  /** The row's label or name as the sheet shows it; absent when blank. */
  readonly label?: string;
  /** The cell's address ("B35") for a place in one cell, when the cells say where the table is on the sheet. */
  readonly cell?: string;
}

/** What the reader could not read. `fields` are the input fields (and their sub-fields) it explains. */
export type ReadProblem =
  | { readonly kind: "missingTable"; readonly table: BeforeAfterTableKind; readonly fields: readonly string[] }
  /** The table has another number of columns than the template made: a column was added or deleted. */
  | {
      readonly kind: "columns";
      readonly table: BeforeAfterTableKind;
      readonly found: number;
      readonly expected: number;
      readonly fields: readonly string[];
    }
  /** No row of a fixed table carries this row's label (`row` is its key: "horizon", "municipalTax", "state"). */
  | { readonly kind: "missingRow"; readonly table: FixedTable; readonly row: string; readonly fields: readonly string[] }
  /** An input cell shows an Excel error ("#REF!"). */
  | {
      readonly kind: "errorValue";
      readonly place: SheetPlace;
      readonly field: string;
      readonly error: string;
      readonly fields: readonly string[];
    };

/** Excel's error values as `values` gives them, in English and Swedish Excel. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#SKÄRNING!",
  "#DIVISION/0!",
  "#VÄRDEFEL!",
  "#REFERENS!",
  "#NAMN?",
  "#OGILTIGT!",
  "#SAKNAS!",
  "#HÄMTAR_DATA",
  "#BERÄKNA!",
  "#FÄLT!",
  "#BLOCKERAD!",
  "#ANSLUT!",
  "#UPPTAGEN!",
  "#OKÄNT!",
]);

/** True when a cell shows an Excel error value. */
function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && ERROR_VALUES.has(value.trim().toUpperCase());
}

function labelOf(value: CellValue | undefined): string | undefined {
  const text = value === undefined ? "" : String(value).trim();
  return text === "" ? undefined : text;
}

type Body = readonly (readonly CellValue[])[];

/** One walk over a sheet's tables: collects the ReadProblems and the place of every field read. */
export class SheetCells {
  readonly problems: ReadProblem[] = [];
  private readonly places = new Map<string, SheetPlace>();
  private readonly checked = new Map<BeforeAfterTableKind, Body>();
  private readonly unreadable = new Set<BeforeAfterTableKind>();

  constructor(private readonly cells: BeforeAfterCells) {}

  /**
   * The data rows of a table the input needs, or none when it is missing or its columns changed
   * (a problem explaining `fields`, reported once).
   */
  required(kind: BeforeAfterTableKind, fields: readonly string[]): Body {
    const known = this.checked.get(kind);
    if (known !== undefined) return known;
    for (const field of fields) this.places.set(field, { table: kind });
    const { body, problem } = this.readable(kind, fields);
    if (problem !== undefined) {
      this.problems.push(problem);
      this.unreadable.add(kind);
    }
    this.checked.set(kind, body);
    return body;
  }

  /** The data rows of a table only compared with (the Summary), or undefined when it cannot be read. */
  optional(kind: BeforeAfterTableKind): Body | undefined {
    const { body, problem } = this.readable(kind, []);
    return problem === undefined ? body : undefined;
  }

  private readable(kind: BeforeAfterTableKind, fields: readonly string[]): { body: Body; problem?: ReadProblem } {
    const body = this.cells.tables[kind];
    if (body === undefined) return { body: [], problem: { kind: "missingTable", table: kind, fields } };
    const expected = templateTableWidth(kind);
    const found = body.find((row) => row.length !== expected)?.length;
    if (found !== undefined) return { body: [], problem: { kind: "columns", table: kind, found, expected, fields } };
    return { body };
  }

  /**
   * The index of each row of a fixed table among its data rows, found by label. A row not found
   * is a problem explaining its fields (unless the whole table is already one).
   */
  fixedRows(
    table: FixedTable,
    rowFields: Readonly<Record<string, readonly string[]>>,
    tableFields: readonly string[] = [],
  ): Partial<Record<string, number>> {
    const body = this.required(table, [...tableFields, ...Object.values(rowFields).flat()]);
    if (this.unreadable.has(table)) return {};
    const rows = findFixedRows(table, body);
    for (const key of fixedRowKeys(table)) {
      const fields = rowFields[key] ?? [];
      const index = rows[key];
      if (index === undefined) this.problems.push({ kind: "missingRow", table, row: key, fields });
      else for (const field of fields) this.places.set(field, this.place(table, index));
    }
    return rows;
  }

  /** A cell of a fixed row ("" when the row or table could not be read, already a problem). */
  fixedCell(table: FixedTable, index: number | undefined, column: number, field: string): CellValue {
    if (index === undefined) return "";
    return this.value(this.inCell(table, this.place(table, index), column, field), this.checked.get(table)?.[index]?.[column] ?? "", field);
  }

  /** Notes where a row is (under `field`) and returns a reader of its cells, each under its own field. */
  rowReader(kind: BeforeAfterTableKind, index: number, field: string, label: CellValue): (column: number, cellField: string) => CellValue {
    const place: SheetPlace = { table: kind, row: this.rowNumber(kind, index), ...withLabel(labelOf(label)) };
    this.places.set(field, place);
    const row = this.checked.get(kind)?.[index] ?? [];
    return (column, cellField) => this.value(this.inCell(kind, place, column, cellField), row[column] ?? "", cellField);
  }

  /**
   * Notes a field read from one cell of a row (under `field`), with the cell's address when the
   * table's sheet row is known; its sheet column is the table's first column (A unless the cells
   * say otherwise) plus the column in the table.
   */
  private inCell(kind: BeforeAfterTableKind, place: SheetPlace, column: number, field: string): SheetPlace {
    const known = this.cells.firstRows?.[kind] !== undefined && place.row !== undefined;
    const sheetColumn = (this.cells.firstColumns?.[kind] ?? 0) + column;
    const cell: SheetPlace = known ? { ...place, cell: `${columnLetter(sheetColumn)}${place.row}` } : place;
    this.places.set(field, cell);
    return cell;
  }

  /** The place of a data row of a table, labelled by its first cell (or by `first`, for the row right under the table). */
  place(kind: BeforeAfterTableKind, index: number, first: CellValue | undefined = this.cells.tables[kind]?.[index]?.[0]): SheetPlace {
    return { table: kind, row: this.rowNumber(kind, index), ...withLabel(labelOf(first)) };
  }

  /** The number of data row `index` (0-based): its sheet row when known, else index + 1. */
  private rowNumber(kind: BeforeAfterTableKind, index: number): number {
    return (this.cells.firstRows?.[kind] ?? 1) + index;
  }

  /** The place of the longest noted prefix of `field` ("groups[2]" for "groups[2].after.studies"). */
  placeOf(field: string): SheetPlace | undefined {
    let best: string | undefined;
    for (const key of this.places.keys()) {
      if (covers(key, field) && (best === undefined || key.length > best.length)) best = key;
    }
    return best === undefined ? undefined : this.places.get(best);
  }

  private value(place: SheetPlace, value: CellValue, field: string): CellValue {
    if (isErrorValue(value)) this.problems.push({ kind: "errorValue", place, field, error: value.trim(), fields: [field] });
    return value;
  }
}

function withLabel(label: string | undefined): { label?: string } {
  return label === undefined ? {} : { label };
}

/** True when a ReadProblem explains the core's error on `field` (the same field or one inside it). */
export function explains(problem: ReadProblem, field: string): boolean {
  return problem.fields.some((f) => covers(f, field));
}

/** True when `field` is `path` or lies inside it ("groups[2]" covers "groups[2].size", not "groups[20]"). */
function covers(path: string, field: string): boolean {
  return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
}
