import { Dec } from "../../src/core/decimal";
import {
  formatAmount,
  formatCell,
  formatDecimal,
  formatMoney,
  formatMonths,
  formatRatio,
  formatShare,
  formatWhole,
  showsNegative,
} from "../../src/taskpane/numberFormat";

/** Figures in the pane (analysis and before/after): grouped in the pane's language, rounded half up for display, never −0 or NaN. */

const NBSP = "\u00a0";
const d = (v: string) => new Dec(v);

describe("analysis panel figures", () => {
  it("formats ratios with two decimals in each language", () => {
    expect([formatRatio(d("2.521416"), "sv"), formatRatio(d("2.521416"), "en"), formatRatio(d("1.005"), "en")]).toEqual([
      "2,52",
      "2.52",
      "1.01",
    ]);
  });

  it("formats money in whole units with the currency, grouped", () => {
    expect(formatMoney(d("574560.4"), "sv", "kr")).toBe(`574${NBSP}560 kr`);
    expect(formatMoney(d("-1234567.5"), "en", "SEK")).toBe("\u22121,234,568 SEK");
    expect(formatMoney(d("-12000"), "sv", "kr")).toBe(`\u221212${NBSP}000 kr`);
  });

  it("never shows a negative zero", () => {
    expect([formatDecimal(d("-0.004"), "sv", 2), formatMoney(d("-0.4"), "en", "kr"), formatShare(d("-0.0001"), "en")]).toEqual([
      "0,00",
      "0 kr",
      "0%",
    ]);
  });

  it("shows shares as percentages with at most one decimal", () => {
    expect([formatShare(d("0.125"), "sv"), formatShare(d("0.1"), "en"), formatShare(d("0.03125"), "en")]).toEqual([
      `12,5${NBSP}%`,
      "10%",
      "3.1%",
    ]);
  });

  it("shows whole numbers grouped, and a dash for what is not a finite number", () => {
    expect([
      formatWhole(4294967295, "en"),
      formatWhole(5000, "sv"),
      formatWhole(Number.NaN, "en"),
      formatDecimal(new Dec(Number.NaN), "en", 2),
    ]).toEqual(["4,294,967,295", `5${NBSP}000`, "–", "–"]);
  });
});

const MINUS = "\u2212";

describe("formatAmount", () => {
  it.each<[string, string, string]>([
    // sv-SE groups with a no-break space and writes the minus sign U+2212; en-GB groups with commas.
    ["163810.56", `163${NBSP}811`, "163,811"],
    ["-369850.4", `${MINUS}369${NBSP}850`, `${MINUS}369,850`],
    ["-1234.5", `${MINUS}1${NBSP}235`, `${MINUS}1,235`],
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
