/* global Excel Office */
import type { MissingFeature, WriterProblem } from "../../workbook/ports";

/**
 * The ExcelApi requirement sets the writer needs, one per feature (OFFICE-NOTES.md): tables 1.1,
 * getItemOrNullObject and names 1.4, conditional formats 1.6, freeze panes, tab colours and
 * getRangeByIndexes 1.7, data validation 1.8. Checked before anything is written.
 */
const REQUIRED_FEATURES: readonly MissingFeature[] = [
  { feature: "tables", set: "1.1" },
  { feature: "names", set: "1.4" },
  { feature: "conditionalFormats", set: "1.6" },
  { feature: "freezePanes", set: "1.7" },
  { feature: "dataValidation", set: "1.8" },
];

/**
 * What the analysis writer needs: tables 1.1, null objects (getItemOrNullObject,
 * getUsedRangeOrNullObject) 1.4, frozen panes and tab colours 1.7, and charts whose series are set
 * one by one with their gap width (1.7) and overlap (1.8).
 */
export const ANALYSIS_FEATURES: readonly MissingFeature[] = [
  { feature: "tables", set: "1.1" },
  { feature: "names", set: "1.4" },
  { feature: "freezePanes", set: "1.7" },
  { feature: "charts", set: "1.8" },
];

/** Reading cell formats back (Range.getCellProperties), to fingerprint a written analysis sheet. */
export const STAMP_SET = "1.9";

/** Counting a sheet's comments (1.10) and notes (1.18), without which no refresh can be checked. */
export const REFRESH_CHECK_SET = "1.18";

/** Whether this Excel supports ExcelApi `version` (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/** Page setup (`Worksheet.pageLayout`) needs ExcelApi 1.9; without it sheets are written unset for print. */
const PAGE_LAYOUT_SET = "1.9";

/** True when this Excel can set page layout; false outside Office (asked only after unusableExcel). */
export function supportsPageLayout(): boolean {
  return supportsExcelApi(PAGE_LAYOUT_SET);
}

/** The features this Excel lacks, given `Office.context.requirements.isSetSupported`. */
function missingFeatures(
  isSetSupported: (name: string, version: string) => boolean,
  features: readonly MissingFeature[] = REQUIRED_FEATURES,
): MissingFeature[] {
  return features.filter((f) => !isSetSupported("ExcelApi", f.set));
}

/**
 * Why this host cannot take a write, asked of Office before any Excel call: no Excel (the page
 * outside Office, office.js not loaded) or an Excel without one of `features`; undefined when it can.
 */
export function unusableExcel(features: readonly MissingFeature[] = REQUIRED_FEATURES): WriterProblem | undefined {
  if (typeof Excel === "undefined" || typeof Office === "undefined" || !Office.context?.requirements) return { kind: "noExcel" };
  const missing = missingFeatures((name, version) => Office.context.requirements.isSetSupported(name, version), features);
  return missing.length > 0 ? { kind: "tooOld", missing } : undefined;
}
