import { Bounds, boundsAddress, cellName, cellsOf } from "./fakeAddress";
import type { FakeChart, SeriesSource } from "./fakeChartModel";
import type { FakeExcel } from "./fakeExcel";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Charts as plain data for snapshots (JSON-safe), in order of creation on their sheet.
 *
 * - `values`, `xValues`: the cells a series reads, as a sheet-local address ("B2:B9"), qualified
 *   when on another sheet ("'Data'!B2:B9"), "#REF!" once their rows or sheet were deleted; absent when
 *   never set (a series added without data).
 * - `valueData`, `xData`: what those cells hold when the snapshot is taken: numbers and text,
 *   null for a blank, "TRUE"/"FALSE" for booleans; a formula cell gives its computed value when
 *   the fake has a calculator, else null.
 * - `title`: null until set; `from`, `to`: the cells set with setPosition (A1).
 */

type ChartDatum = number | string | null;

interface SeriesSnapshot {
  name: string;
  values?: string;
  xValues?: string;
  valueData: ChartDatum[];
  xData?: ChartDatum[];
  gapWidth?: number;
  overlap?: number;
  markerStyle?: string;
  lineColor?: string;
}

export interface ChartSnapshot {
  name: string;
  type: string;
  title: string | null;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  reversePlotOrder?: boolean;
  legend?: { position?: string; visible?: boolean };
  from?: string;
  to?: string;
  series: SeriesSnapshot[];
}

export function snapshotCharts(fake: FakeExcel, sheet: FakeSheet): ChartSnapshot[] {
  return sheet.charts.map((chart) => snapshotChart(fake, chart));
}

function snapshotChart(fake: FakeExcel, chart: FakeChart): ChartSnapshot {
  const legend = definedOnly(chart.legend);
  return {
    name: chart.name,
    type: chart.type,
    title: chart.title ?? null,
    ...definedOnly({
      categoryAxisTitle: chart.categoryAxisTitle,
      valueAxisTitle: chart.valueAxisTitle,
      reversePlotOrder: chart.reversePlotOrder,
    }),
    ...(Object.keys(legend).length > 0 ? { legend } : {}),
    ...(chart.from ? { from: cellName(chart.from.row, chart.from.column) } : {}),
    ...(chart.to ? { to: cellName(chart.to.row, chart.to.column) } : {}),
    series: chart.series.map((s) => ({
      name: s.name,
      ...(s.values ? { values: addressOf(fake, s.values, chart.sheet) } : {}),
      ...(s.xValues ? { xValues: addressOf(fake, s.xValues, chart.sheet) } : {}),
      valueData: s.values ? dataOf(fake, s.values) : [],
      ...(s.xValues ? { xData: dataOf(fake, s.xValues) } : {}),
      ...definedOnly({ gapWidth: s.gapWidth, overlap: s.overlap, markerStyle: s.markerStyle, lineColor: s.lineColor }),
    })),
  };
}

/** Whether the cells are still there (their rows and their sheet). */
function exists(fake: FakeExcel, source: SeriesSource): source is SeriesSource & { bounds: Bounds } {
  return source.bounds !== null && fake.sheets.includes(source.sheet);
}

function addressOf(fake: FakeExcel, source: SeriesSource, home: FakeSheet): string {
  if (!exists(fake, source)) return "#REF!";
  const local = boundsAddress(source.bounds);
  return source.sheet === home ? local : `'${source.sheet.name.replace(/'/g, "''")}'!${local}`;
}

function dataOf(fake: FakeExcel, source: SeriesSource): ChartDatum[] {
  if (!exists(fake, source)) return [];
  return [...cellsOf(source.bounds)].map(([row, column]): ChartDatum => {
    const cell = source.sheet.cell(row, column);
    if (cell?.formula !== undefined) return fake.calculates ? datum(fake.calculatedValue(source.sheet, row, column)) : null;
    return datum(cell?.value ?? null);
  });
}

function datum(value: string | number | boolean | null): ChartDatum {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value === "" ? null : value;
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
