import { FakeChart, LEGEND_POSITIONS, hasAxes } from "./fakeChartModel";
import type { FakeChartProxy } from "./fakeCharts";
import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";

/**
 * A chart's title, axes (category and value: title text, and the category axis's plot order)
 * and legend. Loading a property the add-in never set throws GeneralException, because the fake
 * does not know Excel's defaults for it (titles, legend position and visibility depend on the
 * chart type and Excel's version); only reversePlotOrder has a known default (false).
 * Charts without axes (pies, doughnuts…) refuse axis settings with InvalidOperation.
 */

/** A part of a chart: its properties read and change the chart at sync time. */
abstract class FakeChartPartProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    protected readonly chart: FakeChartProxy,
  ) {
    super(ctx, chart.via);
  }

  protected change(api: string, version: string, apply: (chart: FakeChart) => void): void {
    this.queue(api, version, () => apply(this.chart.target()));
  }

  /** Fills `prop` with what was set, refusing to guess Excel's default. */
  protected fillSet(paths: readonly string[], prop: string, value: unknown): void {
    if (paths.length > 0 && !paths.includes(prop)) return;
    demand(value !== undefined, "GeneralException", `The fake does not know Excel's default ${prop} here; set it before reading it.`);
    this.setLoaded(prop, value);
  }
}

function checkText(text: unknown, what: string): asserts text is string {
  demand(typeof text === "string" && text.length <= 255, "InvalidArgument", `The ${what} must be text of at most 255 characters.`);
}

export class FakeChartTitleProxy extends FakeChartPartProxy {
  get text(): string {
    return this.loaded("text");
  }

  set text(text: string) {
    this.change("chart.title.text", "1.1", (chart) => {
      checkText(text, "chart title");
      chart.title = text;
    });
  }

  protected fillLoaded(paths: readonly string[]): void {
    this.fillSet(paths, "text", this.chart.target().title);
  }
}

export class FakeChartAxesProxy {
  readonly categoryAxis: FakeChartAxisProxy;
  readonly valueAxis: FakeChartAxisProxy;

  constructor(ctx: FakeContext, chart: FakeChartProxy) {
    this.categoryAxis = new FakeChartAxisProxy(ctx, chart, "category");
    this.valueAxis = new FakeChartAxisProxy(ctx, chart, "value");
  }
}

/** The chart's axis, at sync time: the chart must have axes. */
function axisOf(chart: FakeChart): FakeChart {
  demand(hasAxes(chart.type), "InvalidOperation", `A ${chart.type} chart has no axes.`);
  return chart;
}

export class FakeChartAxisProxy extends FakeChartPartProxy {
  readonly title: FakeChartAxisTitleProxy;

  constructor(
    ctx: FakeContext,
    chart: FakeChartProxy,
    private readonly kind: "category" | "value",
  ) {
    super(ctx, chart);
    this.title = new FakeChartAxisTitleProxy(ctx, chart, kind);
  }

  get reversePlotOrder(): boolean {
    return this.loaded("reversePlotOrder");
  }

  /** Plots the categories from last to first (ExcelApi 1.7); modelled on the category axis only. */
  set reversePlotOrder(reverse: boolean) {
    this.change(`chart.axes.${this.kind}Axis.reversePlotOrder`, "1.7", (chart) => {
      demand(this.kind === "category", "GeneralException", "The fake models reversePlotOrder on the category axis only.");
      demand(typeof reverse === "boolean", "InvalidArgument", "reversePlotOrder is true or false.");
      axisOf(chart).reversePlotOrder = reverse;
    });
  }

  protected override loadVersion(paths: readonly string[]): string {
    return paths.length === 0 || paths.includes("reversePlotOrder") ? "1.7" : "1.1";
  }

  protected fillLoaded(paths: readonly string[]): void {
    const chart = axisOf(this.chart.target());
    if (this.kind === "category") this.fillSet(paths, "reversePlotOrder", chart.reversePlotOrder ?? false);
  }
}

export class FakeChartAxisTitleProxy extends FakeChartPartProxy {
  constructor(
    ctx: FakeContext,
    chart: FakeChartProxy,
    private readonly kind: "category" | "value",
  ) {
    super(ctx, chart);
  }

  get text(): string {
    return this.loaded("text");
  }

  set text(text: string) {
    this.change(`chart.axes.${this.kind}Axis.title.text`, "1.1", (chart) => {
      checkText(text, "axis title");
      if (this.kind === "category") axisOf(chart).categoryAxisTitle = text;
      else axisOf(chart).valueAxisTitle = text;
    });
  }

  protected fillLoaded(paths: readonly string[]): void {
    const chart = axisOf(this.chart.target());
    this.fillSet(paths, "text", this.kind === "category" ? chart.categoryAxisTitle : chart.valueAxisTitle);
  }
}

export class FakeChartLegendProxy extends FakeChartPartProxy {
  get position(): string {
    return this.loaded("position");
  }

  set position(position: string) {
    this.change("chart.legend.position", "1.1", (chart) => {
      demand(LEGEND_POSITIONS.includes(position), "InvalidArgument", `"${position}" is not an Excel.ChartLegendPosition.`);
      chart.legend.position = position;
    });
  }

  get visible(): boolean {
    return this.loaded("visible");
  }

  set visible(visible: boolean) {
    this.change("chart.legend.visible", "1.1", (chart) => {
      demand(typeof visible === "boolean", "InvalidArgument", "legend.visible is true or false.");
      chart.legend.visible = visible;
    });
  }

  protected fillLoaded(paths: readonly string[]): void {
    const { legend } = this.chart.target();
    this.fillSet(paths, "position", legend.position);
    this.fillSet(paths, "visible", legend.visible);
  }
}
