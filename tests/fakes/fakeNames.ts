import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeRangeProxy } from "./fakeRange";
import { FakeName, checkDefinedName, checkSheetReferences } from "./fakeWorkbook";

/** Proxies of defined names (ExcelApi 1.4 to add or delete). Names share one namespace with tables. */

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
