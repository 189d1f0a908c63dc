import { activateSheet } from "./activateSheet";
import { listSources } from "./listSources";
import { selectCell } from "./selectCell";
import type { SheetWriter } from "../../workbook/ports";

/**
 * The writer the taskpane uses inside Excel. Creating sheets (with every template's builder),
 * reading maps and before/after sheets and writing analyses load their code when first asked for,
 * so the pane's first screen carries only the pane itself and the templates' names.
 */
export const excelWriter: SheetWriter = {
  createSheets: (request) => import("./createSheets").then((m) => m.createSheets(request)),
  activateSheet,
  selectCell,
  listSources,
  readImpactMap: (table) => import("./readImpactMap").then((m) => m.readImpactMap(table)),
  readBeforeAfter: (table) => import("./readBeforeAfter").then((m) => m.readBeforeAfter(table)),
  writeAnalysis: (request) => import("./writeAnalysis").then((m) => m.writeAnalysis(request)),
  insertUnitCost: (request) => import("./insertUnitCost").then((m) => m.insertUnitCost(request)),
};
