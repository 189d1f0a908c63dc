import { FakePageLayoutProxy } from "./fakePageLayout";
import { Bounds, parseAddress } from "./fakeAddress";
import { FakeAnnotationCollectionProxy } from "./fakeAnnotations";
import { usedBounds } from "./fakeCells";
import { FakeChartCollectionProxy } from "./fakeCharts";
import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";
import { FakeFreezePanesProxy } from "./fakeFreezePanes";
import { FakeNamedItemCollectionProxy } from "./fakeNames";
import { FakeWorksheetProtectionProxy } from "./fakeProtection";
import { FakeRangeProxy } from "./fakeRange";
import { renameSheet } from "./fakeRename";
import type { CopyPosition } from "./fakeSheetCopy";
import { SheetSource, Slot } from "./fakeSlot";
import { FakeTableCollectionProxy } from "./fakeTables";
import { FakeSheet } from "./fakeWorkbook";

/**
 * Proxies of the workbook and its worksheets (tables: fakeTables.ts, names: fakeNames.ts, charts:
 * fakeCharts.ts). Each proxy of a worksheet reads its sheet from a source that an operation fills
 * at sync (add, getItem, getItemOrNullObject) or that follows another object (table.worksheet),
 * so later operations in the same batch reach the sheet the earlier ones made.
 */

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollectionProxy;
  readonly tables: FakeTableCollectionProxy;
  readonly names: FakeNamedItemCollectionProxy;
  readonly application: FakeApplicationProxy;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollectionProxy(ctx);
    this.tables = new FakeTableCollectionProxy(ctx, null);
    this.names = new FakeNamedItemCollectionProxy(ctx);
    this.application = new FakeApplicationProxy(ctx);
  }

  /** The selected cells (ExcelApi 1.1): FakeExcel.selection when it is on the active sheet, else that sheet's A1. */
  getSelectedRange(): FakeRangeProxy {
    const sheet = new Slot<FakeSheet>();
    const bounds = new Slot<Bounds>();
    this.ctx.enqueue("workbook.getSelectedRange", "1.1", () => {
      const excel = this.ctx.excel;
      const active = excel.activeSheet;
      demand(active !== undefined, "ItemNotFound", "There is no active sheet.");
      const here = excel.selection !== undefined && excel.findSheet(excel.selection.sheet) === active;
      sheet.fill(active);
      bounds.fill(parseAddress(here ? excel.selection!.address : "A1"));
    });
    return FakeRangeProxy.resolved(this.ctx, new FakeWorksheetProxy(this.ctx, sheet), "1.1", bounds);
  }
}

export class FakeApplicationProxy {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculationUntilNextSync", "1.6", () => this.ctx.excel.suspendedCalculations++);
  }
}

export class FakeWorksheetCollectionProxy extends FakeProxy {
  get items(): FakeWorksheetProxy[] {
    return this.loaded("items");
  }

  add(name?: string): FakeWorksheetProxy {
    return this.found("worksheets.add", "1.1", () => this.ctx.excel.addSheet(name));
  }

