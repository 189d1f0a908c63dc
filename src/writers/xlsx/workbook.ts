import ExcelJS from "exceljs";
import type { Language } from "../../core/language";
import type { SheetSpec } from "../../templates/kit";
import type { FormatOptions } from "../style";
import { writeCells, styleCells } from "./cells";
import { addConditionalFormats } from "./conditional";
import { applyLayout } from "./layout";
import { addDefinedName } from "./names";
import { applyMergesAndHeights, applyPrintSetup } from "./print";
import { addTable } from "./tables";
import { addValidations } from "./validation";

/** What the workbook's properties and number formats depend on. */
export interface WorkbookOptions extends FormatOptions {
  /** The document title shown in File → Info. */
  readonly title: string;
  readonly language: Language;
  /** Creation time recorded in the file (the clock is passed in so output can be reproduced). */
  readonly created: Date;
}

/** The application name recorded as the workbook's creator. */
export const CREATOR = "SROI for Excel";

const CULTURE: Readonly<Record<Language, string>> = { en: "en-US", sv: "sv-SE" };

/**
 * Renders planned sheets (planSheets with no existing sheets) into a new ExcelJS workbook: per
 * sheet the cells, number formats, role styles, tables, column widths, frozen panes, validations,
 * conditional formats, merged help texts, row heights and page setup; then the defined names.
 * Excel is told to calculate every formula when the file is opened, since ExcelJS stores formulas
 * without results.
 */
export function renderWorkbook(sheets: readonly SheetSpec[], options: WorkbookOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.title = options.title;
  // ExcelJS writes dc:language but its typings omit the property.
  (workbook as ExcelJS.Workbook & { language?: string }).language = CULTURE[options.language];
  workbook.created = options.created;
  workbook.modified = options.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    writeCells(sheet, spec.grid, options);
    styleCells(sheet, spec.grid);
    for (const table of spec.tables) addTable(sheet, table, taken);
    applyLayout(sheet, spec);
    addValidations(sheet, spec.validations);
    addConditionalFormats(sheet, spec.conditionalFormats);
    applyMergesAndHeights(sheet, spec);
    applyPrintSetup(sheet, spec);
  }
  for (const spec of sheets) for (const name of spec.names) addDefinedName(workbook, name, taken);
  return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
