/* global Excel */
import { readUntouched } from "./sheetState";

/**
 * The safety net of an analysis refresh. The refresh rewrites its sheet in place (so links to it
 * keep working), in one batch that first copies the sheet as it is (Worksheet.copy, at the end of
 * the workbook) and deletes that copy as its last operation. Excel applies a batch's operations in
 * order and stops at the first that fails, so after a failed refresh either the copy is gone (the
 * batch went through) or it is there, holding the analysis as it was. restoreRefreshed then puts
 * the old analysis back: when the sheet is still untouched (its fingerprint, its table and every
 * chart as before, sheetState.ts) it only removes the copy; otherwise it deletes the half-written sheet and gives
 * the copy the sheet's name, position and table name.
 */

/** What the refresh knew of its sheet before it began. */
export interface RefreshedSheet {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** The name of the sheet's inputs table. */
  readonly table: string;
  /** Its charts' names, in order. */
  readonly charts: readonly string[];
  /** The ids of every sheet in the workbook before the refresh (the copy is the one not among them). */
  readonly sheetIds: ReadonlySet<string>;
}

/**
 * After a failed refresh: "intact" when the sheet was never changed (the copy, if made, is
 * removed), "restored" when the copy took the half-written sheet's place, "failed" when neither
 * could be done (then `backup` names the copy, if there is one, for the user).
 */
export type RestoreOutcome = { readonly kind: "intact" | "restored" } | { readonly kind: "failed"; readonly backup: string | null };

/** Puts the analysis back as it was before a failed refresh; never throws. */
export async function restoreRefreshed(refreshed: RefreshedSheet): Promise<RestoreOutcome> {
  let backupName: string | null = null;
  try {
    return await Excel.run(async (context): Promise<RestoreOutcome> => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      const tables = context.workbook.tables.load("items/name,items/worksheet/id");
      const target = context.workbook.worksheets.getItemOrNullObject(refreshed.name).load("id");
      const charts = target.charts.load("items/name");
      await context.sync();
      const copies = sheets.items.filter((s) => !refreshed.sheetIds.has(s.id));
      const copy = copies.length === 1 ? copies[0] : undefined;
      backupName = copy?.name ?? null;
      const present = !target.isNullObject && target.id === refreshed.id;
      const onTarget = present ? tables.items.filter((t) => t.worksheet.id === refreshed.id).map((t) => t.name) : [];
      const chartNames = present ? charts.items.map((c) => c.name) : [];
      const sameCharts = chartNames.length === refreshed.charts.length && chartNames.every((c, i) => c === refreshed.charts[i]);
      if (present && sameCharts && onTarget[0] === refreshed.table && (await readUntouched(context, target))) {
        copy?.delete();
        await context.sync();
        return { kind: "intact" };
      }
      if (copy === undefined) return { kind: "failed", backup: null };
      if (present) target.delete();
      copy.name = refreshed.name;
      copy.position = refreshed.position;
      // the copy holds the one inputs table, under a name Excel chose for the copy
      const copied = tables.items.filter((t) => t.worksheet.id === copy.id);
      if (copied.length === 1) copied[0].name = refreshed.table;
      copy.activate();
      await context.sync();
      return { kind: "restored" };
    });
  } catch {
    return { kind: "failed", backup: backupName };
  }
}