  getItem(key: string): FakeWorksheetProxy {
    return this.found("worksheets.getItem", "1.1", () => {
      const sheet = this.ctx.excel.findSheet(key);
      demand(sheet !== undefined, "ItemNotFound", `The sheet "${key}" does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    return this.found("worksheets.getItemOrNullObject", "1.4", () => this.ctx.excel.findSheet(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheetProxy {
    return this.found("worksheets.getActiveWorksheet", "1.1", () => this.ctx.excel.activeSheet ?? null);
  }

  private found(api: string, version: string, find: () => FakeSheet | null): FakeWorksheetProxy {
    const slot = new Slot<FakeSheet>();
    this.queue(api, version, () => slot.fill(find()));
    return new FakeWorksheetProxy(this.ctx, slot);
  }

  protected fillLoaded(paths: readonly string[]): void {
    const itemProps = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.setLoaded(
      "items",
      this.ctx.excel.sheets.map((sheet) => FakeWorksheetProxy.loadedFrom(this.ctx, sheet, itemProps)),
    );
  }
}

export class FakeWorksheetProxy extends FakeProxy {
  readonly freezePanes: FakeFreezePanesProxy;
  readonly tables: FakeTableCollectionProxy;
  readonly charts: FakeChartCollectionProxy;
  /** Names scoped to the sheet (ExcelApi 1.4). */
  readonly names: FakeNamedItemCollectionProxy;
  /** Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18). */
  readonly comments: FakeAnnotationCollectionProxy;
  readonly notes: FakeAnnotationCollectionProxy;
  readonly pageLayout: FakePageLayoutProxy;
  readonly protection: FakeWorksheetProtectionProxy;

  constructor(
    ctx: FakeContext,
    private readonly source: SheetSource,
    via = "1.1",
  ) {
    super(ctx, via);
    this.freezePanes = new FakeFreezePanesProxy(ctx, this);
    this.tables = new FakeTableCollectionProxy(ctx, this);
    this.charts = new FakeChartCollectionProxy(ctx, this);
    this.names = new FakeNamedItemCollectionProxy(ctx, this);
    this.comments = new FakeAnnotationCollectionProxy(ctx, this, "comments");
    this.notes = new FakeAnnotationCollectionProxy(ctx, this, "notes");
    this.pageLayout = new FakePageLayoutProxy(ctx, this);
    this.protection = new FakeWorksheetProtectionProxy(ctx, this);
  }

  static loadedFrom(ctx: FakeContext, sheet: FakeSheet, props: readonly string[]): FakeWorksheetProxy {
    const proxy = new FakeWorksheetProxy(ctx, Slot.of(sheet));
    proxy.fillLoaded(props);
    return proxy;
  }

  /** The sheet this proxy stands for, at sync time. */
  target(): FakeSheet {
    const sheet = this.source.get("worksheet");
    demand(this.ctx.excel.sheets.includes(sheet), "ItemNotFound", `The sheet "${sheet.name}" was deleted.`);
    return sheet;
  }

  get isNullObject(): boolean {
    return this.source.isNull();
  }

  get name(): string {
    return this.loaded("name");
  }

  /** Renames the sheet; formulas, names and rules that refer to it follow, as in Excel. */
  set name(name: string) {
    this.queue("worksheet.name", "1.1", () => renameSheet(this.ctx.excel, this.target(), name));
  }

  get position(): number {
    return this.loaded("position");
  }

  /** Moves the sheet to this 0-based position; the sheets in between shift by one. */
  set position(position: number) {
    this.queue("worksheet.position", "1.1", () => this.ctx.excel.moveSheet(this.target(), position));
  }

  get id(): string {
    return this.loaded("id");
  }

  set tabColor(color: string) {
    this.queue("worksheet.tabColor", "1.7", () => {
      demand(color === "" || /^#[0-9A-Fa-f]{6}$/.test(color), "InvalidArgument", `"${color}" is not a colour.`);
      this.target().tabColor = color;
    });
  }

  set showGridlines(show: boolean) {
    this.queue("worksheet.showGridlines", "1.8", () => (this.target().showGridlines = show));
  }

  activate(): void {
    this.queue("worksheet.activate", "1.1", () => this.ctx.excel.activate(this.target()));
  }

  delete(): void {
    this.queue("worksheet.delete", "1.1", () => this.ctx.excel.deleteSheet(this.target()));
  }

  /** Copies the sheet with everything on it (named "Name (2)"); "None", the default, puts the copy first. */
  copy(positionType: CopyPosition = "None", relativeTo?: FakeWorksheetProxy): FakeWorksheetProxy {
    const slot = new Slot<FakeSheet>();
    this.queue("worksheet.copy", "1.7", () => {
      demand(
        ["None", "Before", "After", "Beginning", "End"].includes(positionType),
        "InvalidArgument",
        `"${String(positionType)}" is not an Excel.WorksheetPositionType.`,
      );
      slot.fill(this.ctx.excel.copySheet(this.target(), positionType, relativeTo?.target()));
    });
    return new FakeWorksheetProxy(this.ctx, slot);
  }

  getRange(address: string): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, this, () => parseAddress(address));
  }

  /** The cell at 0-based (row, column). */
  getCell(row: number, column: number): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, this, () => {
      demand(
        Number.isInteger(row) && Number.isInteger(column) && row >= 0 && column >= 0,
        "InvalidArgument",
        "getCell needs whole numbers from 0.",
      );
      return { top: row, left: column, bottom: row, right: column };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRangeProxy {
    return new FakeRangeProxy(
      this.ctx,
      this,
      () => {
        const whole = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
        demand(
          whole && startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0,
          "InvalidArgument",
          "getRangeByIndexes needs whole numbers, counts above 0.",
        );
        return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      },
      "1.7",
    );
  }

  /**
   * The smallest range covering every cell with a value or formula, or (unless `valuesOnly`) a
   * format (fakeCells.ts says which); A1 for a blank sheet, as Excel gives.
   */
  getUsedRange(valuesOnly?: boolean): FakeRangeProxy {
    const version = valuesOnly === undefined ? "1.1" : "1.2";
    return this.usedRange(
      "worksheet.getUsedRange",
      version,
      () => usedBounds(this.target(), valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  /** As getUsedRange, but a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRangeProxy {
    return this.usedRange("worksheet.getUsedRangeOrNullObject", "1.4", () => usedBounds(this.target(), valuesOnly ?? false) ?? null);
  }

  private usedRange(api: string, version: string, find: () => Bounds | null): FakeRangeProxy {
    const slot = new Slot<Bounds>();
    this.queue(api, version, () => slot.fillFrom(find));
    return FakeRangeProxy.resolved(this.ctx, this, version, slot);
  }

  protected fillLoaded(paths: readonly string[]): void {
    const sheet = this.target();
    const all = paths.length === 0;
    if (all || paths.includes("name")) this.setLoaded("name", sheet.name);
    if (all || paths.includes("id")) this.setLoaded("id", `{FAKE-SHEET-${sheet.id}}`);
    if (all || paths.includes("position")) this.setLoaded("position", this.ctx.excel.sheets.indexOf(sheet));
  }
}
