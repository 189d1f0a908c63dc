import { planSheets } from "../../../src/templates";
import type { ImpactTableCells } from "../../../src/templates/impactMap/read/impactRead";
import { impactLayout } from "../../../src/templates/impactMap/impactLayout";
import { GRADE_LIST_COLUMN, LIST_HEADER_ROW } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { SheetEngine } from "../hyperformula";

/**
 * An impact map as the Excel reader brings it back: the table's header and data rows and the two
 * summary columns under it, and the Lists sheet's grade table, with the formulas evaluated by
 * HyperFormula (Excel `values`: blank as ""), so tests of the reader start from what Excel would show.
 */

type Values = (string | number | boolean)[][];

export interface MapFixture {
  readonly spec: SheetSpec;
  readonly engine: SheetEngine;
  readonly cells: ImpactTableCells;
}

const shown = (v: string | number | boolean | null): string | number | boolean => (v === null ? "" : v);

/** The impact map of `options` (cost sheet not created, so the investment is an input). */
export function impactMapFixture(options: TemplateOptions): MapFixture {
  const sheets = planSheets(["impactMap"], options, []);
  const spec = sheets.find((s) => s.key === "impactMap") as SheetSpec;
  const engine = new SheetEngine(sheets);
  const l = impactLayout(options.years);
  const width = spec.grid[l.headerRow].length;
  const row = (r: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, c) => shown(engine.getAt("impactMap", r, from + c)));
  const body: Values = [];
  for (let r = l.firstRow; r <= l.lastRow; r++) body.push(row(r, 0, l.presentValueColumn + 1));
  const below: Values = [];
  for (let r = l.lastRow + 1; r <= l.lastRow + 12; r++) below.push(row(r, 0, 1));
  const gradeTable: Values = [];
  for (let r = LIST_HEADER_ROW + 1; r <= LIST_HEADER_ROW + 4; r++)
    gradeTable.push(Array.from({ length: 4 }, (_, c) => shown(engine.getAt("lists", r, GRADE_LIST_COLUMN + c))));
  return {
    spec,
    engine,
    cells: {
      sheet: spec.name,
      table: "SroiImpactMap",
      headerRow: l.headerRow + 1,
      header: row(l.headerRow, 0, Math.min(width - 1, l.presentValueColumn + 1)),
      body,
      below,
      gradeTable,
    },
  };
}
