import { Dec } from "../../src/core";
import { formatAmount, formatCell, formatDecimal, formatMonths, showsNegative } from "../../src/taskpane/beforeAfterFormat";
import { BEFORE_AFTER_STRINGS } from "../../src/taskpane/beforeAfterStrings";

/** How the before/after check shows numbers (src/taskpane/beforeAfterFormat.ts) and its texts. */

const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatAmount", () => {
  it.each<[string, string, string]>([
    // sv-SE groups with a no-break space and writes the minus sign U+2212; en-GB groups with commas.
    ["163810.56", `163${NBSP}811`, "163,811"],
    ["-369850.4", `${MINUS}369${NBSP}850`, "-369,850"],
    ["-1234.5", `${MINUS}1${NBSP}235`, "-1,235"],
    ["0.5", "1", "1"],
    ["-0.4", "0", "0"],
    ["0", "0", "0"],
  ])("shows %s as %j in Swedish and %j in English", (value, sv, en) => {
    expect(formatAmount(new Dec(value), "sv")).toBe(sv);
    expect(formatAmount(new Dec(value), "en")).toBe(en);
  });
});

describe("formatMonths and formatDecimal", () => {
  it("shows months with one decimal and other places on request", () => {
    expect(formatMonths(new Dec("9.0983145"), "sv")).toBe("9,1");
    expect(formatMonths(new Dec("9.0983145"), "en")).toBe("9.1");
    expect(formatDecimal(new Dec("27845.125"), "en", 2)).toBe("27,845.13");
    expect(formatDecimal(new Dec("-0.001"), "sv", 2)).toBe("0,00");
  });
});

describe("showsNegative", () => {
  it("is true only for what shows with a minus sign", () => {
    expect([new Dec(-1), new Dec("-0.4"), new Dec(0), new Dec(3)].map((v) => showsNegative(v))).toEqual([true, false, false, false]);
    expect(showsNegative(new Dec("-0.04"), 1)).toBe(false);
  });
});

describe("formatCell", () => {
  it("shows a sheet's value for a message", () => {
    expect(formatCell(1000, "sv", "tom", 2)).toBe(`1${NBSP}000,00`);
    expect(formatCell("", "en", "blank")).toBe("blank");
    expect(formatCell("Does not pay back", "en", "blank")).toBe('"Does not pay back"');
    expect(formatCell("#REF!", "en", "blank")).toBe('"#REF!"');
    expect(formatCell(true, "en", "blank")).toBe("TRUE");
  });
});

describe("BEFORE_AFTER_STRINGS", () => {
  it("has every text in both languages, and they differ", () => {
    const keys = Object.keys(BEFORE_AFTER_STRINGS.en) as (keyof typeof BEFORE_AFTER_STRINGS.en)[];
    expect(Object.keys(BEFORE_AFTER_STRINGS.sv).sort()).toEqual([...keys].sort());
    const args = (k: string): unknown[] => (k === "missingRow" ? [["x"]] : ["3", "5", "x", "y"]);
    const shown = (k: string, v: unknown): string => (typeof v === "function" ? (v as (...a: unknown[]) => string)(...args(k)) : JSON.stringify(v));
    expect(keys.filter((k) => shown(k, BEFORE_AFTER_STRINGS.en[k]) === shown(k, BEFORE_AFTER_STRINGS.sv[k]))).toEqual([]);
  });
});
