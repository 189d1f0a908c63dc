/* global Excel */
import { TEMPLATES, optionsProblem } from "../../templates";
import { problemFromError } from "./errors";
import { Before, removeHalfMade } from "./halfMade";
import { TemplateBatch, planBatches } from "./plan";
import { renderSheet } from "./renderSheet";
import { supportsPageLayout, unusableExcel } from "./requirements";
import type { CreateRequest, CreateResult, CreatedSheet, WriterProblem } from "../../workbook/ports";

/**
 * Writes the chosen templates into the open workbook in one Excel.run: one sync reads the names of
 * existing sheets, tables and defined names; then each template is queued whole and written with
 * one sync. Nothing existing is touched: new sheets, tables and names get free names. Checks the
 * requirement sets first; every failure becomes a problem in the result, never an exception. An
 * Excel without ExcelApi 1.9 gets the sheets without their page setup.
 */
export async function createSheets(request: CreateRequest): Promise<CreateResult> {
  const early = problemBeforeExcel(request);
  if (early) return { ok: false, problem: early, sheets: [], cleanedUp: true };
  const created: CreatedSheet[] = [];
  let failing: TemplateBatch | undefined;
  let before: Before | undefined;
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name,items/id");
      const tables = context.workbook.tables.load("items/name");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      before = {
        sheetIds: new Set(worksheets.items.map((s) => s.id)),
        names: new Set(names.items.map((n) => n.name.toLowerCase())),
      };
      const batches = planBatches(request.templates, request.options, {
        sheets: worksheets.items.map((s) => s.name),
        tablesAndNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
      });
      const pageLayout = supportsPageLayout();
      let first: Excel.Worksheet | undefined;
      for (const [i, batch] of batches.entries()) {
        failing = batch;
        context.workbook.application.suspendApiCalculationUntilNextSync();
        const added = batch.sheets.map((spec) => context.workbook.worksheets.add(spec.name));
        batch.sheets.forEach((spec, j) => renderSheet(context, added[j], spec, request.options, pageLayout));
        first ??= added[0];
        if (i === batches.length - 1) first?.activate();
        // One sync per template is the budget: a template is written whole or reported as failed.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        failing = undefined;
        created.push(...batch.sheets.map((s) => ({ templateId: batch.templateId, key: s.key, name: s.name })));
        report(request, i + 1, batches.length);
      }
    });
    return { ok: true, sheets: created };
  } catch (error) {
    const problem = problemFromError(error);
    const cleanedUp =
      failing && before
        ? await removeHalfMade(
            failing.sheets.map((s) => s.name),
            failing.sheets.flatMap((s) => s.names.map((n) => n.name)),
            before,
            problem,
          )
        : true;
    return { ok: false, problem, sheets: created, cleanedUp };
  }
}

/** Problems found without asking Excel: nothing chosen, bad options, no Excel, Excel too old. */
function problemBeforeExcel(request: CreateRequest): WriterProblem | undefined {
  if (request.templates.length === 0) return { kind: "noTemplates" };
  const unknown = request.templates.find((id) => !TEMPLATES.some((t) => t.id === id));
  if (unknown) return { kind: "general", code: `UnknownTemplate:${unknown}` };
  const text = optionsProblem(request.options);
  if (text) return { kind: "options", text };
  return unusableExcel();
}

function report(request: CreateRequest, done: number, total: number): void {
  try {
    request.onProgress?.(done, total);
  } catch {
    // A failing progress display must not stop the writing.
  }
}
