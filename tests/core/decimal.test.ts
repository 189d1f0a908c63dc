import DecimalBase from "decimal.js";
import { Dec, ONE, TWELVE, ZERO, closeTo, dec, sum } from "../../src/core";

describe("Dec", () => {
  it("works to 40 significant digits", () => {
    // 1/3 to 40 significant digits.
    expect(new Dec(1).div(3).toString()).toBe("0." + "3".repeat(40));
  });
  it("does not touch the global decimal.js configuration", () => {
    expect(DecimalBase.precision).toBe(20);
    expect(Dec.precision).toBe(40);
  });
  it("rounds half to even", () => {
    expect(new Dec("2.5").toDecimalPlaces(0).toString()).toBe("2");
    expect(new Dec("3.5").toDecimalPlaces(0).toString()).toBe("4");
  });
  it("provides the constants 0, 1 and 12", () => {
    expect([ZERO, ONE, TWELVE].map(String)).toEqual(["0", "1", "12"]);
  });
});

describe("dec", () => {
  it("returns a core Decimal unchanged", () => {
    const value = new Dec("0.1");
    expect(dec(value)).toBe(value);
  });
  it("converts numbers and strings exactly as written", () => {
    expect(dec(0.1).toString()).toBe("0.1");
    expect(dec("574560").toString()).toBe("574560");
  });
});

describe("sum", () => {
  it("is 0 for an empty list", () => {
    expect(sum([]).toString()).toBe("0");
  });
  it("adds decimals exactly (0.1 + 0.2 = 0.3, unlike floats)", () => {
    expect(sum([dec(0.1), dec(0.2)]).toString()).toBe("0.3");
  });
});

describe("closeTo", () => {
  // |a − b| ≤ max(absolute, relative × |b|), worked out by hand for each row
  it.each([
    ["100.004", "100", "0.005", "1e-9", true], // off by 0.004 ≤ 0.005
    ["100.006", "100", "0.005", "1e-9", false], // off by 0.006 > 0.005 and > 1e-7
    ["1000000000.5", "1000000000", "0.005", "1e-9", true], // off by 0.5 ≤ 1e-9 × 1e9 = 1
    ["1000000002", "1000000000", "0.005", "1e-9", false], // off by 2 > 1
    ["-3", "-3", "0", "0", true],
  ])("%s against %s (absolute %s, relative %s) is %s", (a, b, absolute, relative, expected) => {
    expect(closeTo(new Dec(a), new Dec(b), new Dec(absolute), new Dec(relative))).toBe(expected);
  });
});
