import { cellAddress, rangeAddress } from "./a1";
import { calc, check, header, label, total } from "./cells";
import type { Cell } from "./model";
import type { SheetBuilder } from "./sheetBuilder";

/** Where a group block sits: its header row, its label rows, the "other / not listed" row and the check. */
interface GroupBlockRows {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly otherRow: number;
  readonly checkRow: number;
}

/** One value column of a group block: per label the SUMIF of `values`; "other" is `total` minus the listed. */
interface GroupValueColumn {
  readonly header: string;
  /** Absolute range of the source table's values summed per label. */
  readonly values: string;
  /** The cell holding the source table's total of this column. */
  readonly total: string;
}

export interface GroupBlock {
  readonly rows: GroupBlockRows;
  /** Header of the label column ("Payer", "Stakeholder" …). */
  readonly heading: string;
  /** Absolute range of the labels in the source table that the block groups by. */
  readonly labels: string;
  /** The label cell of block row i: a link to a list, or an input. */
  readonly label: (i: number) => Cell;
  readonly columns: readonly GroupValueColumn[];
  /** "Other / not listed" and the check's message when it is not zero. */
  readonly otherText: string;
  readonly checkText: string;
  readonly table: string;
}

/**
 * A summary by group, as the cost sheet and the impact map both have: a row per label with the
 * SUMIF of each value column, an "other / not listed" row (the total less what the labels catch), a
 * check that says so when that is not zero, and a table over the label rows.
 */
export function addGroupBlock(sheet: SheetBuilder, block: GroupBlock): void {
  const { rows, columns } = block;
  const last = rows.firstRow + rows.rows - 1;
  sheet.putRow(rows.headerRow, 0, [header(block.heading), ...columns.map((c) => header(c.header))]);
  for (let i = 0; i < rows.rows; i++) {
    const r = rows.firstRow + i;
    const name = cellAddress(r, 0);
    sheet.put(r, 0, block.label(i));
    columns.forEach((c, k) => sheet.put(r, 1 + k, calc(`=IF(${name}="","",SUMIF(${block.labels},${name},${c.values}))`, "money")));
  }
  sheet.put(rows.otherRow, 0, label(block.otherText));
  columns.forEach((c, k) =>
    sheet.put(rows.otherRow, 1 + k, total(`=${c.total}-SUM(${rangeAddress(rows.firstRow, 1 + k, last, 1 + k)})`, "money")),
  );
  sheet.put(rows.checkRow, 0, check(`=IF(ROUND(${cellAddress(rows.otherRow, columns.length)},2)<>0,"${block.checkText}","")`));
  sheet.table(block.table, rows.headerRow, 0, last, columns.length, "TableStyleLight1");
}
