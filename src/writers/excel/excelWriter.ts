import { activateSheet } from "./activateSheet";
import { createSheets } from "./createSheets";
import { listSources } from "./listSources";
import { selectCell } from "./selectCell";
import type { SheetWriter } from "../../workbook/ports";

/**
 * The writer the taskpane uses inside Excel. Reading maps and before/after sheets and writing
 * analyses load their code when first asked for (with the tabs that use them), so the pane's
 * first screen carries only what creating sheets needs.
 */
export const excelWriter: SheetWriter = {
  createSheets,
  activateSheet,
  selectCell,
  listSources,
  readImpactMap: (table) => import("./readImpactMap").then((m) => m.readImpactMap(table)),
  readBeforeAfter: (table) => import("./readBeforeAfter").then((m) => m.readBeforeAfter(table)),
  writeAnalysis: (request) => import("./writeAnalysis").then((m) => m.writeAnalysis(request)),
};
