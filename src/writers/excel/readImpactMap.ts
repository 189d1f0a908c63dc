/* global Excel */
import { officeErrorCode, problemFromError } from "./errors";
import type { CellValue, ImpactMapCellsResult } from "../../workbook/ports";

/** Rows under the table that hold the summary's key figures (rate, investment and price base year are 4, 6 and 10 rows down). */
const ROWS_BELOW = 12;

/** The KPI sheet's table (templates/prices): the index proxies from other price years are converted with. */
const KPI_TABLE = "SroiKpi";
/** The Lists sheet's evidence-grade table (templates/kit/lists.ts): grade, meaning, haircut, spread. */
const GRADE_TABLE = "SroiListGrades";

/**
 * Reads an impact-map table in one sync: its header and data rows (every column, as `values`, so
 * linked or calculated inputs read as Excel shows them) and the first two columns of the rows
 * under it, with their number formats. The table is found by name, so a renamed sheet, moved
 * columns or rows added inside the table do not matter; interpreting the cells is
 * templates/impactMap/read/impactRead.ts's job. The workbook's KPI table and evidence-grade table,
 * when there are, are read after it (null objects when the tables are missing, one second sync
 * when either exists). Nothing is written.
 */
export async function readImpactMap(table: string): Promise<ImpactMapCellsResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<ImpactMapCellsResult> => {
      const found = context.workbook.tables.getItem(table);
      const sheet = found.worksheet.load("name");
      const header = found.getHeaderRowRange().load("values,rowIndex");
      const body = found.getDataBodyRange().load("values");
      const below = found
        .getRange()
        .getLastRow()
        .getOffsetRange(1, 0)
        .getCell(0, 0)
        .getResizedRange(ROWS_BELOW - 1, 1)
        .load("values,numberFormat");
      const kpi = context.workbook.tables.getItemOrNullObject(KPI_TABLE).load("name");
      const grades = context.workbook.tables.getItemOrNullObject(GRADE_TABLE).load("name");
      await context.sync();
      const kpiBody = kpi.isNullObject ? null : kpi.getDataBodyRange().load("values");
      const gradeBody = grades.isNullObject ? null : grades.getDataBodyRange().load("values");
      if (kpiBody !== null || gradeBody !== null) await context.sync();
      const priceIndex = kpiBody === null ? undefined : (kpiBody.values as CellValue[][]);
      const gradeTable = gradeBody === null ? undefined : (gradeBody.values as CellValue[][]);
      return {
        ok: true,
        cells: {
          sheet: sheet.name,
          table,
          headerRow: header.rowIndex + 1,
          header: (header.values[0] ?? []) as CellValue[],
          body: body.values as CellValue[][],
          below: below.values as CellValue[][],
          belowFormats: below.numberFormat as string[][],
          ...(priceIndex === undefined ? {} : { priceIndex }),
          ...(gradeTable === undefined ? {} : { gradeTable }),
        },
      };
    });
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound") return { ok: false, problem: { kind: "tableMissing", name: table } };
    return { ok: false, problem: problemFromError(error) };
  }
}
