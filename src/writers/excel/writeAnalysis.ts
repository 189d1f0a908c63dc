/* global Excel */
import { freeSheetName } from "../../templates/kit";
import { problemFromError } from "./errors";
import { Before, removeHalfMade } from "./halfMade";
import { freeTableAndDefinedNames } from "./plan";
import { isUntouched, RefreshedSheet, restoreRefreshed } from "./refreshBackup";
import { renderChart } from "./renderChart";
import { renderSheet } from "./renderSheet";
import { ANALYSIS_FEATURES, unusableExcel } from "./requirements";
import type { AnalysisWriteRequest, AnalysisWriteResult } from "../../workbook/ports";

/**
 * Writes an analysis sheet with its charts in one Excel.run of two syncs: the first reads the
 * names in the workbook (and, for a refresh, the sheet to refresh: its values, charts and tables);
 * the second writes the whole sheet. A new sheet gets a free name and never replaces anything. A
 * refresh rewrites the analysis sheet made before, in place (same sheet, so links to it keep
 * working), and only when the sheet is exactly as the add-in left it: its check code matches its
 * values, it holds no charts or tables but the add-in's. Otherwise nothing is written. A refresh
 * that fails part-way is undone from the copy it made first (refreshBackup.ts).
 */
export async function writeAnalysis(request: AnalysisWriteRequest): Promise<AnalysisWriteResult> {
  const early = unusableExcel(ANALYSIS_FEATURES);
  if (early) return { ok: false, problem: early };
  let added: Before | undefined;
  let planned = "";
  let refreshed: RefreshedSheet | undefined;
  try {
    return await Excel.run(async (context): Promise<AnalysisWriteResult> => {
      const worksheets = context.workbook.worksheets.load("items/name,items/id");
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      const names = context.workbook.names.load("items/name");
      const target = request.replace === undefined ? undefined : context.workbook.worksheets.getItem(request.replace).load("name,id,position");
      const refresh = target && { used: target.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"), charts: target.charts.load("items/name") };
      await context.sync();

      const ownTables = target ? tables.items.filter((t) => t.worksheet.name === target.name) : [];
      if (target && refresh && !isUntouched(refresh.used, ownTables.map((t) => t.name), refresh.charts.items.map((c) => c.name))) {
        return { ok: false, problem: { kind: "analysisChanged", sheet: target.name } };
      }
      const sheetName = target?.name ?? freeSheetName(request.preferredName, worksheets.items.map((s) => s.name));
      const taken = [...tables.items.filter((t) => !ownTables.includes(t)).map((t) => t.name), ...names.items.map((n) => n.name)];
      const report = request.build(sheetName);
      const [spec] = freeTableAndDefinedNames([report.sheet], taken);

      context.workbook.application.suspendApiCalculationUntilNextSync();
      let sheet: Excel.Worksheet;
      let backup: Excel.Worksheet | undefined;
      if (target && refresh) {
        refreshed = { id: target.id, name: target.name, position: target.position, table: ownTables[0].name, charts: refresh.charts.items.map((c) => c.name), sheetIds: new Set(worksheets.items.map((s) => s.id)) };
        backup = target.copy("End");
        for (const chart of refresh.charts.items) chart.delete();
        ownTables.forEach((t) => t.delete());
        target.freezePanes.unfreeze();
        target.getUsedRange().clear("All" as Excel.ClearApplyTo);
        sheet = target;
      } else {
        sheet = context.workbook.worksheets.add(sheetName);
        added = { sheetIds: new Set(worksheets.items.map((s) => s.id)), names: new Set(names.items.map((n) => n.name.toLowerCase())) };
        planned = sheetName;
      }
      renderSheet(context, sheet, spec, { currency: request.currency });
      for (const chart of report.charts) renderChart(sheet, chart);
      sheet.activate();
      backup?.delete();
      await context.sync();
      return { ok: true, sheet: sheetName, replaced: target !== undefined };
    });
  } catch (error) {
    const problem = problemFromError(error);
    if (added) await removeHalfMade([planned], [], added, problem);
    if (refreshed && problem.kind !== "cellEditMode") {
      const restored = await restoreRefreshed(refreshed);
      if (restored.kind === "failed") return { ok: false, problem: { kind: "refreshIncomplete", sheet: refreshed.name, backup: restored.backup } };
    }
    return { ok: false, problem: request.replace !== undefined && problem.kind === "general" && problem.code === "ItemNotFound" ? { kind: "sheetMissing", name: request.replace } : problem };
  }
}
