import { fill, nameOf, pick } from "../kit";
import type { SheetKey, SheetNames } from "../kit";
import type { Language } from "../../core/language";
import { ST } from "./summaryText";

/**
 * References from the summary to other sheets through INDIRECT, so a sheet that is missing gives
 * an error the summary catches (ISREF is false) instead of a broken link: the summary can be
 * created before, after or without any of its sources. Names are those of the same action or,
 * when a source is not created with it, its preferred name in the language.
 */
export class Sources {
  constructor(
    private readonly names: SheetNames,
    private readonly language: Language,
  ) {}

  name(key: SheetKey): string {
    return nameOf(key, this.names, this.language);
  }

  /** INDIRECT("'Sheet'!B5"): quotes inside the name doubled for the sheet and the string. */
  ref(key: SheetKey, address: string): string {
    const sheet = `'${this.name(key).replace(/'/g, "''")}'!${address}`;
    return `INDIRECT("${sheet.replace(/"/g, '""')}")`;
  }

  /** True in the workbook when the sheet exists. */
  exists(key: SheetKey): string {
    return `ISREF(${this.ref(key, "A1")})`;
  }

  /** A number from the sheet, or blank when the sheet is missing or the cell is an error. */
  number(key: SheetKey, address: string): string {
    return `=IF(${this.exists(key)},IFERROR(${this.ref(key, address)},""),"")`;
  }

  /** A text from the sheet ("" for a blank cell), or blank when the sheet is missing. */
  text(key: SheetKey, address: string): string {
    return `=IF(${this.exists(key)},IFERROR(${this.ref(key, address)}&"",""),"")`;
  }

  /** The message that the sheet is missing. */
  missingText(key: SheetKey): string {
    return fill(pick(ST.missing, this.language), { sheet: this.name(key) });
  }

  /** The line under a section heading: blank, or a message that the sheet is missing. */
  missing(key: SheetKey): string {
    return `=IF(${this.exists(key)},"","${this.missingText(key).replace(/"/g, '""')}")`;
  }
}
