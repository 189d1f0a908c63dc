/**
 * The Office.js writer: renders template sheets into the open workbook. The taskpane receives
 * `excelWriter` from index.tsx and calls it through its hook; tests pass a writer over the fake.
 */
import { activateSheet } from "./activateSheet";
import { createSheets } from "./createSheets";
import { listSources } from "./listSources";
import { readBeforeAfter } from "./readBeforeAfter";
import { readImpactMap } from "./readImpactMap";
import type { SheetWriter } from "./types";
import { writeAnalysis } from "./writeAnalysis";

export { activateSheet } from "./activateSheet";
export { createSheets } from "./createSheets";
export { listSources } from "./listSources";
export { readBeforeAfter } from "./readBeforeAfter";
export { readImpactMap } from "./readImpactMap";
export { writeAnalysis } from "./writeAnalysis";
export { officeReady, isDark } from "./host";
export type { HostInfo } from "./host";
export { problemMessage } from "./messages";
export type { ProblemMessage } from "./messages";
export { REQUIRED_FEATURES } from "./requirements";
export type * from "./types";

/** The writer the taskpane uses inside Excel. */
export const excelWriter: SheetWriter = { createSheets, activateSheet, listSources, readImpactMap, readBeforeAfter, writeAnalysis };
