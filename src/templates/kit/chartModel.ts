import type { ChartSpec } from "./chartSpec";
import type { SheetSpec } from "./model";

/** Charts as data (chartSpec.ts, kept apart so the sheet model can hold charts without a cycle). */
export type { ChartKind, ChartSpec } from "./chartSpec";
export { CHART_NAME_PREFIX } from "./chartSpec";

/** A sheet with charts on it. */
export interface ReportSheet {
  readonly sheet: SheetSpec;
  readonly charts: readonly ChartSpec[];
}
