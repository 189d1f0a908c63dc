import {
  FakeChart,
  FakeSeries,
  MARKER_STYLES,
  SeriesSource,
  checkObjectName,
  checkSeriesSource,
  takesGapWidth,
  takesMarkers,
  takesOverlap,
} from "./fakeChartModel";
import type { FakeChartProxy } from "./fakeCharts";
import { FakeContext, FakeProxy, pathsUnder } from "./fakeContext";
import { demand } from "./fakeErrors";
import { isColour } from "./fakeRangeFormat";
import type { FakeRangeProxy } from "./fakeRange";
import { Slot } from "./fakeSlot";

/**
 * A chart's series. Values and x values (categories for bar and column charts) come from one
 * row or one column of cells, on any sheet. Gap width (0–500) applies to bar, column, pie-of-pie
 * and bar-of-pie charts, overlap (−100–100) to 2-D bar and column charts, marker styles to line,
 * scatter and radar charts; elsewhere Excel's InvalidArgument. Loading gapWidth, overlap or
 * markerStyle before setting them throws GeneralException (the fake does not know the defaults).
 * getItemAt beyond the last series fails with ItemNotFound.
 */

export class FakeChartSeriesCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly chart: FakeChartProxy,
  ) {
    super(ctx, chart.via);
  }

  get items(): FakeChartSeriesProxy[] {
    return this.loaded("items");
  }

  get count(): number {
    return this.loaded("count");
  }

  getItemAt(index: number): FakeChartSeriesProxy {
    const slot = new Slot<FakeSeries>();
    this.queue("series.getItemAt", "1.1", () =>
      slot.fillFrom(() => {
        const series = this.chart.target().series[index];
        demand(Number.isInteger(index) && series !== undefined, "ItemNotFound", `The chart has no series ${index}.`);
        return series;
      }),
    );
    return new FakeChartSeriesProxy(this.ctx, this.chart, slot);
  }

  /** A new series without data, at `index` (default: last); named SeriesN unless named. */
  add(name?: string, index?: number): FakeChartSeriesProxy {
    const slot = new Slot<FakeSeries>();
    this.queue("series.add", "1.7", () =>
      slot.fillFrom(() => {
        const all = this.chart.target().series;
        const at = index ?? all.length;
        demand(
          Number.isInteger(at) && at >= 0 && at <= all.length,
          "InvalidArgument",
          `${at} is not a series position (0 to ${all.length}).`,
        );
        if (name !== undefined) checkObjectName(name, "series");
        const series: FakeSeries = { name: name ?? `Series${all.length + 1}` };
        all.splice(at, 0, series);
        return series;
      }),
    );
    return new FakeChartSeriesProxy(this.ctx, this.chart, slot);
  }

  protected fillLoaded(paths: readonly string[]): void {
    const series = this.chart.target().series;
    this.setLoaded(
      "items",
      series.map((s) => FakeChartSeriesProxy.loadedFrom(this.ctx, this.chart, s, pathsUnder("items", paths))),
    );
    this.setLoaded("count", series.length);
  }
}

export class FakeChartSeriesProxy extends FakeProxy {
  readonly format: { readonly line: { color: string } };

  constructor(
    ctx: FakeContext,
    private readonly chart: FakeChartProxy,
    private readonly slot: Slot<FakeSeries>,
  ) {
    super(ctx, chart.via);
    const change = (apply: (chart: FakeChart, series: FakeSeries) => void) => this.change("series.format.line.color", "1.1", apply);
    this.format = {
      line: Object.defineProperties({} as { color: string }, {
        color: {
          set: (color: string) =>
            change((_, series) => {
              demand(isColour(color), "InvalidArgument", `"${color}" is not a colour.`);
              series.lineColor = color;
            }),
          enumerable: true,
        },
      }),
    };
  }

