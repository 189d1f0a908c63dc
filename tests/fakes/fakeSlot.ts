import { NullObjectSkip } from "./fakeContext";
import { FakeOfficeError, demand } from "./fakeErrors";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * What a proxy stands for, filled by the operation that made it (add, getItem, getRange…) when
 * the batch reaches it: pending before that, then an object, or nothing for a null object.
 */
export class Slot<T> {
  private state: "pending" | "set" | "null" = "pending";
  private value: T | undefined;

  /** A slot already filled, for proxies made from loaded collection items. */
  static of<T>(value: T): Slot<T> {
    const slot = new Slot<T>();
    slot.fill(value);
    return slot;
  }

  fill(value: T | null): void {
    this.state = value === null ? "null" : "set";
    this.value = value ?? undefined;
  }

  /** Fills the slot with what `make` returns; a null object upstream makes this one null too. */
  fillFrom(make: () => T | null): void {
    try {
      this.fill(make());
    } catch (error) {
      if (error instanceof NullObjectSkip) this.fill(null);
      throw error;
    }
  }

  /** The object; skips the operation (NullObjectSkip) on a null object. */
  get(what: string): T {
    demand(this.state !== "pending", "InvalidOperation", `The ${what} was used before the operation that makes it.`);
    if (this.state === "null") throw new NullObjectSkip();
    return this.value as T;
  }

  /** Office.js's isNullObject: known only after the sync that made the object. */
  isNull(): boolean {
    if (this.state === "pending") throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.state === "null";
  }
}

/** Where a worksheet proxy finds its sheet: a Slot, or the object it belongs to. */
export interface SheetSource {
  get(what: string): FakeSheet;
  isNull(): boolean;
}

/** The sheet of an object, found when an operation needs it (table.worksheet, chart.worksheet). */
export function sheetOf(find: () => FakeSheet): SheetSource {
  return { get: find, isNull: () => false };
}
