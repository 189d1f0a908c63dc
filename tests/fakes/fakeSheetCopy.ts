import type { FakeChart, SeriesSource } from "./fakeChartModel";
import { demand } from "./fakeErrors";
import { FakeSheet, FakeTable } from "./fakeWorkbook";

/**
 * Worksheet.copy as Excel does it: a new sheet named "Name (2)" (the next free number; the name
 * cut so that the whole stays within 31 characters) holding a copy of everything on the sheet —
 * cells with their formats, borders, column widths, frozen panes, validation and conditional
 * formats, tab colour and gridlines, charts (their series read the copy's cells), comments, notes,
 * names scoped to the sheet, and tables (renamed with the next free number: "Inputs" → "Inputs2"). Formulas are copied as written.
 */

/** Where the copy goes, as Excel.WorksheetPositionType. */
export type CopyPosition = "None" | "Before" | "After" | "Beginning" | "End";

const MAX_SHEET_NAME = 31;

/** Excel's name for a copy of `name`: "Name (2)", "Name (3)", … the first that is free. */
export function copyName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** A table name not yet taken: `name` followed by the first free number from 2. */
function copiedTableName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 2; ; n++) if (!lower.has(`${name}${n}`.toLowerCase())) return `${name}${n}`;
}

/** Fills `copy` (a new, blank sheet) with everything on `sheet`; returns the copied tables. */
export function copySheetContents(
  sheet: FakeSheet,
  copy: FakeSheet,
  tables: readonly FakeTable[],
  takenNames: () => string[],
): FakeTable[] {
  for (const [key, cell] of sheet.cells) copy.cells.set(key, { ...cell, style: { ...cell.style } });
  for (const [key, line] of sheet.lines) copy.lines.set(key, { ...line });
  for (const [column, width] of sheet.columnWidths) copy.columnWidths.set(column, width);
  for (const [row, height] of sheet.rowHeights) copy.rowHeights.set(row, height);
  copy.merges.push(...sheet.merges);
  copy.pageLayout = { ...sheet.pageLayout };
  copy.freeze = { ...sheet.freeze };
  copy.validations.push(...sheet.validations.map((v) => structuredClone(v)));
  copy.conditionalFormats.push(...sheet.conditionalFormats.map((f) => structuredClone(f)));
  copy.tabColor = sheet.tabColor;
  copy.showGridlines = sheet.showGridlines;
  const source = (s: SeriesSource | undefined): SeriesSource | undefined =>
    s === undefined ? undefined : { sheet: s.sheet === sheet ? copy : s.sheet, bounds: s.bounds === null ? null : { ...s.bounds } };
  for (const chart of sheet.charts) {
    const copied: FakeChart = {
      ...chart,
      sheet: copy,
      legend: { ...chart.legend },
      ...(chart.from ? { from: { ...chart.from } } : {}),
      ...(chart.to ? { to: { ...chart.to } } : {}),
      series: chart.series.map((s) => {
        const values = source(s.values);
        const xValues = source(s.xValues);
        return { ...s, ...(values ? { values } : {}), ...(xValues ? { xValues } : {}) };
      }),
    };
    copy.charts.push(copied);
  }
  copy.chartsMade = sheet.chartsMade;
  copy.comments.push(...sheet.comments.map((a) => ({ ...a })));
  copy.notes.push(...sheet.notes.map((a) => ({ ...a })));
  copy.names.push(...sheet.names.map((n) => ({ ...n })));
  const copiedTables: FakeTable[] = [];
  for (const table of tables.filter((t) => t.sheet === sheet)) {
    const name = copiedTableName(table.name, [...takenNames(), ...copiedTables.map((t) => t.name)]);
    copiedTables.push({ ...table, sheet: copy, bounds: { ...table.bounds }, headers: [...table.headers], name });
  }
  return copiedTables;
}

/** The 0-based position a copy goes to, among `count` sheets (the copy not yet counted). */
export function copyPosition(position: CopyPosition, count: number, relativeTo: number | undefined): number {
  // "None", the default, puts the copy first, as Excel does
  if (position === "Beginning" || position === "None") return 0;
  if (position === "Before" || position === "After") {
    demand(relativeTo !== undefined, "InvalidArgument", `Copying "${position}" needs the sheet to copy relative to.`);
    return position === "Before" ? relativeTo : relativeTo + 1;
  }
  return count;
}
