/**
 * The Office.js writer: renders template sheets into the open workbook. The taskpane receives
 * `excelWriter` from index.tsx and calls it through its hook; tests pass a writer over the fake.
 */
import { activateSheet } from "./activateSheet";
import { createSheets } from "./createSheets";
import type { SheetWriter } from "./types";

export { activateSheet } from "./activateSheet";
export { createSheets } from "./createSheets";
export { officeReady, isDark } from "./host";
export type { HostInfo } from "./host";
export { problemMessage } from "./messages";
export type { ProblemMessage } from "./messages";
export { REQUIRED_FEATURES } from "./requirements";
export type * from "./types";

/** The writer the taskpane uses inside Excel. */
export const excelWriter: SheetWriter = { createSheets, activateSheet };
