import { Bounds, columnCount, parseAddress, rowCount, splitSheet } from "./fakeAddress";
import { clearCells } from "./fakeCells";
import { FakeContext, FakeProxy, pathsUnder } from "./fakeContext";
import { demand } from "./fakeErrors";
import { FakeWorksheetProxy } from "./fakeProxies";
import { FakeRangeProxy } from "./fakeRange";
import { Slot, sheetOf } from "./fakeSlot";
import { FakeSheet, FakeTable, checkDefinedName, overlapsTable, tableHeaders } from "./fakeWorkbook";

/**
 * Proxies of tables, on a sheet or the workbook. Table names and defined names share one
 * namespace, unique ignoring case; tables are found by name only (the fake gives them no ids), a
 * sheet's collection finds only that sheet's tables. `showTotals` is a flag only: the fake draws
 * no total row, so a table's range is its header row and data body.
 */

export class FakeTableCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy | null,
  ) {
    super(ctx, sheet?.via ?? "1.1");
  }

  get items(): FakeTableProxy[] {
    return this.loaded("items");
  }

  get count(): number {
    return this.loaded("count");
  }

  /** Adds a table over `address` (sheet-qualified when called on the workbook's collection). */
  add(address: string | FakeRangeProxy, hasHeaders: boolean): FakeTableProxy {
    const slot = new Slot<FakeTable>();
    this.queue("tables.add", "1.1", () => slot.fillFrom(() => this.made(address, hasHeaders)));
    return new FakeTableProxy(this.ctx, slot);
  }

  /** Makes the table at sync time (the ops of `add`). */
  private made(address: string | FakeRangeProxy, hasHeaders: boolean): FakeTable {
    const { sheet, bounds } = this.locate(address);
    const excel = this.ctx.excel;
    demand(!overlapsTable(excel.tables, sheet, bounds), "InvalidOperation", "A table cannot overlap another table.");
    demand(rowCount(bounds) >= 2 || !hasHeaders, "InvalidArgument", "A table with headers needs a header row and at least one data row.");
    const headerCells = Array.from({ length: columnCount(bounds) }, (_, i) => sheet.cell(bounds.top, bounds.left + i));
    const headers = hasHeaders ? tableHeaders(headerCells) : headerCells.map((_, i) => `Column${i + 1}`);
    if (hasHeaders) headers.forEach((h, i) => (sheet.touch(bounds.top, bounds.left + i).value = h));
    const table: FakeTable = { sheet, bounds, name: excel.nextTableName(), style: "TableStyleMedium2", headers, showTotals: false };
    excel.tables.push(table);
    return table;
  }

  /** The table of that name (ignoring case); ItemNotFound when there is none. */
  getItem(key: string): FakeTableProxy {
    return this.found("tables.getItem", "1.1", () => {
      const table = this.find(key);
      demand(table !== undefined, "ItemNotFound", `The table "${key}" does not exist.`);
      return table;
    });
  }

  /** The table of that name (ignoring case), or a null object. */
  getItemOrNullObject(key: string): FakeTableProxy {
    return this.found("tables.getItemOrNullObject", "1.4", () => this.find(key) ?? null);
  }

  private found(api: string, version: string, find: () => FakeTable | null): FakeTableProxy {
    const slot = new Slot<FakeTable>();
    this.queue(api, version, () => slot.fillFrom(find));
    return new FakeTableProxy(this.ctx, slot);
  }

  private find(key: string): FakeTable | undefined {
    const lower = key.toLocaleLowerCase();
    return this.inScope().find((t) => t.name.toLocaleLowerCase() === lower);
  }

  private inScope(): FakeTable[] {
    const sheet = this.sheet?.target();
    return this.ctx.excel.tables.filter((t) => !sheet || t.sheet === sheet);
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

  protected override loadVersion(paths: readonly string[]): string {
    return paths.some((p) => /^items\/worksheet(\/|$)/.test(p)) ? "1.2" : "1.1";
  }

  protected fillLoaded(paths: readonly string[]): void {
    const tables = this.inScope();
    this.setLoaded(
      "items",
      tables.map((t) => FakeTableProxy.loadedFrom(this.ctx, t, pathsUnder("items", paths))),
    );
    this.setLoaded("count", tables.length);
  }
}

