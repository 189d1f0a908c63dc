/* global Excel */
import { CONTRACT_TABLE, IMPACT_TABLE, INPUTS_TABLE, PORTFOLIO_TABLE, beforeAfterTableName } from "../../templates/kit";
import { problemFromError } from "./errors";
import type { Sources, SourcesResult, TableRef } from "../../workbook/ports";
import { claimedFrom } from "./uniqueNames";

/** The table that stands for each kind of source, by the name its template gives it (a free name adds "_N"). */
const TABLES: Readonly<Record<keyof Sources, string>> = {
  impactMaps: IMPACT_TABLE,
  beforeAfter: beforeAfterTableName("groups"),
  analyses: INPUTS_TABLE,
  contracts: CONTRACT_TABLE,
  portfolios: PORTFOLIO_TABLE,
};

/** The number after "_" in a table name (none counts as 1), to keep "_2" before "_10". */
function suffix(name: string): number {
  const match = /_(\d+)$/.exec(name);
  return match ? Number(match[1]) : 1;
}

/**
 * The sources among the workbook's tables, each kind sorted by the position of its sheet (then by
 * its name's number). Pure: `positions` maps sheet names to their 0-based positions.
 */
export function sourcesOf(tables: readonly TableRef[], positions: ReadonlyMap<string, number>): Required<Sources> {
  const position = (ref: TableRef): number => positions.get(ref.sheet) ?? Number.MAX_SAFE_INTEGER;
  const of = (wish: string): TableRef[] =>
    tables
      .filter((t) => claimedFrom(wish, t.table))
      .sort((a, b) => position(a) - position(b) || suffix(a.table) - suffix(b.table) || a.table.localeCompare(b.table));
  return {
    impactMaps: of(TABLES.impactMaps),
    beforeAfter: of(TABLES.beforeAfter),
    analyses: of(TABLES.analyses),
    contracts: of(TABLES.contracts),
    portfolios: of(TABLES.portfolios),
  };
}

/**
 * Lists the add-in's impact maps, before/after, analysis, outcome contract and portfolio sheets in the open workbook: one
 * Excel.run with one sync loading every table's name and sheet and every sheet's position. Nothing
 * is written; every failure becomes a problem in the result, never an exception.
 */
export async function listSources(): Promise<SourcesResult> {
  if (typeof Excel === "undefined") return { ok: false, problem: { kind: "noExcel" } };
  try {
    return await Excel.run(async (context): Promise<SourcesResult> => {
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      const worksheets = context.workbook.worksheets.load("items/name,items/position");
      await context.sync();
      const positions = new Map(worksheets.items.map((s) => [s.name, s.position]));
      const refs = tables.items.map((t) => ({ table: t.name, sheet: t.worksheet.name }));
      return { ok: true, sources: sourcesOf(refs, positions) };
    });
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}
