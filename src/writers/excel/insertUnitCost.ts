/* global Excel */
import type { Language } from "../../core/language";
import { libraryItemName } from "../../core/prices/libraryText";
import { libraryEntry } from "../../core/prices/librarySearch";
import type { LibraryEntry } from "../../core/prices/unitCostLibrary";
import { columnLetter } from "../../templates/kit";
import type { CellValue, FilledCell, InsertUnitCostRequest, InsertUnitCostResult, UnitCostTargetKind } from "../../workbook/ports";
import { problemFromError } from "./errors";
import { literalText } from "./literalText";
import { holds, isBlank, nameInList, plannedCells, sameAsConfirmed, targetColumns, targetOfTable, unitCostList } from "./unitCostPlan";
import type { PlannedCell } from "./unitCostPlan";

/**
 * "Insert a unit cost": puts a library figure into the row selected in Excel, in one Excel.run. The
 * selection's sheet is searched for an impact map or a cost sheet's item table (by the names the
 * templates give them); the row's cells are read (and, on a protected sheet, whether they are
 * locked; on a cost sheet, the unit-cost list its formula picks from); then, unless a filled cell
 * would change without the request confirming exactly what it holds, the cells are written. Every
 * failure is an answer, never an exception.
 */
export async function insertUnitCost(request: InsertUnitCostRequest): Promise<InsertUnitCostResult> {
  const entry = libraryEntry(request.entryId);
  if (!entry) return { outcome: "unknownEntry", entryId: request.entryId };
  if (entry.kind !== "amount") return { outcome: "unitMismatch" };
  if (typeof Excel === "undefined") return { outcome: "problem", problem: { kind: "noExcel" } };
  try {
    return await Excel.run((context) => insertIn(context, entry, request));
  } catch (error) {
    return { outcome: "problem", problem: problemFromError(error) };
  }
}

/** A table of the add-in's on the selected sheet, with where its header and data rows are. */
interface Candidate {
  readonly kind: UnitCostTargetKind;
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

async function insertIn(context: Excel.RequestContext, entry: LibraryEntry, request: InsertUnitCostRequest): Promise<InsertUnitCostResult> {
  const selected = context.workbook.getSelectedRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
  const worksheet = selected.worksheet.load("name");
  const tables = worksheet.tables.load("items/name");
  const protection = worksheet.protection.load("protected");
  await context.sync();
  const sheet = worksheet.name;
  const address = selected.address.replace(/^.*!/, "");
  const candidates: Candidate[] = tables.items.flatMap((table) => {
    const kind = targetOfTable(table.name);
    if (!kind) return [];
    return [
      {
        kind,
        table,
        header: table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount"),
        body: table.getDataBodyRange().load("rowIndex,rowCount"),
      },
    ];
  });
  if (candidates.length === 0) return { outcome: "notTarget", sheet, address, reason: "noTable" };
  await context.sync();
  const left = selected.columnIndex;
  const right = left + selected.columnCount - 1;
  const hit = candidates.find(
    (c) =>
      right >= c.header.columnIndex &&
      left <= c.header.columnIndex + c.header.columnCount - 1 &&
      selected.rowIndex >= c.body.rowIndex &&
      selected.rowIndex <= c.body.rowIndex + c.body.rowCount - 1,
  );
  if (!hit) return { outcome: "notTarget", sheet, address, reason: "outsideRows" };
  if (selected.rowCount > 1) return { outcome: "notTarget", sheet, address, reason: "severalRows" };
  const columns = targetColumns(hit.kind, (hit.header.values[0] ?? []) as CellValue[]);
  if (!columns.ok) return { outcome: "columnsMissing", sheet, columns: columns.missing };
  const row = hit.body.getRow(selected.rowIndex - hit.body.rowIndex).load("values,formulas");
  await context.sync();
  const formulas = (row.formulas[0] ?? []) as CellValue[];
  const values = (row.values[0] ?? []) as CellValue[];

  let listName: string | undefined;
  if (hit.kind === "costSheet") {
    const found = await listNameOf(context, entry, formulas[columns.index.unitCost as number], columns.language);
    if (!found.ok) return found.result;
    listName = found.name;
  }
  const planned = plannedCells(hit.kind, entry, columns, listName).filter((p) => !holds(formulas[p.column] ?? "", p.next));
  const sheetRow = selected.rowIndex + 1;
  const cellAddress = (p: PlannedCell) => `${columnLetter(hit.header.columnIndex + p.column)}${sheetRow}`;
  const header = (p: PlannedCell) => String(columns.headers[p.column] ?? "");
  const cellOf = (p: PlannedCell) => worksheet.getCell(selected.rowIndex, hit.header.columnIndex + p.column);

  if (protection.protected) {
    const locks = planned.map((p) => cellOf(p).format.protection.load("locked"));
    await context.sync();
    if (locks.some((l) => l.locked !== false)) return { outcome: "protected", sheet };
  }
  const filled: FilledCell[] = planned
    .filter((p) => !isBlank(formulas[p.column] ?? ""))
    .map((p) => ({ address: cellAddress(p), column: header(p), shown: values[p.column] ?? "", formula: formulas[p.column], next: p.next }));
  if (filled.length > 0 && !(request.confirmed && sameAsConfirmed(filled, sheet, request.confirmed))) {
    return { outcome: "confirm", target: hit.kind, sheet, row: sheetRow, cells: filled, changed: request.confirmed !== undefined };
  }
  for (const p of planned) cellOf(p).values = [[typeof p.next === "string" ? literalText(p.next) : p.next]];
  await context.sync();
  return {
    outcome: "inserted",
    target: hit.kind,
    sheet,
    row: sheetRow,
    cells: planned.map((p) => ({ address: cellAddress(p), column: header(p), value: p.next })),
  };
}

/** The entry's name in the unit-cost list a cost-sheet row picks from (read from the row's formula). */
async function listNameOf(
  context: Excel.RequestContext,
  entry: LibraryEntry,
  formula: CellValue | undefined,
  language: Language,
): Promise<{ ok: true; name: string } | { ok: false; result: InsertUnitCostResult }> {
  const wanted = libraryItemName(entry, language);
  const list = unitCostList(formula);
  if (!list) return { ok: false, result: { outcome: "notInUnitCostList", name: wanted } };
  const listSheet = context.workbook.worksheets.getItemOrNullObject(list.sheet);
  await context.sync();
  if (listSheet.isNullObject) return { ok: false, result: { outcome: "notInUnitCostList", name: wanted } };
  const names = listSheet.getRange(list.range).load("values");
  await context.sync();
  const name = nameInList(
    entry,
    names.values.map((r) => r[0] as CellValue),
  );
  return name === undefined ? { ok: false, result: { outcome: "notInUnitCostList", name: wanted, list: list.sheet } } : { ok: true, name };
}
