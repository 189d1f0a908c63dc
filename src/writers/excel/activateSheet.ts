/* global Excel */
import { problemFromError } from "./errors";
import type { ActivateResult } from "../../workbook/ports";

/** Shows a sheet by name (for the taskpane's result links); a missing sheet is a problem, not an error. */
export async function activateSheet(name: string): Promise<ActivateResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<ActivateResult> => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return { ok: false, problem: { kind: "sheetMissing", name } };
      sheet.activate();
      await context.sync();
      return { ok: true };
    });
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}
