import { Bounds, columnCount, parseAddress, rowCount, splitSheet } from "./fakeAddress";
import { FakeContext, FakeProxy } from "./fakeContext";
import { FakeOfficeError, demand } from "./fakeErrors";
import { FakeRangeProxy } from "./fakeRange";
import { FakeName, FakeSheet, FakeTable, checkDefinedName, checkSheetReferences, overlapsTable, tableHeaders } from "./fakeWorkbook";

/**
 * Proxies of the workbook, its worksheets, tables and names. Each proxy of a worksheet points at
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

export class FakeTableCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy | null,
  ) {
    super(ctx);
  }

  get items(): FakeTableProxy[] {
    return this.loaded("items");
  }

  /** Adds a table over `address` (sheet-qualified when called on the workbook's collection). */
  add(address: string | FakeRangeProxy, hasHeaders: boolean): FakeTableProxy {
    const ref: { table?: FakeTable } = {};
    this.queue("tables.add", "1.1", () => {
      const { sheet, bounds } = this.locate(address);
      const excel = this.ctx.excel;
      demand(!overlapsTable(excel.tables, sheet, bounds), "InvalidOperation", "A table cannot overlap another table.");
      demand(rowCount(bounds) >= 2 || !hasHeaders, "InvalidArgument", "A table with headers needs a header row and at least one data row.");
      const headerCells = Array.from({ length: columnCount(bounds) }, (_, i) => sheet.cell(bounds.top, bounds.left + i));
      const headers = hasHeaders ? tableHeaders(headerCells) : headerCells.map((_, i) => `Column${i + 1}`);
      if (hasHeaders) headers.forEach((h, i) => (sheet.touch(bounds.top, bounds.left + i).value = h));
      ref.table = { sheet, bounds, name: excel.nextTableName(), style: "TableStyleMedium2", headers, showTotals: false };
      excel.tables.push(ref.table);
    });
    return new FakeTableProxy(this.ctx, ref);
  }

  private locate(address: string | FakeRangeProxy): { sheet: FakeSheet; bounds: Bounds } {
    if (typeof address !== "string") return { sheet: address.sheet.target(), bounds: address.bounds() };
    const { sheet: sheetName, local } = splitSheet(address);
    if (this.sheet) return { sheet: this.sheet.target(), bounds: parseAddress(local) };
    demand(sheetName !== undefined, "InvalidArgument", `"${address}" names no sheet.`);
    const sheet = this.ctx.excel.findSheet(sheetName);
    demand(sheet !== undefined, "ItemNotFound", `The sheet "${sheetName}" does not exist.`);
    return { sheet, bounds: parseAddress(local) };
  }

  protected fillLoaded(paths: readonly string[]): void {
    const props = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const sheet = this.sheet?.target();
    const tables = this.ctx.excel.tables.filter((t) => !sheet || t.sheet === sheet);
    this.setLoaded("items", tables.map((t) => FakeTableProxy.loadedFrom(this.ctx, t, props)));
  }
}

export class FakeTableProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly ref: { table?: FakeTable },
  ) {
    super(ctx);
  }

  static loadedFrom(ctx: FakeContext, table: FakeTable, props: readonly string[]): FakeTableProxy {
    const proxy = new FakeTableProxy(ctx, { table });
    proxy.fillLoaded(props);
    return proxy;
  }

  private target(): FakeTable {
    demand(this.ref.table !== undefined && this.ctx.excel.tables.includes(this.ref.table), "ItemNotFound", "The table does not exist.");
    return this.ref.table;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.queue("table.name", "1.1", () => {
      const table = this.target();
      checkDefinedName(name, this.ctx.excel.definedAndTableNames().filter((n) => n !== table.name));
      table.name = name;
    });
  }

  set style(style: string) {
    this.queue("table.style", "1.1", () => {
      demand(/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style), "InvalidArgument", `"${style}" is not a table style.`);
      this.target().style = style;
    });
  }

  set showTotals(show: boolean) {
    this.queue("table.showTotals", "1.1", () => (this.target().showTotals = show));
  }

  protected fillLoaded(paths: readonly string[]): void {
    if (paths.length === 0 || paths.includes("name")) this.setLoaded("name", this.target().name);
  }
}

export class FakeNamedItemCollectionProxy extends FakeProxy {
  get items(): FakeNamedItemProxy[] {
    return this.loaded("items");
  }

  add(name: string, reference: string | FakeRangeProxy, comment = ""): void {
    this.queue("names.add", "1.4", () => {
      const excel = this.ctx.excel;
      checkDefinedName(name, excel.definedAndTableNames());
      const formula = typeof reference === "string" ? reference : `=${reference.qualifiedAddress()}`;
      demand(formula.startsWith("="), "InvalidArgument", `The reference "${formula}" must start with "=".`);
      checkSheetReferences(formula, (sheet) => excel.findSheet(sheet) !== undefined);
      excel.names.push({ name, formula, comment });
    });
  }

  protected fillLoaded(paths: readonly string[]): void {
    const props = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.setLoaded("items", this.ctx.excel.names.map((n) => FakeNamedItemProxy.loadedFrom(this.ctx, n, props)));
  }
}

export class FakeNamedItemProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly item: FakeName,
  ) {
    super(ctx);
  }

  static loadedFrom(ctx: FakeContext, item: FakeName, props: readonly string[]): FakeNamedItemProxy {
    const proxy = new FakeNamedItemProxy(ctx, item);
    proxy.fillLoaded(props);
    return proxy;
  }

  get name(): string {
    return this.loaded("name");
  }

  get formula(): string {
    return this.loaded("formula");
  }

  delete(): void {
    this.queue("namedItem.delete", "1.4", () => {
      const names = this.ctx.excel.names;
      demand(names.includes(this.item), "ItemNotFound", `The name "${this.item.name}" does not exist.`);
      names.splice(names.indexOf(this.item), 1);
    });
  }

  protected fillLoaded(paths: readonly string[]): void {
    const all = paths.length === 0;
    if (all || paths.includes("name")) this.setLoaded("name", this.item.name);
    if (all || paths.includes("formula")) this.setLoaded("formula", this.item.formula);
  }
}

