import type { Language } from "../../core/language";
import { columnLetter, helpMerges, layoutForPrint, MARGINS, printedSize } from "../kit";
import type { PrintSetup, SheetSpec } from "../kit";
import { costColumn } from "./costLayout";

/**
 * How the cost sheet prints. Its item table is wide (20 columns for 5 years) and the sheet long
 * (the items, then the totals by category and payer and the full-scale estimate: 62 rows), so one
 * landscape page wide prints it at about 56 % on two pages. Portrait, two pages wide and one
 * tall with the item column repeated, it prints at about 67 % on two pages: what each item is,
 * its unit cost and the first years' quantities on the first, the other quantities and the costs
 * by year on the second, the item names on both. The larger of the two is used (for many years
 * the single page wide can win).
 *
 * The help texts wrap across the item columns A–G, which always print on the first page: merged
 * across the whole width they would be cut at the page break.
 */
export function costSheetForPrint(spec: SheetSpec, language: Language): SheetSpec {
  const merges = helpMerges(spec, costColumn("unitCost"));
  const laid = layoutForPrint({ ...spec, merges }, language);
  const oneWide = laid.print!;
  const twoWide: PrintSetup = {
    ...oneWide,
    orientation: "portrait",
    margins: MARGINS.portrait,
    fitToWidth: 2,
    fitToHeight: 1,
    titleColumns: `A:${columnLetter(spec.freeze.columns - 1)}`,
  };
  const print = printedSize(laid, twoWide).scale > printedSize(laid, oneWide).scale ? twoWide : oneWide;
  // Merges, heights and page setup; the wrapped cells are found again when the sheet is planned.
  return { ...spec, merges, ...(laid.rowHeights ? { rowHeights: laid.rowHeights } : {}), print };
}
