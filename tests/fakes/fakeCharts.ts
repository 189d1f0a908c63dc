import { Bounds, parseAddress, splitSheet } from "./fakeAddress";
import { FakeChart, checkChartType, checkObjectName, seriesOf } from "./fakeChartModel";
import { FakeChartAxesProxy, FakeChartLegendProxy, FakeChartTitleProxy } from "./fakeChartParts";
import { FakeChartSeriesCollectionProxy } from "./fakeChartSeries";
import { FakeContext, FakeProxy, pathsUnder } from "./fakeContext";
import { demand } from "./fakeErrors";
import { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeRangeProxy } from "./fakeRange";
import { Slot, sheetOf } from "./fakeSlot";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Charts on a worksheet (ExcelApi 1.1; parts: fakeChartParts.ts, series: fakeChartSeries.ts).
 * Choices where the docs leave room: chart names are compared exactly (with case), and may repeat
 * (getItem returns the first, as documented); a name is 1–255 characters; the source data of
 * `add` and `setData` must lie on the chart's own sheet (Excel would accept another sheet); new
 * charts are named "Chart N", N counting every chart ever made on the sheet.
 */

export class FakeChartCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy,
  ) {
    super(ctx, sheet.via);
  }

  get items(): FakeChartProxy[] {
    return this.loaded("items");
  }

  get count(): number {
    return this.loaded("count");
  }

  /** A chart of `type` with one series per column or row of `sourceData` (fakeChartModel.seriesOf). */
  add(type: string, sourceData: FakeRangeProxy, seriesBy?: string): FakeChartProxy {
    const slot = new Slot<FakeChart>();
    this.queue("charts.add", "1.1", () =>
      slot.fillFrom(() => {
        const sheet = this.sheet.target();
        checkChartType(type);
        const bounds = sourceOn(sheet, sourceData);
        const chart: FakeChart = {
          sheet,
          name: `Chart ${sheet.chartsMade + 1}`,
          type,
          legend: {},
          series: seriesOf(sheet, bounds, seriesBy),
        };
        sheet.chartsMade++;
        sheet.charts.push(chart);
        return chart;
      }),
    );
    return new FakeChartProxy(this.ctx, slot);
  }

  getItem(name: string): FakeChartProxy {
    return this.found("charts.getItem", "1.1", () => {
      const chart = this.sheet.target().charts.find((c) => c.name === name);
      demand(chart !== undefined, "ItemNotFound", `There is no chart named "${name}".`);
      return chart;
    });
  }

  getItemOrNullObject(name: string): FakeChartProxy {
    return this.found("charts.getItemOrNullObject", "1.4", () => this.sheet.target().charts.find((c) => c.name === name) ?? null);
  }

  getItemAt(index: number): FakeChartProxy {
    return this.found("charts.getItemAt", "1.1", () => {
      const chart = this.sheet.target().charts[index];
      demand(Number.isInteger(index) && chart !== undefined, "ItemNotFound", `There is no chart at ${index}.`);
      return chart;
    });
  }

  private found(api: string, version: string, find: () => FakeChart | null): FakeChartProxy {
    const slot = new Slot<FakeChart>();
    this.queue(api, version, () => slot.fillFrom(find));
    return new FakeChartProxy(this.ctx, slot);
  }

  protected override loadVersion(paths: readonly string[]): string {
    return chartLoadVersion(pathsUnder("items", paths));
  }

  protected fillLoaded(paths: readonly string[]): void {
    const charts = this.sheet.target().charts;
    this.setLoaded(
      "items",
      charts.map((c) => FakeChartProxy.loadedFrom(this.ctx, c, pathsUnder("items", paths))),
    );
    this.setLoaded("count", charts.length);
  }
}

function chartLoadVersion(paths: readonly string[]): string {
  if (paths.includes("chartType")) return "1.7";
  return paths.some((p) => /^worksheet(\/|$)/.test(p)) ? "1.2" : "1.1";
}

/** The bounds of a chart's source data, which must lie on the chart's sheet. */
function sourceOn(sheet: FakeSheet, source: FakeRangeProxy): Bounds {
  demand(source.sheet.target() === sheet, "InvalidArgument", "The fake takes chart source data from the chart's own sheet only.");
  return source.bounds();
}

export class FakeChartProxy extends FakeProxy {
  readonly title: FakeChartTitleProxy;
  readonly axes: FakeChartAxesProxy;
  readonly legend: FakeChartLegendProxy;
  readonly series: FakeChartSeriesCollectionProxy;
  /** The sheet holding the chart (ExcelApi 1.2). */
  readonly worksheet: FakeWorksheetProxy;

  constructor(
    ctx: FakeContext,
    private readonly slot: Slot<FakeChart>,
  ) {
    super(ctx);
    this.title = new FakeChartTitleProxy(ctx, this);
    this.axes = new FakeChartAxesProxy(ctx, this);
    this.legend = new FakeChartLegendProxy(ctx, this);
    this.series = new FakeChartSeriesCollectionProxy(ctx, this);
    this.worksheet = new FakeWorksheetProxy(
      ctx,
      sheetOf(() => this.target().sheet),
      "1.2",
    );
  }