  static loadedFrom(ctx: FakeContext, chart: FakeChartProxy, series: FakeSeries, props: readonly string[]): FakeChartSeriesProxy {
    const proxy = new FakeChartSeriesProxy(ctx, chart, Slot.of(series));
    proxy.fillLoaded(props);
    return proxy;
  }

  private target(): { chart: FakeChart; series: FakeSeries } {
    const series = this.slot.get("series");
    const chart = this.chart.target();
    demand(chart.series.includes(series), "ItemNotFound", `The series "${series.name}" was deleted.`);
    return { chart, series };
  }

  private change(api: string, version: string, apply: (chart: FakeChart, series: FakeSeries) => void): void {
    this.queue(api, version, () => {
      const { chart, series } = this.target();
      apply(chart, series);
    });
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.change("series.name", "1.1", (_, series) => {
      checkObjectName(name, "series");
      series.name = name;
    });
  }

  /** The series' values (y values in scatter charts). */
  setValues(sourceData: FakeRangeProxy): void {
    this.change("series.setValues", "1.7", (_, series) => (series.values = sourceOf(sourceData)));
  }

  /** The series' x values: categories in bar and column charts. */
  setXAxisValues(sourceData: FakeRangeProxy): void {
    this.change("series.setXAxisValues", "1.7", (_, series) => (series.xValues = sourceOf(sourceData)));
  }

  delete(): void {
    this.change("series.delete", "1.7", (chart, series) => chart.series.splice(chart.series.indexOf(series), 1));
  }

  get gapWidth(): number {
    return this.loaded("gapWidth");
  }

  set gapWidth(width: number) {
    this.change("series.gapWidth", "1.7", (chart, series) => {
      demand(takesGapWidth(chart.type), "InvalidArgument", `A ${chart.type} chart has no gap width.`);
      demand(Number.isInteger(width) && width >= 0 && width <= 500, "InvalidArgument", `${width} is not a gap width (0 to 500).`);
      series.gapWidth = width;
    });
  }

  get overlap(): number {
    return this.loaded("overlap");
  }

  set overlap(overlap: number) {
    this.change("series.overlap", "1.8", (chart, series) => {
      demand(takesOverlap(chart.type), "InvalidArgument", `A ${chart.type} chart has no overlap (2-D bar and column charts only).`);
      demand(
        Number.isInteger(overlap) && overlap >= -100 && overlap <= 100,
        "InvalidArgument",
        `${overlap} is not an overlap (−100 to 100).`,
      );
      series.overlap = overlap;
    });
  }

  get markerStyle(): string {
    return this.loaded("markerStyle");
  }

  set markerStyle(style: string) {
    this.change("series.markerStyle", "1.7", (chart, series) => {
      demand(takesMarkers(chart.type), "InvalidArgument", `A ${chart.type} chart has no markers.`);
      demand(MARKER_STYLES.includes(style), "InvalidArgument", `"${style}" is not an Excel.ChartMarkerStyle.`);
      series.markerStyle = style;
    });
  }

  protected override loadVersion(paths: readonly string[]): string {
    if (paths.includes("overlap")) return "1.8";
    return paths.includes("gapWidth") || paths.includes("markerStyle") ? "1.7" : "1.1";
  }

  protected fillLoaded(paths: readonly string[]): void {
    const { series } = this.target();
    if (paths.length === 0 || paths.includes("name")) this.setLoaded("name", series.name);
    for (const prop of ["gapWidth", "overlap", "markerStyle"] as const) {
      if (!paths.includes(prop)) continue;
      demand(series[prop] !== undefined, "GeneralException", `The fake does not know Excel's default ${prop}; set it before reading it.`);
      this.setLoaded(prop, series[prop]);
    }
  }
}

/** The cells a series reads: one row or one column. */
function sourceOf(range: FakeRangeProxy): SeriesSource {
  const bounds = range.bounds();
  checkSeriesSource(bounds);
  return { sheet: range.sheet.target(), bounds };
}
