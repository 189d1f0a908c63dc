/**
 * The Office.js writer: renders template sheets into the open workbook, reads the add-in's tables
 * back and writes analysis sheets. The taskpane receives `excelWriter` from index.tsx and calls it
 * through its hooks; tests pass a writer over the fake.
 */
export { activateSheet } from "./activateSheet";
export { createSheets } from "./createSheets";
export { listSources } from "./listSources";
export { selectCell } from "./selectCell";
export { readBeforeAfter } from "./readBeforeAfter";
export { readImpactMap } from "./readImpactMap";
export { writeAnalysis } from "./writeAnalysis";
export { insertUnitCost } from "./insertUnitCost";
export type * from "../../workbook/ports";
