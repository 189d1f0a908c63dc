import { Bounds, columnCount, parseAddress, rowCount, splitSheet } from "./fakeAddress";
import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeRangeProxy } from "./fakeRange";
import { FakeName, FakeSheet, FakeTable, checkDefinedName, checkSheetReferences, overlapsTable, tableHeaders } from "./fakeWorkbook";

/**
 * Proxies of tables (on a sheet or the workbook) and of defined names. Table names and defined
 * names share one namespace, unique ignoring case.
 */

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

