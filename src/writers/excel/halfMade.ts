/* global Excel */
import type { WriterProblem } from "../../workbook/ports";

/** What the workbook held before anything was written, to recognise what a failed write made. */
export interface Before {
  readonly sheetIds: ReadonlySet<string>;
  /** Defined names, lower case. */
  readonly names: ReadonlySet<string>;
}

/**
 * Removes what a failed write left half-made: sheets that did not exist before and carry one of
 * the planned names, and defined names it added. Skipped (false) when the failure was a name
 * clash, since the sheet with that name may then be someone else's; a cell-edit-mode rejection
 * applies nothing, so there is nothing to remove (true). Returns whether the workbook is clean.
 */
export async function removeHalfMade(
  sheets: readonly string[],
  names: readonly string[],
  before: Before,
  problem: WriterProblem,
): Promise<boolean> {
  if (problem.kind === "cellEditMode") return true;
  if (problem.kind === "nameTaken") return false;
  const planned = new Set(sheets.map((s) => s.toLowerCase()));
  const plannedNames = new Set(names.map((n) => n.toLowerCase()));
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name,items/id");
      const defined = context.workbook.names.load("items/name");
      await context.sync();
      for (const n of defined.items) {
        const key = n.name.toLowerCase();
        if (plannedNames.has(key) && !before.names.has(key)) n.delete();
      }
      for (const s of worksheets.items) {
        if (!before.sheetIds.has(s.id) && planned.has(s.name.toLowerCase())) s.delete();
      }
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
