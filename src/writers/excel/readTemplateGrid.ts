/* global Excel */
import type { Bounds } from "../../templates/kit";
import { rangeAddress } from "../../templates/kit";
import type { GridRequest } from "../../templates/kit";
import { contractGridRequest } from "../../templates/outcomeContract";
import { portfolioGridRequest } from "../../templates/portfolio";
import { problemFromError } from "./errors";
import { claimedFrom } from "./uniqueNames";
import type { CellValue, SheetGridCellsResult } from "../../workbook/ports";

/** The "_N" a free table name carries ("" for none). */
const suffixOf = (name: string): string => /(_\d+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/**
 * Which table on the sheet stands for each of the template's tables: the one with the anchor's
 * "_N" suffix, else the first by name. Tables of the template not on the sheet are absent. Pure.
 */
export function templateTables(anchor: string, wishes: readonly string[], onSheet: readonly string[]): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const wish of wishes) {
    const candidates = onSheet.filter((name) => claimedFrom(wish, name)).sort((a, b) => a.localeCompare(b));
    const table = candidates.find((name) => suffixOf(name) === suffixOf(anchor)) ?? candidates[0];
    if (table !== undefined) chosen[wish] = table;
  }
  return chosen;
}

/**
 * Reads the template sheet that holds the table `anchor`: the first sync finds the table and its
 * sheet, the second loads where each of the template's tables on that sheet is and the sheet's
 * values from A1 over the template's extent. One Excel.run; nothing is written; a missing table
 * and every Office error become a problem in the result, never an exception.
 */
async function readTemplateGrid(anchor: string, request: GridRequest): Promise<SheetGridCellsResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<SheetGridCellsResult> => {
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      await context.sync();
      const found = tables.items.find((t) => t.name.toLowerCase() === anchor.toLowerCase());
      if (found === undefined) return { ok: false, problem: { kind: "tableMissing", name: anchor } };
      const sheet = found.worksheet.name;
      const onSheet = tables.items.filter((t) => t.worksheet.name === sheet);
      const chosen = Object.entries(
        templateTables(
          found.name,
          request.tables,
          onSheet.map((t) => t.name),
        ),
      ).map(([wish, name]) => {
        const table = onSheet.find((t) => t.name === name) ?? found;
        return [wish, table.getRange().load("rowIndex,columnIndex,rowCount,columnCount")] as const;
      });
      const values = context.workbook.worksheets
        .getItem(sheet)
        .getRange(rangeAddress(0, 0, request.rows - 1, request.columns - 1))
        .load("values");
      await context.sync();
      const bounds: Record<string, Bounds> = {};
      for (const [wish, range] of chosen)
        bounds[wish] = {
          top: range.rowIndex,
          left: range.columnIndex,
          bottom: range.rowIndex + range.rowCount - 1,
          right: range.columnIndex + range.columnCount - 1,
        };
      return { ok: true, cells: { sheet, values: values.values as CellValue[][], tables: bounds } };
    });
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}

/** The outcome contract sheet of the terms table `termsTable`. */
export const readOutcomeContract = (termsTable: string): Promise<SheetGridCellsResult> =>
  readTemplateGrid(termsTable, contractGridRequest());

/** The portfolio sheet of the criteria table `criteriaTable`. */
export const readPortfolio = (criteriaTable: string): Promise<SheetGridCellsResult> =>
  readTemplateGrid(criteriaTable, portfolioGridRequest());