  static loadedFrom(ctx: FakeContext, chart: FakeChart, props: readonly string[]): FakeChartProxy {
    const proxy = new FakeChartProxy(ctx, Slot.of(chart));
    proxy.fillLoaded(props);
    return proxy;
  }

  /** The chart, at sync time; ItemNotFound once it (or its sheet) was deleted. */
  target(): FakeChart {
    const chart = this.slot.get("chart");
    demand(
      chart.sheet.charts.includes(chart) && this.ctx.excel.sheets.includes(chart.sheet),
      "ItemNotFound",
      `The chart "${chart.name}" was deleted.`,
    );
    return chart;
  }

  get isNullObject(): boolean {
    return this.slot.isNull();
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.queue("chart.name", "1.1", () => {
      checkObjectName(name, "chart");
      this.target().name = name;
    });
  }

  get chartType(): string {
    return this.loaded("chartType");
  }

  get top(): number {
    return this.loaded("top");
  }

  get left(): number {
    return this.loaded("left");
  }

  get width(): number {
    return this.loaded("width");
  }

  get height(): number {
    return this.loaded("height");
  }

  set chartType(type: string) {
    this.queue("chart.chartType", "1.7", () => {
      checkChartType(type);
      this.target().type = type;
    });
  }

  /** Replaces the series by those of `sourceData`, as `add` makes them. */
  setData(sourceData: FakeRangeProxy, seriesBy?: string): void {
    this.queue("chart.setData", "1.1", () => {
      const chart = this.target();
      chart.series = seriesOf(chart.sheet, sourceOn(chart.sheet, sourceData), seriesBy);
    });
  }

  /**
   * Places the chart from the top-left cell of `startCell` to the bottom-right cell of `endCell`;
   * without `endCell` the chart keeps its size (the cells it covers move along).
   */
  setPosition(startCell: FakeRangeProxy | string, endCell?: FakeRangeProxy | string): void {
    this.queue("chart.setPosition", "1.1", () => {
      const chart = this.target();
      const start = cellsOn(chart.sheet, startCell);
      const from = { row: start.top, column: start.left };
      if (endCell !== undefined) {
        const end = cellsOn(chart.sheet, endCell);
        demand(end.bottom >= from.row && end.right >= from.column, "InvalidArgument", "The end cell lies above or left of the start cell.");
        chart.to = { row: end.bottom, column: end.right };
      } else if (chart.from && chart.to) {
        chart.to = { row: chart.to.row + from.row - chart.from.row, column: chart.to.column + from.column - chart.from.column };
      }
      chart.from = from;
    });
  }

  delete(): void {
    this.queue("chart.delete", "1.1", () => {
      const chart = this.target();
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }

  protected override loadVersion(paths: readonly string[]): string {
    return chartLoadVersion(paths);
  }

  protected fillLoaded(paths: readonly string[]): void {
    const chart = this.target();
    const all = paths.length === 0;
    if (all || paths.includes("name")) this.setLoaded("name", chart.name);
    if (paths.includes("chartType") || (all && this.ctx.excel.supports("1.7"))) this.setLoaded("chartType", chart.type);
    const place = chartPlace(chart);
    for (const p of ["top", "left", "width", "height"] as const) if (all || paths.includes(p)) this.setLoaded(p, place[p]);
    const worksheet = pathsUnder("worksheet", paths);
    if (worksheet.length > 0 || paths.includes("worksheet")) this.worksheet.fillNavigation(worksheet);
  }
}

/** Excel's standard row height and column width, in points. */
const ROW_POINTS = 15;
const COLUMN_POINTS = 48;

/**
 * Where a chart is, in points from the sheet's top left, from the cells it covers (the standard
 * row height; each column's width as set, or the standard width). A chart never placed sits at
 * the top left with Excel's default size (5 × 3 inches).
 */
function chartPlace(chart: FakeChart): { top: number; left: number; width: number; height: number } {
  if (!chart.from || !chart.to) return { top: 0, left: 0, width: 360, height: 216 };
  const columns = (from: number, to: number) => {
    let points = 0;
    for (let c = from; c < to; c++) points += chart.sheet.columnWidths.get(c) ?? COLUMN_POINTS;
    return points;
  };
  return {
    top: chart.from.row * ROW_POINTS,
    left: columns(0, chart.from.column),
    width: columns(chart.from.column, chart.to.column + 1),
    height: (chart.to.row + 1 - chart.from.row) * ROW_POINTS,
  };
}

/** The cells of a setPosition argument, which must be on the chart's sheet. */
function cellsOn(sheet: FakeSheet, cell: FakeRangeProxy | string): Bounds {
  if (typeof cell !== "string") {
    demand(cell.sheet.target() === sheet, "InvalidArgument", "A chart is positioned by cells of its own sheet.");
    return cell.bounds();
  }
  const { sheet: name, local } = splitSheet(cell);
  demand(
    name === undefined || name.toLocaleLowerCase() === sheet.name.toLocaleLowerCase(),
    "InvalidArgument",
    "A chart is positioned by cells of its own sheet.",
  );
  return parseAddress(local);
}
