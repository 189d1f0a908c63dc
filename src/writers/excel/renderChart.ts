/* global Excel */
import type { ChartKind, ChartSpec } from "../../templates/kit";

/** Excel's chart type for each kind of the chart model. */
const CHART_TYPES: Readonly<Record<ChartKind, Excel.ChartType>> = {
  bar: "BarClustered" as Excel.ChartType,
  column: "ColumnClustered" as Excel.ChartType,
  scatterLines: "XYScatterLines" as Excel.ChartType,
};

/**
 * Queues one chart on a sheet, without syncing. The chart is added over the first series' values
 * (one column, so Excel makes exactly one series and guesses no headers); that series is named and
 * given its categories, and every further series is added with its own values and categories
 * (ExcelApi 1.7), so what the chart shows is exactly what the spec says. Overlap needs ExcelApi
 * 1.8, reversed categories and gap width 1.7; the writer checks 1.8 before writing anything.
 */
export function renderChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(first.values), "Columns" as Excel.ChartSeriesBy);
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.legend.visible = spec.series.length > 1;
  chart.setPosition(spec.from, spec.to);
  const series = [chart.series.getItemAt(0)];
  series[0].name = first.name;
  series[0].setXAxisValues(sheet.getRange(first.categories));
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(sheet.getRange(s.values));
    added.setXAxisValues(sheet.getRange(s.categories));
    series.push(added);
  }
  if (spec.kind !== "scatterLines") {
    for (const s of series) {
      if (spec.gapWidth !== undefined) s.gapWidth = spec.gapWidth;
      if (spec.overlap !== undefined) s.overlap = spec.overlap;
    }
  }
  if (spec.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
}
