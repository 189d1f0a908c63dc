/* global Excel */
import { problemFromError } from "./errors";
import type { ActivateResult } from "../../workbook/ports";

/**
 * Shows a sheet and selects one cell ("B35") on it, for the taskpane's links to problems on a
 * sheet; a missing sheet is a problem, not an error. Nothing is written.
 */
export async function selectCell(sheetName: string, address: string): Promise<ActivateResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<ActivateResult> => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) return { ok: false, problem: { kind: "sheetMissing", name: sheetName } };
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
      return { ok: true };
    });
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}
