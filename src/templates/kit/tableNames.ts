import type { BeforeAfterTableKind } from "./sheetCells";

/**
 * The names the templates give the tables the add-in finds again when it reads a workbook (a free
 * name adds "_2", "_3" …, see writers/excel/uniqueNames.ts claimedFrom).
 */

/** The impact map's entry table. */
export const IMPACT_TABLE = "SroiImpactMap";

/** The cost sheet's item table. */
export const COST_ITEMS_TABLE = "SroiCostItems";

/** The inputs table of an analysis sheet; the add-in finds its analysis sheets by it. */
export const INPUTS_TABLE = "SroiAnalysisInputs";

/** A before/after table's name: "groups" → "SroiBeforeAfterGroups". */
export function beforeAfterTableName(kind: BeforeAfterTableKind): string {
  return `SroiBeforeAfter${kind[0].toUpperCase()}${kind.slice(1)}`;
}
