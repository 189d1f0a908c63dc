import { Bounds, columnCount, rowCount } from "./fakeAddress";
import { demand } from "./fakeErrors";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Charts as the fake keeps them on a sheet, and Excel's rules about them that do not depend on
 * a request: the chart types, how a source range becomes series, which settings a type accepts.
 */

/** Cells a series reads; `bounds` is null once the rows holding them were deleted (#REF!). */
export interface SeriesSource {
  readonly sheet: FakeSheet;
  bounds: Bounds | null;
}

export interface FakeSeries {
  name: string;
  values?: SeriesSource;
  xValues?: SeriesSource;
  gapWidth?: number;
  overlap?: number;
  markerStyle?: string;
  lineColor?: string;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface FakeChart {
  readonly sheet: FakeSheet;
  name: string;
  type: string;
  title?: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  reversePlotOrder?: boolean;
  legend: { position?: string; visible?: boolean };
  from?: CellPosition;
  to?: CellPosition;
  series: FakeSeries[];
}

/** Excel.ChartType, without "Invalid". */
const CHART_TYPES: readonly string[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
];

export const LEGEND_POSITIONS: readonly string[] = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

export const MARKER_STYLES: readonly string[] = [
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
];

export function checkChartType(type: unknown): asserts type is string {
  demand(typeof type === "string" && CHART_TYPES.includes(type), "InvalidArgument", `"${String(type)}" is not an Excel.ChartType.`);
}

/** Charts without axes: pies, doughnuts and the hierarchy and map charts. */
export function hasAxes(type: string): boolean {
  return !/Pie|Doughnut|Treemap|Sunburst|RegionMap|Funnel/.test(type);
}

/** Types whose series have a gap width: bars and columns of every shape, pie-of-pie and bar-of-pie. */
export function takesGapWidth(type: string): boolean {
  return /Bar|Col/.test(type) || type === "PieOfPie";
}

/** Types whose series overlap: 2-D bar and 2-D column charts only. */
export function takesOverlap(type: string): boolean {
  return /^(Bar|Column)(Clustered|Stacked|Stacked100)$/.test(type);
}

/** Types whose series have markers: lines, scatters and radars. */
export function takesMarkers(type: string): boolean {
  return /^(Line|XYScatter|Radar)/.test(type);
}

/** A name Excel accepts for a chart or series: not blank, at most 255 characters. */
export function checkObjectName(name: unknown, what: string): asserts name is string {
  demand(
    typeof name === "string" && name.trim() !== "" && name.length <= 255,
    "InvalidArgument",
    `"${String(name)}" is not a valid ${what} name (1 to 255 characters).`,
  );
}

/**
 * The series Excel makes from a source range: one per column ("Columns", and "Auto" when the range
 * has at least as many rows as columns) or one per row, named Series1, Series2… The fake does not
 * guess header rows or columns: every cell of the range is a value (pass value cells only).
 */
export function seriesOf(sheet: FakeSheet, b: Bounds, seriesBy: unknown): FakeSeries[] {
  demand(
    seriesBy === undefined || seriesBy === "Auto" || seriesBy === "Columns" || seriesBy === "Rows",
    "InvalidArgument",
    `"${String(seriesBy)}" is not an Excel.ChartSeriesBy.`,
  );
  const byColumns = seriesBy === "Columns" || ((seriesBy ?? "Auto") === "Auto" && rowCount(b) >= columnCount(b));
  const count = byColumns ? columnCount(b) : rowCount(b);
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: {
      sheet,
      bounds: byColumns
        ? { top: b.top, bottom: b.bottom, left: b.left + i, right: b.left + i }
        : { top: b.top + i, bottom: b.top + i, left: b.left, right: b.right },
    },
  }));
}

/** The cells a series reads must be one row or one column. */
export function checkSeriesSource(b: Bounds): void {
  demand(rowCount(b) === 1 || columnCount(b) === 1, "InvalidArgument", "A series reads one row or one column of cells.");
}
