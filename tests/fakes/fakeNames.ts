import { FakeClientResult } from "./fakeClientResult";
import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeRangeProxy } from "./fakeRange";
import { FakeName, checkDefinedName, checkSheetReferences } from "./fakeWorkbook";

/**
 * Proxies of defined names (ExcelApi 1.4 to add or delete): the workbook's (Workbook.names, one
 * namespace with tables) or those scoped to one sheet (Worksheet.names; such a name may repeat a
 * workbook name, and goes with its sheet when the sheet is copied or deleted).
 */

export class FakeNamedItemCollectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    /** The sheet whose names these are, or none for the workbook's. */
    private readonly scope?: FakeWorksheetProxy,
  ) {
    super(ctx, scope?.via);
  }

  get items(): FakeNamedItemProxy[] {
    return this.loaded("items");
  }

  /** The names of this scope, at sync time. */
  private list(): FakeName[] {
    return this.scope ? this.scope.target().names : this.ctx.excel.names;
  }

  add(name: string, reference: string | FakeRangeProxy, comment = ""): void {
    this.queue("names.add", "1.4", () => {
      const excel = this.ctx.excel;
      const list = this.list();
      checkDefinedName(name, this.scope ? list.map((n) => n.name) : excel.definedAndTableNames());
      const formula = typeof reference === "string" ? reference : `=${reference.qualifiedAddress()}`;
      demand(formula.startsWith("="), "InvalidArgument", `The reference "${formula}" must start with "=".`);
      checkSheetReferences(formula, (sheet) => excel.findSheet(sheet) !== undefined);
      list.push({ name, formula, comment });
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue("names.getCount", "1.4", () => result.fill(this.list().length));
    return result;
  }

  protected fillLoaded(paths: readonly string[]): void {
    const props = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const list = this.list();
    this.setLoaded(
      "items",
      list.map((n) => FakeNamedItemProxy.loadedFrom(this.ctx, n, props, list)),
    );
  }
}

export class FakeNamedItemProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly item: FakeName,
    /** The list the name is in (the workbook's or a sheet's). */
    private readonly home: FakeName[] = ctx.excel.names,
  ) {
    super(ctx);
  }

  static loadedFrom(ctx: FakeContext, item: FakeName, props: readonly string[], home?: FakeName[]): FakeNamedItemProxy {
    const proxy = new FakeNamedItemProxy(ctx, item, home);
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
      const names = this.home;
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
