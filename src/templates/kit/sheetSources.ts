import type { Language } from "../../core/language";
import type { SheetKey, SheetNames } from "./model";
import { nameOf } from "./sheetTitles";
import { fill, pick, Text } from "./text";

/**
 * References from a report sheet to other sheets through INDIRECT, so a sheet that is missing gives
 * an error the report catches (ISREF is false) instead of a broken link: the report can be created
 * before, after or without any of its sources. Names are those of the same action (the sheet-name
 * plan, so a suffixed "Effektkarta (2)" is read) or, when a source is not created with it, its
 * preferred name in the language.
 */
export class SheetSources {
  constructor(
    protected readonly names: SheetNames,
    protected readonly language: Language,
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

  /** A value from the sheet, blank for a blank cell (not 0), a missing sheet or an error. */
  value(key: SheetKey, address: string): string {
    const ref = this.ref(key, address);
    return `=IF(${this.exists(key)},IFERROR(IF(${ref}="","",${ref}),""),"")`;
  }

  /** A text from the sheet ("" for a blank cell), or blank when the sheet is missing. */
  text(key: SheetKey, address: string): string {
    return `=IF(${this.exists(key)},IFERROR(${this.ref(key, address)}&"",""),"")`;
  }

  /** A line that is blank, or `message` ({sheet} filled in) when the sheet is missing. */
  missingLine(key: SheetKey, message: Text): string {
    const text = fill(pick(message, this.language), { sheet: this.name(key) }).replace(/"/g, '""');
    return `=IF(${this.exists(key)},"","${text}")`;
  }
}
