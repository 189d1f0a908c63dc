/* global Excel */
import { BEFORE_AFTER_TABLES } from "../../templates/beforeAfter";
import { beforeAfterTableName } from "../../templates/kit";
import { currencyOfFormat } from "../style";
import { problemFromError } from "./errors";
import { claimedFrom } from "./uniqueNames";
import type { BeforeAfterCellsResult, BeforeAfterTableKind, CellValue } from "../../workbook/ports";

/** The "_N" a free table name carries ("" for none). */
function suffixOf(name: string): string {
  return /(_\d+)$/.exec(name)?.[1] ?? "";
}

/**
 * Which table of each kind belongs with the groups table, among the tables on its sheet: the one
 * with the same "_N" suffix, else the only one of its kind, else the first by name. Kinds with no
 * table on the sheet are absent. Pure.
 */
export function siblingTables(groupsTable: string, onSheet: readonly string[]): Partial<Record<BeforeAfterTableKind, string>> {
  const suffix = suffixOf(groupsTable).toLowerCase();
  const chosen: Partial<Record<BeforeAfterTableKind, string>> = {};
  for (const kind of BEFORE_AFTER_TABLES) {
    const candidates = onSheet.filter((name) => claimedFrom(beforeAfterTableName(kind), name)).sort((a, b) => a.localeCompare(b));
    const same = candidates.find((name) => suffixOf(name).toLowerCase() === suffix);
    const table = kind === "groups" ? groupsTable : (same ?? candidates[0]);
    if (table !== undefined) chosen[kind] = table;
  }
  return chosen;
}

/** The currency of the first money format among the Summary's cells (the template formats every amount alike). */
export function currencyIn(formats: readonly (readonly string[])[]): string | undefined {
  for (const row of formats) {
    for (const code of row) {
      const currency = currencyOfFormat(String(code));
      if (currency !== null) return currency;
    }
  }
  return undefined;
}

/**
 * Reads the before/after sheet that holds the groups table `groupsTable`: the first sync finds the
 * table, its sheet and the other tables of the template on that sheet; the second loads every one's
 * data rows (`values`; the Summary's number formats too, for the currency), and the row under the Summary table, where the template shows society's
 * results. Nothing is written. A missing table and every Office error become a
 * problem in the result, never an exception.
 */
export async function readBeforeAfter(groupsTable: string): Promise<BeforeAfterCellsResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<BeforeAfterCellsResult> => {
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      await context.sync();
      const groups = tables.items.find((t) => t.name.toLowerCase() === groupsTable.toLowerCase());
      if (groups === undefined) return { ok: false, problem: { kind: "tableMissing", name: groupsTable } };
      const sheet = groups.worksheet.name;
      const onSheet = tables.items.filter((t) => t.worksheet.name === sheet);
      const chosen = Object.entries(
        siblingTables(
          groups.name,
          onSheet.map((t) => t.name),
        ),
      ) as [BeforeAfterTableKind, string][];
      const bodies = chosen.map(([kind, name]) => {
        const table = onSheet.find((t) => t.name === name) ?? groups;
        return [
          kind,
          table.getDataBodyRange().load(kind === "summary" ? "values,rowIndex,columnIndex,numberFormat" : "values,rowIndex,columnIndex"),
        ] as const;
      });
      const summary = chosen.find(([kind]) => kind === "summary");
      const summaryTable = summary === undefined ? undefined : onSheet.find((t) => t.name === summary[1]);
      const below = summaryTable?.getRange().getLastRow().getOffsetRange(1, 0).load("values");
      await context.sync();
      const read: Partial<Record<BeforeAfterTableKind, CellValue[][]>> = {};
      const firstRows: Partial<Record<BeforeAfterTableKind, number>> = {};
      const firstColumns: Partial<Record<BeforeAfterTableKind, number>> = {};
      let currency: string | undefined;
      for (const [kind, range] of bodies) {
        read[kind] = range.values as CellValue[][];
        firstRows[kind] = range.rowIndex + 1;
        firstColumns[kind] = range.columnIndex;
        if (kind === "summary") currency = currencyIn(range.numberFormat as string[][]);
      }
      const cells = {
        sheet,
        tables: read,
        firstRows,
        firstColumns,
        ...(below === undefined ? {} : { belowSummary: below.values[0] as CellValue[] }),
      };
      return { ok: true, cells, ...(currency === undefined ? {} : { currency }) };
    });
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}
