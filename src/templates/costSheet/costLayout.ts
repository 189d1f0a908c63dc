import { LISTS } from "../kit";

/**
 * Where everything sits on the cost sheet (0-based rows and columns), shared by the builder, the
 * impact map's link and the tests. The grand total stays at $B$3 whatever the number of years.
 */

/** Row (0-based) of the cost sheet's key figure. */
export const COST_SUMMARY_ROW = 2;

/** The cost sheet's grand total, all items and all years: 'Kostnadskalkyl'!$B$3. */
export const COST_GRAND_TOTAL = "$B$3";

/** Blank entry rows for cost items. */
const COST_ROWS = 20;

/** Fixed input columns of the item table, from column A. */
const COST_COLUMNS = ["item", "category", "payer", "unitCostItem", "unit", "ownUnitCost", "unitCost"] as const;
export type CostColumn = (typeof COST_COLUMNS)[number];

export interface GroupBlock {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly otherRow: number;
  readonly checkRow: number;
}

export interface CostLayout {
  readonly years: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Row of the per-year totals under the items: the cost of year t is at (totalRow, firstCostColumn + t − 1). */
  readonly totalRow: number;
  readonly firstQuantityColumn: number;
  readonly totalQuantityColumn: number;
  readonly firstCostColumn: number;
  readonly totalCostColumn: number;
  readonly checkColumn: number;
  /** Group blocks: label in column A, years from column B, the total after the years. */
  readonly category: GroupBlock;
  readonly payer: GroupBlock;
  /** Full-scale block: labels in A, values in B. */
  readonly fullScale: {
    readonly titleRow: number;
    readonly participants: number;
    readonly perParticipant: number;
    readonly targetGroup: number;
    readonly extra: number;
    readonly estimate: number;
  };
}

/** 0-based column of a fixed input column. */
export function costColumn(id: CostColumn): number {
  return COST_COLUMNS.indexOf(id);
}

export function costLayout(years: number): CostLayout {
  const headerRow = 5;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + COST_ROWS - 1;
  const firstQuantityColumn = COST_COLUMNS.length;
  const totalQuantityColumn = firstQuantityColumn + years;
  const firstCostColumn = totalQuantityColumn + 1;
  const totalCostColumn = firstCostColumn + years;
  let next = lastRow + 3;
  const block = (rows: number): GroupBlock => {
    const b = { headerRow: next, firstRow: next + 1, rows, otherRow: next + 1 + rows, checkRow: next + 2 + rows };
    next = b.checkRow + 2;
    return b;
  };
  const category = block(LISTS.categories.rows);
  const payer = block(LISTS.payers.rows);
  const t = next;
  return {
    years,
    headerRow,
    firstRow,
    lastRow,
    totalRow: lastRow + 1,
    firstQuantityColumn,
    totalQuantityColumn,
    firstCostColumn,
    totalCostColumn,
    checkColumn: totalCostColumn + 1,
    category,
    payer,
    fullScale: { titleRow: t, participants: t + 1, perParticipant: t + 2, targetGroup: t + 3, extra: t + 4, estimate: t + 5 },
  };
}
