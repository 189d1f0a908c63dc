import { effectSize } from "../../src/core";
import { caught, d } from "./helpers";

describe("effectSize", () => {
  it("gives the seed's absence example: −30 % vs −12 % → −0.18 (18 points fewer)", () => {
    // Seed 002: −0.30 − (−0.12) = −0.18, exactly (floats give −0.18000000000000002).
    expect(effectSize(-0.3, -0.12).toString()).toBe("-0.18");
  });
  it("is positive when the target group improves more on a rising measure", () => {
    // 0.25 − 0.1 = 0.15
    expect(effectSize(0.25, 0.1).toString()).toBe("0.15");
  });
  it("accepts core Decimals", () => {
    expect(effectSize(d("-0.30"), d("-0.12")).eq(-0.18)).toBe(true);
  });
  describe("errors", () => {
    it("names the target group's change", () => {
      expect(caught(() => effectSize("", -0.12)).detail).toEqual({ kind: "required", argument: "target_change" });
    });
    it("names the comparison group's change", () => {
      expect(caught(() => effectSize(-0.3, "−12 %")).detail).toEqual({ kind: "notNumber", argument: "comparison_change", given: "−12 %" });
      expect(caught(() => effectSize(-0.3, NaN)).detail).toEqual({ kind: "notFinite", argument: "comparison_change", given: NaN });
    });
  });
});
