/**
 * Charts as data, for sheets that carry them (the analysis report). Like cells, a chart is
 * declared once and the Excel writer renders it; every range is an A1 address on the chart's own
 * sheet, and every series is given explicitly (values and categories), so no writer has to guess
 * which cells hold headers.
 */

/** bar: horizontal bars; column: vertical bars; scatterLines: x/y points joined by lines. */
export type ChartKind = "bar" | "column" | "scatterLines";

interface ChartSeriesSpec {
  readonly name: string;
  /** The values (y), one column. */
  readonly values: string;
  /** Category labels (bar, column) or x values (scatterLines), one column as long as `values`. */
  readonly categories: string;
}

export interface ChartSpec {
  /** Unique on its sheet; the writer recognises its own charts by the "SroiChart" prefix. */
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly series: readonly ChartSeriesSpec[];
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** The cells the chart covers: top-left and bottom-right ("K4", "R21"). */
  readonly from: string;
  readonly to: string;
  /** Bars of the series drawn over each other (100) or side by side (0); bar and column only. */
  readonly overlap?: number;
  /** Space between categories as a percentage of a bar's width (0–500); bar and column only. */
  readonly gapWidth?: number;
  /** Categories from the top in sheet order (bar charts otherwise draw the first at the bottom). */
  readonly reverseCategories?: boolean;
}

/** The prefix of the names of the charts the add-in makes. */
export const CHART_NAME_PREFIX = "SroiChart";
