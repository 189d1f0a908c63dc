import { BEFORE_AFTER_STRINGS } from "../../src/taskpane/beforeAfterStrings";

/** The before/after check's texts. */

describe("BEFORE_AFTER_STRINGS", () => {
  it("has every text in both languages, and they differ", () => {
    const keys = Object.keys(BEFORE_AFTER_STRINGS.en) as (keyof typeof BEFORE_AFTER_STRINGS.en)[];
    expect(Object.keys(BEFORE_AFTER_STRINGS.sv).sort()).toEqual([...keys].sort());
    const args = (k: string): unknown[] => (k === "missingRow" ? [["x"]] : ["3", "5", "x", "y"]);
    const shown = (k: string, v: unknown): string =>
      typeof v === "function" ? (v as (...a: unknown[]) => string)(...args(k)) : JSON.stringify(v);
    expect(keys.filter((k) => shown(k, BEFORE_AFTER_STRINGS.en[k]) === shown(k, BEFORE_AFTER_STRINGS.sv[k]))).toEqual([]);
  });
});
