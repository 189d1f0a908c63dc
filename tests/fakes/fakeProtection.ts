import { Bounds, cellsOf } from "./fakeAddress";
import { FakeContext, FakeProxy } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeRangeProxy } from "./fakeRange";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Sheet protection as far as the add-in reads it (ExcelApi 1.2): whether a sheet is protected
 * (`worksheet.protection.protected`) and whether cells are locked (`range.format.protection.locked`:
 * true when every cell is, false when none is, null when mixed). Cells are locked unless unlocked,
 * as in Excel; on a protected sheet, writing a locked cell fails with AccessDenied. A person
 * protects a sheet with FakeUser.protectSheet.
 */

/** Whether the cell at (row, column) is locked. */
function isLocked(sheet: FakeSheet, row: number, column: number): boolean {
  return !sheet.unlocked.has(`${row},${column}`);
}

/** Refuses a write to the cells of `b` when the sheet is protected and one of them is locked. */
export function demandWritable(sheet: FakeSheet, b: Bounds): void {
  if (!sheet.protected) return;
  for (const [r, c] of cellsOf(b))
    demand(!isLocked(sheet, r, c), "AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

export class FakeWorksheetProtectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy,
  ) {
    super(ctx, "1.2");
  }

  get protected(): boolean {
    return this.loaded("protected");
  }

  protected override loadVersion(): string {
    return "1.2";
  }

  protected fillLoaded(): void {
    this.setLoaded("protected", this.sheet.target().protected);
  }
}

export class FakeRangeProtectionProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRangeProxy,
  ) {
    super(ctx, "1.2");
  }

  get locked(): boolean | null {
    return this.loaded("locked");
  }

  set locked(locked: boolean) {
    this.range.enqueueOn("format.protection.locked", "1.2", (sheet, b) => {
      demand(!sheet.protected, "AccessDenied", "Cells of a protected sheet cannot be locked or unlocked.");
      for (const [r, c] of cellsOf(b)) {
        if (locked) sheet.unlocked.delete(`${r},${c}`);
        else sheet.unlocked.add(`${r},${c}`);
      }
    });
  }

  protected override loadVersion(): string {
    return "1.2";
  }

  protected fillLoaded(): void {
    const sheet = this.range.sheet.target();
    const states = new Set([...cellsOf(this.range.bounds())].map(([r, c]) => isLocked(sheet, r, c)));
    this.setLoaded("locked", states.size === 1 ? [...states][0] : null);
  }
}