export class FakeTableProxy extends FakeProxy {
  /** The sheet holding the table (ExcelApi 1.2). */
  readonly worksheet: FakeWorksheetProxy;

  constructor(
    ctx: FakeContext,
    private readonly slot: Slot<FakeTable>,
  ) {
    super(ctx);
    this.worksheet = new FakeWorksheetProxy(
      ctx,
      sheetOf(() => this.target().sheet),
      "1.2",
    );
  }

  static loadedFrom(ctx: FakeContext, table: FakeTable, props: readonly string[]): FakeTableProxy {
    const proxy = new FakeTableProxy(ctx, Slot.of(table));
    proxy.fillLoaded(props);
    return proxy;
  }

  private target(): FakeTable {
    const table = this.slot.get("table");
    demand(this.ctx.excel.tables.includes(table), "ItemNotFound", `The table "${table.name}" was deleted.`);
    return table;
  }

  get isNullObject(): boolean {
    return this.slot.isNull();
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.queue("table.name", "1.1", () => {
      const table = this.target();
      checkDefinedName(
        name,
        this.ctx.excel.definedAndTableNames().filter((n) => n !== table.name),
      );
      table.name = name;
    });
  }

  get style(): string {
    return this.loaded("style");
  }

  set style(style: string) {
    this.queue("table.style", "1.1", () => {
      demand(/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style), "InvalidArgument", `"${style}" is not a table style.`);
      this.target().style = style;
    });
  }

  get showTotals(): boolean {
    return this.loaded("showTotals");
  }

  set showTotals(show: boolean) {
    this.queue("table.showTotals", "1.1", () => (this.target().showTotals = show));
  }

  /** The whole table: header row and data body, as the table's bounds are when the batch gets here. */
  getRange(): FakeRangeProxy {
    return this.range("table.getRange", (b) => b);
  }

  getHeaderRowRange(): FakeRangeProxy {
    return this.range("table.getHeaderRowRange", (b) => ({ ...b, bottom: b.top }));
  }

  getDataBodyRange(): FakeRangeProxy {
    return this.range("table.getDataBodyRange", (b) => ({ ...b, top: b.top + 1 }));
  }

  /**
   * Deletes the table and clears its cells' values and formulas (VBA's ListObject.Delete:
   * "deletes the table and clears the cell data"); cell formats, validation and conditional
   * formats stay. Use convertToRange to keep the data.
   */
  delete(): void {
    this.queue("table.delete", "1.1", () => {
      const table = this.remove();
      clearCells(table.sheet, table.bounds, { contents: true, formats: false, conditionalFormats: false, validation: false });
    });
  }

  /** Removes the table and keeps every cell as it is; returns the range it covered. */
  convertToRange(): FakeRangeProxy {
    const slot = new Slot<Bounds>();
    this.queue("table.convertToRange", "1.2", () => slot.fillFrom(() => this.remove().bounds));
    return FakeRangeProxy.resolved(this.ctx, this.homeSheet(), "1.2", slot);
  }

  private remove(): FakeTable {
    const table = this.target();
    const tables = this.ctx.excel.tables;
    tables.splice(tables.indexOf(table), 1);
    return table;
  }

  private range(api: string, part: (b: Bounds) => Bounds): FakeRangeProxy {
    const slot = new Slot<Bounds>();
    this.queue(api, "1.1", () => slot.fillFrom(() => part(this.target().bounds)));
    return FakeRangeProxy.resolved(this.ctx, this.homeSheet(), "1.1", slot);
  }

  /** The table's sheet for its ranges, also once the table is gone (convertToRange). */
  private homeSheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(
      this.ctx,
      sheetOf(() => this.slot.get("table").sheet),
    );
  }

  protected override loadVersion(paths: readonly string[]): string {
    return paths.some((p) => /^worksheet(\/|$)/.test(p)) ? "1.2" : "1.1";
  }

  protected fillLoaded(paths: readonly string[]): void {
    const table = this.target();
    const want = (p: string) => paths.length === 0 || paths.includes(p);
    if (want("name")) this.setLoaded("name", table.name);
    if (want("style")) this.setLoaded("style", table.style);
    if (want("showTotals")) this.setLoaded("showTotals", table.showTotals);
    const worksheet = pathsUnder("worksheet", paths);
    if (worksheet.length > 0 || paths.includes("worksheet")) this.worksheet.fillNavigation(worksheet);
  }
}
