import type { ReportSheet } from "../../src/templates/kit/chartModel";
import type { ImpactTableCells } from "../../src/templates/impactMap/read/impactRead";
import { freeSheetName } from "../../src/templates/kit/sheetNames";
import type {
  ActivateResult,
  AnalysisWriteRequest,
  AnalysisWriteResult,
  ImpactMapCellsResult,
  SheetWriter,
  Sources,
  SourcesResult,
} from "../../src/workbook/ports";
import { impactMapFixture } from "../templates/impactMap/impactCells";

/**
 * An in-memory writer for the analysis panel's tests: a workbook of named sheets holding impact-map
 * tables (the template's example, as Excel's values) and analysis sheets. It reads a table by
 * name, writes an analysis as the Excel writer does (a free name from the preferred one, or the
 * sheet to refresh) by calling the request's build with the final name, and records every call.
 */

export type PanelWriter = Pick<SheetWriter, "listSources" | "readImpactMap" | "writeAnalysis" | "activateSheet">;

export interface FakeAnalysisWriter extends PanelWriter {
  readonly sheets: string[];
  readonly reads: string[];
  readonly writes: AnalysisWriteRequest[];
  /** What each write's build gave. */
  readonly built: ReportSheet[];
  readonly activated: string[];
}

export interface FakeOptions {
  /** Impact-map tables by table name (default: the Swedish example as "SroiImpactMap" on "Effektkarta"). */
  readonly maps?: Readonly<Record<string, ImpactTableCells>>;
  /** Sheets already in the workbook besides the maps' sheets. */
  readonly sheets?: readonly string[];
  /** Analysis sheets already made, as sources list them. */
  readonly analyses?: Sources["analyses"];
  /** Replaces the outcome of a read or a write (after recording it). */
  readonly read?: (table: string) => ImpactMapCellsResult | undefined;
  readonly write?: (request: AnalysisWriteRequest) => AnalysisWriteResult | undefined;
}

/** The example impact map's cells as the Excel reader returns them. */
export function exampleCells(language: "sv" | "en" = "sv"): ImpactTableCells {
  return impactMapFixture({ language, years: 5, startYear: 2026, currency: "kr", example: true }).cells;
}

/** A fake workbook; see the module's description. */
export function fakeAnalysisWriter(options: FakeOptions = {}): FakeAnalysisWriter {
  const maps = options.maps ?? { SroiImpactMap: exampleCells() };
  const sheets = [
    ...new Set([...Object.values(maps).map((m) => m.sheet), ...(options.sheets ?? []), ...(options.analyses ?? []).map((a) => a.sheet)]),
  ];
  const analyses = [...(options.analyses ?? [])];
  const fake: FakeAnalysisWriter = {
    sheets,
    reads: [],
    writes: [],
    built: [],
    activated: [],
    async listSources(): Promise<SourcesResult> {
      const impactMaps = Object.entries(maps).map(([table, cells]) => ({ table, sheet: cells.sheet }));
      return { ok: true, sources: { impactMaps, beforeAfter: [], analyses: [...analyses] } };
    },
    async readImpactMap(table: string): Promise<ImpactMapCellsResult> {
      fake.reads.push(table);
      const replaced = options.read?.(table);
      if (replaced) return replaced;
      const cells = maps[table];
      return cells ? { ok: true, cells } : { ok: false, problem: { kind: "tableMissing", name: table } };
    },
    async writeAnalysis(request: AnalysisWriteRequest): Promise<AnalysisWriteResult> {
      fake.writes.push(request);
      const replaced = options.write?.(request);
      if (replaced) return replaced;
      if (request.replace !== undefined && !sheets.includes(request.replace))
        return { ok: false, problem: { kind: "sheetMissing", name: request.replace } };
      const name = request.replace ?? freeSheetName(request.preferredName, sheets);
      fake.built.push(request.build(name));
      if (request.replace === undefined) {
        sheets.push(name);
        analyses.push({ table: analyses.length === 0 ? "SroiAnalysisInputs" : `SroiAnalysisInputs_${analyses.length + 1}`, sheet: name });
      }
      return { ok: true, sheet: name, replaced: request.replace !== undefined };
    },
    async activateSheet(name: string): Promise<ActivateResult> {
      fake.activated.push(name);
      return sheets.includes(name) ? { ok: true } : { ok: false, problem: { kind: "sheetMissing", name } };
    },
  };
  return fake;
}
