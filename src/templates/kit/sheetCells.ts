/**
 * Cells the add-in reads back from the workbook, as plain data: what the Excel writer brings and
 * the template readers (impactRead.ts, beforeAfterRead.ts) interpret.
 */

/** Cell values as Excel's `values` gives them: numbers, text ("" for blank), booleans, error texts ("#N/A"). */
export type CellValue = string | number | boolean;

/** The tables of one before/after sheet, each as its data rows (every column). */
export interface BeforeAfterCells {
  readonly sheet: string;
  /** Missing tables are absent (the reader reports them). */
  readonly tables: Readonly<Partial<Record<BeforeAfterTableKind, readonly (readonly CellValue[])[]>>>;
  /** The sheet row number (1-based) of each table's first data row, so problems name rows as Excel does. */
  readonly firstRows?: Readonly<Partial<Record<BeforeAfterTableKind, number>>>;
  /** The sheet column (0-based, A = 0) of each table's first column; absent: column A. */
  readonly firstColumns?: Readonly<Partial<Record<BeforeAfterTableKind, number>>>;
  /** The sheet row right under the Summary table, where the template puts society's results; absent when not read. */
  readonly belowSummary?: readonly CellValue[];
}

/** The tables of the before/after template, by the part of their name after "SroiBeforeAfter". */
export type BeforeAfterTableKind = "settings" | "rates" | "groups" | "situations" | "resources" | "payers" | "summary";
