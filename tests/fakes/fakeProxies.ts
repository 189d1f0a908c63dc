import { parseAddress } from "./fakeAddress";
import { FakeContext, FakeProxy } from "./fakeContext";
import { FakeOfficeError, demand } from "./fakeErrors";
import { FakeRangeProxy } from "./fakeRange";
import { FakeNamedItemCollectionProxy, FakeTableCollectionProxy } from "./fakeTables";
import { FakeSheet } from "./fakeWorkbook";

/**
 * Proxies of the workbook and its worksheets (tables and names: fakeTables.ts). Each proxy of a worksheet points at
 * a SheetRef that an operation fills at sync (add, getItem, getItemOrNullObject), so later
 * operations in the same batch reach the sheet the earlier ones made.
 */

export class SheetRef {
  resolved = false;
  sheet: FakeSheet | null = null;

  static of(sheet: FakeSheet): SheetRef {
    const ref = new SheetRef();
    ref.resolved = true;
    ref.sheet = sheet;
    return ref;
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollectionProxy;
  readonly tables: FakeTableCollectionProxy;
  readonly names: FakeNamedItemCollectionProxy;
  readonly application: FakeApplicationProxy;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollectionProxy(ctx);
    this.tables = new FakeTableCollectionProxy(ctx, null);
    this.names = new FakeNamedItemCollectionProxy(ctx);
    this.application = new FakeApplicationProxy(ctx);
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
    const ref = new SheetRef();
    this.queue("worksheets.add", "1.1", () => {
      ref.sheet = this.ctx.excel.addSheet(name);
      ref.resolved = true;
    });
    return new FakeWorksheetProxy(this.ctx, ref);
  }

  getItem(key: string): FakeWorksheetProxy {
    const ref = new SheetRef();
    this.queue("worksheets.getItem", "1.1", () => {
      ref.sheet = this.ctx.excel.findSheet(key) ?? null;
      demand(ref.sheet !== null, "ItemNotFound", `The sheet "${key}" does not exist.`);
      ref.resolved = true;
    });
    return new FakeWorksheetProxy(this.ctx, ref);
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    const ref = new SheetRef();
    this.queue("worksheets.getItemOrNullObject", "1.4", () => {
      ref.sheet = this.ctx.excel.findSheet(key) ?? null;
      ref.resolved = true;
    });
    return new FakeWorksheetProxy(this.ctx, ref);
  }

  getActiveWorksheet(): FakeWorksheetProxy {
    const ref = new SheetRef();
    this.queue("worksheets.getActiveWorksheet", "1.1", () => {
      ref.sheet = this.ctx.excel.activeSheet ?? null;
      ref.resolved = true;
    });
    return new FakeWorksheetProxy(this.ctx, ref);
  }

  protected fillLoaded(paths: readonly string[]): void {
    const itemProps = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const items = this.ctx.excel.sheets.map((sheet) => FakeWorksheetProxy.loadedFrom(this.ctx, sheet, itemProps));
    this.setLoaded("items", items);
  }
}

export class FakeWorksheetProxy extends FakeProxy {
  readonly freezePanes: FakeFreezePanesProxy;
  readonly tables: FakeTableCollectionProxy;

  constructor(
    ctx: FakeContext,
    readonly ref: SheetRef,
  ) {
    super(ctx);
    this.freezePanes = new FakeFreezePanesProxy(ctx, this);
    this.tables = new FakeTableCollectionProxy(ctx, this);
  }

  static loadedFrom(ctx: FakeContext, sheet: FakeSheet, props: readonly string[]): FakeWorksheetProxy {
    const proxy = new FakeWorksheetProxy(ctx, SheetRef.of(sheet));
    proxy.fillLoaded(props);
    return proxy;
  }

  /** The sheet this proxy stands for, at sync time. */
  target(): FakeSheet {
    demand(this.ref.resolved, "InvalidOperation", "The worksheet was used before it was resolved.");
    demand(this.ref.sheet !== null, "ItemNotFound", "The worksheet is a null object: it does not exist.");
    demand(this.ctx.excel.sheets.includes(this.ref.sheet), "ItemNotFound", `The sheet "${this.ref.sheet.name}" was deleted.`);
    return this.ref.sheet;
  }

  get isNullObject(): boolean {
    if (!this.ref.resolved) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.ref.sheet === null;
  }

  get name(): string {
    return this.loaded("name");
  }

  get position(): number {
    return this.loaded("position");
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

  getRange(address: string): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, this, () => parseAddress(address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRangeProxy {
    return new FakeRangeProxy(
      this.ctx,
      this,
      () => {
        const whole = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
        demand(whole && startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0, "InvalidArgument", "getRangeByIndexes needs whole numbers, counts above 0.");
        return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      },
      "1.7",
    );
  }

  protected fillLoaded(paths: readonly string[]): void {
    const sheet = this.target();
    const all = paths.length === 0;
    if (all || paths.includes("name")) this.setLoaded("name", sheet.name);
    if (all || paths.includes("id")) this.setLoaded("id", `{FAKE-SHEET-${sheet.id}}`);
    if (all || paths.includes("position")) this.setLoaded("position", this.ctx.excel.sheets.indexOf(sheet));
  }
}

export class FakeFreezePanesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy,
  ) {}

  freezeRows(count = 1): void {
    this.ctx.enqueue("freezePanes.freezeRows", "1.7", () => (this.sheet.target().freeze = { rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.ctx.enqueue("freezePanes.freezeColumns", "1.7", () => (this.sheet.target().freeze = { rows: 0, columns: count }));
  }

  /** Freezes the rows and columns of `range` from the top-left corner of the sheet. */
  freezeAt(range: FakeRangeProxy | string): void {
    this.ctx.enqueue("freezePanes.freezeAt", "1.7", () => {
      const b = typeof range === "string" ? parseAddress(range) : range.bounds();
      this.sheet.target().freeze = { rows: b.bottom + 1, columns: b.right + 1 };
    });
  }

  unfreeze(): void {
    this.ctx.enqueue("freezePanes.unfreeze", "1.7", () => (this.sheet.target().freeze = { rows: 0, columns: 0 }));
  }
}
