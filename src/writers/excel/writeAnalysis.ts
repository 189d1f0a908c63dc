/* global Excel */
import { freeSheetName } from "../../templates/kit";
import type { ReportSheet, SheetSpec } from "../../templates/kit";
import { problemFromError } from "./errors";
import { Before, removeHalfMade } from "./halfMade";
import { freeTableAndDefinedNames } from "./plan";
import { RefreshedSheet, restoreRefreshed } from "./refreshBackup";
import { renderChart } from "./renderChart";
import { renderSheet } from "./renderSheet";
import { ANALYSIS_FEATURES, REFRESH_CHECK_SET, STAMP_SET, supportsExcelApi, supportsPageLayout, unusableExcel } from "./requirements";
import { fingerprint, queueCells, queueOutline, readUntouched, stampCell } from "./sheetState";
import type { AnalysisWriteRequest, AnalysisWriteResult, WriterProblem } from "../../workbook/ports";

/**
 * Writes an analysis sheet with its charts in one Excel.run, in four steps:
 * - read: the names in the workbook and, for a refresh, the sheet to refresh (two syncs, see
 *   sheetState.ts); a refresh goes on only when the sheet is exactly as the add-in left it;
 * - prepare: the sheet's final name, free table and defined names, the report built for it;
 * - write: the whole sheet and its charts, read back in the same sync; then its fingerprint goes
 *   into the check-code cell (one more sync);
 * - recover, when Excel fails part-way: a new sheet half made is removed, a refreshed sheet is put
 *   back from the copy made first (refreshBackup.ts).
 * A new sheet gets a free name and never replaces anything. A refresh rewrites the sheet in place
 * (same sheet, so links to it keep working). Syncs: a new sheet 3, a refresh 4 (2 and 3 on an
 * Excel without ExcelApi 1.9, which writes no fingerprint).
 */
export async function writeAnalysis(request: AnalysisWriteRequest): Promise<AnalysisWriteResult> {
  const early = unusableExcel(ANALYSIS_FEATURES);
  if (early) return { ok: false, problem: early };
  if (request.replace !== undefined && !supportsExcelApi(REFRESH_CHECK_SET)) {
    return { ok: false, problem: { kind: "analysisChanged", sheet: request.replace, reason: "cannotCheck" } };
  }
  const progress: Progress = {};
  try {
    return await Excel.run(async (context): Promise<AnalysisWriteResult> => {
      const read = await readWorkbook(context, request.replace);
      if (read.target && !read.target.untouched) return { ok: false, problem: { kind: "analysisChanged", sheet: read.target.sheet.name } };
      const plan = prepare(read, request);
      await write(context, read, plan, request.currency, progress);
      return { ok: true, sheet: plan.sheetName, replaced: read.target !== undefined };
    });
  } catch (error) {
    return recover(problemFromError(error), progress, request);
  }
}

/** What a failed write must undo: the new sheet it added, or the sheet it was refreshing. */
interface Progress {
  added?: { readonly sheet: string; readonly before: Before };
  refreshed?: RefreshedSheet;
}

/** The workbook as read before writing. */
interface WorkbookRead {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  /** The sheet to refresh, with its own tables and charts, and whether it is untouched. */
  readonly target?: {
    readonly sheet: Excel.Worksheet;
    readonly tables: readonly Excel.Table[];
    readonly charts: Excel.ChartCollection;
    readonly untouched: boolean;
  };
}

async function readWorkbook(context: Excel.RequestContext, replace: string | undefined): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name");
  if (replace === undefined) {
    await context.sync();
    return { sheets, tables, names };
  }
  const sheet = context.workbook.worksheets.getItem(replace).load("name,id,position");
  const charts = sheet.charts.load("items/name");
  const untouched = await readUntouched(context, sheet);
  return {
    sheets,
    tables,
    names,
    target: { sheet, charts, untouched, tables: tables.items.filter((t) => t.worksheet.name === sheet.name) },
  };
}

/** The sheet to write, under its final name. */
interface Plan {
  readonly sheetName: string;
  readonly report: ReportSheet;
  readonly spec: SheetSpec;
}

function prepare(read: WorkbookRead, request: AnalysisWriteRequest): Plan {
  const own = read.target?.tables ?? [];
  const sheetName =
    read.target?.sheet.name ??
    freeSheetName(
      request.preferredName,
      read.sheets.items.map((s) => s.name),
    );
  const taken = [...read.tables.items.filter((t) => !own.includes(t)).map((t) => t.name), ...read.names.items.map((n) => n.name)];
  const report = request.build(sheetName);
  const [spec] = freeTableAndDefinedNames([report.sheet], taken);
  return { sheetName, report, spec };
}

async function write(context: Excel.RequestContext, read: WorkbookRead, plan: Plan, currency: string, progress: Progress): Promise<void> {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const sheetIds = new Set(read.sheets.items.map((s) => s.id));
  const target = read.target;
  let backup: Excel.Worksheet | undefined;
  let sheet: Excel.Worksheet;
  if (target) {
    const { sheet: old, charts, tables } = target;
    progress.refreshed = {
      id: old.id,
      name: old.name,
      position: old.position,
      table: tables[0].name,
      charts: charts.items.map((c) => c.name),
      sheetIds,
    };
    backup = old.copy("End");
    for (const chart of charts.items) chart.delete();
    tables.forEach((t) => t.delete());
    old.freezePanes.unfreeze();
    old.getUsedRange().clear("All" as Excel.ClearApplyTo);
    sheet = old;
  } else {
    sheet = context.workbook.worksheets.add(plan.sheetName);
    progress.added = { sheet: plan.sheetName, before: { sheetIds, names: new Set(read.names.items.map((n) => n.name.toLowerCase())) } };
  }
  // The page setup (ExcelApi 1.9) is left out, not the sheet, where Excel lacks it.
  renderSheet(context, sheet, plan.spec, { currency }, supportsPageLayout());
  for (const chart of plan.report.charts) renderChart(sheet, chart);
  sheet.activate();
  if (supportsExcelApi(STAMP_SET)) {
    const outline = queueOutline(sheet, sheet.getUsedRange(false), false);
    const cells = queueCells(outline.used);
    await context.sync();
    const cell = stampCell(cells);
    // the cell is formatted as text ("@"), which keeps the code as written (an apostrophe would stay)
    if (cell) sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).values = [[fingerprint(outline, cells, cell)]];
  }
  backup?.delete();
  await context.sync();
}

async function recover(problem: WriterProblem, progress: Progress, request: AnalysisWriteRequest): Promise<AnalysisWriteResult> {
  if (progress.added) await removeHalfMade([progress.added.sheet], [], progress.added.before, problem);
  if (progress.refreshed && problem.kind !== "cellEditMode") {
    const restored = await restoreRefreshed(progress.refreshed);
    if (restored.kind === "failed")
      return { ok: false, problem: { kind: "refreshIncomplete", sheet: progress.refreshed.name, backup: restored.backup } };
  }
  return {
    ok: false,
    problem:
      request.replace !== undefined && problem.kind === "general" && problem.code === "ItemNotFound"
        ? { kind: "sheetMissing", name: request.replace }
        : problem,
  };
}
