import { parseAddress } from "./fakeAddress";
import type { FakeContext } from "./fakeContext";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeRangeProxy } from "./fakeRange";

/** Frozen panes of a worksheet (ExcelApi 1.7). */
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
