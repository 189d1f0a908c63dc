import ExcelJS from "exceljs";
import { modelFormula } from "../../../src/writers/xlsx";

/**
 * Reading an .xlsx back with ExcelJS, for tests: cells as the template model writes them
 * (formulas with "=", no `_xlfn.`), with the computed result where the file holds one.
 */

export interface ReadCell {
  readonly address: string;
  readonly value?: string | number | boolean;
  readonly formula?: string;
  /** The cached result of a formula (present after LibreOffice recalculated the file). */
  readonly result?: unknown;
  readonly numFmt?: string;
}

export async function readWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every non-empty cell of a sheet, by address. */
export function readCells(sheet: ExcelJS.Worksheet): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown;
      const numFmt = cell.numFmt;
      if (v && typeof v === "object" && "formula" in (v as object)) {
        const f = v as { formula: string; result?: unknown };
        // cell.result, not f.result: ExcelJS's value drops a result of 0
        cells.set(cell.address, { address: cell.address, formula: modelFormula(f.formula), result: cell.result, numFmt });
      } else if (v && typeof v === "object" && "sharedFormula" in (v as object)) {
        throw new Error(`shared formula in ${cell.address}: not expected from the writer`);
      } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
        cells.set(cell.address, { address: cell.address, value: v, numFmt });
      } else if (v !== null && v !== undefined) {
        cells.set(cell.address, { address: cell.address, value: JSON.stringify(v), numFmt });
      }
    }),
  );
  return cells;
}

/** The tables of a sheet: name, range, style and column names. */
export function readTables(sheet: ExcelJS.Worksheet): { name: string; ref: string; theme?: string; columns: string[] }[] {
  return sheet.getTables().map((t) => {
    const model = (t as unknown as { table: { name: string; tableRef: string; style?: { theme?: string }; columns: { name: string }[] } })
      .table;
    return { name: model.name, ref: model.tableRef, theme: model.style?.theme, columns: model.columns.map((c) => c.name) };
  });
}

/** The sheet's validations as ExcelJS reads them: one entry per cell. */
export function readValidations(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
}

/** The sheet's conditional formats as ExcelJS reads them (its typings omit the property). */
export function readConditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}
