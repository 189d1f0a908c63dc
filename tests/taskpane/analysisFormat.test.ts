import { Dec } from "../../src/core/decimal";
import { formatMoney, formatNumber, formatRatio, formatShare, formatWhole } from "../../src/taskpane/analysisFormat";

/** Figures in the analysis panel: grouped in the pane's language, rounded half up for display, never −0 or NaN. */

const NBSP = "\u00a0";
const d = (v: string) => new Dec(v);

describe("analysis panel figures", () => {
  it("formats ratios with two decimals in each language", () => {
    expect([formatRatio(d("2.521416"), "sv"), formatRatio(d("2.521416"), "en"), formatRatio(d("1.005"), "en")]).toEqual(["2,52", "2.52", "1.01"]);
  });

  it("formats money in whole units with the currency, grouped", () => {
    expect(formatMoney(d("574560.4"), "sv", "kr")).toBe(`574${NBSP}560 kr`);
    expect(formatMoney(d("-1234567.5"), "en", "SEK")).toBe("-1,234,568 SEK");
    expect(formatMoney(d("-12000"), "sv", "kr")).toBe(`\u221212${NBSP}000 kr`);
  });

  it("never shows a negative zero", () => {
    expect([formatNumber(d("-0.004"), "sv", 2), formatMoney(d("-0.4"), "en", "kr"), formatShare(d("-0.0001"), "en")]).toEqual(["0,00", "0 kr", "0%"]);
  });

  it("shows shares as percentages with at most one decimal", () => {
    expect([formatShare(d("0.125"), "sv"), formatShare(d("0.1"), "en"), formatShare(d("0.03125"), "en")]).toEqual([`12,5${NBSP}%`, "10%", "3.1%"]);
  });

  it("shows whole numbers grouped, and a dash for what is not a finite number", () => {
    expect([formatWhole(4294967295, "en"), formatWhole(5000, "sv"), formatWhole(Number.NaN, "en"), formatNumber(new Dec(Number.NaN), "en", 2)]).toEqual(["4,294,967,295", `5${NBSP}000`, "–", "–"]);
  });
});
