import { fill, pick, SheetSources } from "../kit";
import type { SheetKey } from "../kit";
import { ST } from "./summaryText";

/** The decision summary's references to the other sheets (kit/sheetSources.ts), with its own "missing" line. */
export class Sources extends SheetSources {
  /** The message that the sheet is missing. */
  missingText(key: SheetKey): string {
    return fill(pick(ST.missing, this.language), { sheet: this.name(key) });
  }

  /** The line under a section heading: blank, or a message that the sheet is missing. */
  missing(key: SheetKey): string {
    return this.missingLine(key, ST.missing);
  }
}
