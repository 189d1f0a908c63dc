import { errorMessage, outcomeValue } from "../../../src/core";
import { BISECTION_TOLERANCE, assumptionNames, readAssumption } from "../../../src/core/analysis";
import { breakEvenOf } from "../../../src/core/formulas";
import { expectClose, frac } from "./helpers";
import { caught } from "../helpers";

/**
 * The seed 000 outcome: 80 people, 70 % reached, deadweight 20 %, attribution 5 %, displacement
 * 10 %, proxy 15 000 kr → 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560 kr a year.
 */
const SEED = [80, 0.7, 0.2, 0.05, 0.1, 15000] as const;

describe("breakEvenOf", () => {
  describe("linear arguments (closed form), investment 400 000", () => {
    it("proxy = proxy × investment / value", () => {
      // 15 000 × 400 000 / 574 560 ≈ 10 442.77
      for (const name of ["proxy", "Proxy", " PROXY "]) expectClose(breakEvenOf(name, 400000, ...SEED), frac(15000 * 400000, 574560));
    });

    it("quantity and outcome rate, by English and Swedish names", () => {
      // 80 × 400 000 / 574 560 ≈ 55.70 people; 0.7 × 400 000 / 574 560 ≈ 0.4873
      for (const name of ["quantity", "antal"]) expectClose(breakEvenOf(name, 400000, ...SEED), frac(80 * 400000, 574560));
      for (const name of ["outcome_rate", "utfallsandel", "Outcome rate"])
        expectClose(breakEvenOf(name, 400000, ...SEED), frac(280000, 574560));
    });

    it("the shares, solving c × (1 − share) = investment", () => {
      // without deadweight the value is 574 560 / 0.8 = 718 200 → deadweight = 1 − 400 000 / 718 200 ≈ 0.443
      for (const name of ["deadweight", "dödvikt", "Dödvikt"]) expectClose(breakEvenOf(name, 400000, ...SEED), frac(318200, 718200));
      // without attribution: 574 560 / 0.95 = 604 800 → 1 − 400 000 / 604 800
      for (const name of ["attribution", "tillskrivning"]) expectClose(breakEvenOf(name, 400000, ...SEED), frac(204800, 604800));
      // without displacement: 574 560 / 0.9 = 638 400 → 1 − 400 000 / 638 400
      for (const name of ["displacement", "undanträngning"]) expectClose(breakEvenOf(name, 400000, ...SEED), frac(238400, 638400));
    });

    it("takes a yearly investment as SROI.RATIO does (rate 0: the sum)", () => {
      expectClose(breakEvenOf("proxy", [[300000, 200000]], ...SEED), frac(15000 * 500000, 574560));
    });

    it("returns a value that makes SROI.VALUE equal the investment", () => {
      const proxy = breakEvenOf("proxy", 400000, ...SEED, 3, 0.1, 0.035);
      expectClose(outcomeValue(80, 0.7, 0.2, 0.05, 0.1, proxy.toNumber(), 3, 0.1, 0.035), 400000, 12);
    });

    it("gives 0 for a zero investment", () => {
      expect(breakEvenOf("proxy", 0, ...SEED).isZero()).toBe(true);
    });
  });

  describe("years, drop-off and discount rate", () => {
    it("years: the smallest whole number of years reaching the investment", () => {
      // drop-off 0.1: 574 560 + 517 104 = 1 091 664 < 1 500 000 after 2 years;
      // + 465 393.6 = 1 557 057.6 ≥ 1 500 000 after 3
      for (const name of ["years", "år", "År"]) expect(breakEvenOf(name, 1500000, ...SEED, 1, 0.1).toString()).toBe("3");
    });

    it("drop-off by bisection", () => {
      // 2 years: 574 560 × (1 + (1 − d)) = 1 000 000 → d = 2 − 1 000 000 / 574 560 = 149 120 / 574 560 ≈ 0.2595
      for (const name of ["drop_off", "drop-off", "avtrappning"]) {
        const value = breakEvenOf(name, 1000000, ...SEED, 2);
        expect(value.minus(frac(149120, 574560)).abs().lte(BISECTION_TOLERANCE)).toBe(true);
      }
    });

    it("discount rate by bisection", () => {
      // 1 year, discounted as Excel's NPV: 574 560 / (1 + r) = 500 000 → r = 0.14912
      for (const name of ["discount_rate", "diskonteringsränta"]) {
        const value = breakEvenOf(name, 500000, ...SEED, 1, 0, 0.03);
        expect(value.minus("0.14912").abs().lte(BISECTION_TOLERANCE)).toBe(true);
      }
    });
  });

  describe("no solution: #N/A naming the searched interval", () => {
    it("outcome rate would have to exceed 1", () => {
      // 0.7 × 1 000 000 / 574 560 ≈ 1.22 > 1
      const error = caught(() => breakEvenOf("outcome_rate", 1000000, ...SEED));
      expect([error.code, error.detail]).toEqual(["NA", { kind: "noSolution", argument: "outcome_rate", low: "0", high: "1" }]);
      expect(errorMessage(error, "en")).toBe("No value of outcome_rate between 0 and 1 makes the value equal the investment.");
      expect(errorMessage(error, "sv")).toContain("utfallsandel");
    });

    it("the proxy does nothing when the quantity is 0", () => {
      const error = caught(() => breakEvenOf("proxy", 1000, 0, 0.7, 0.2, 0.05, 0.1, 15000));
      expect(error.detail).toEqual({ kind: "noSolution", argument: "proxy", low: "−∞", high: "∞" });
    });

    it("no benefit period up to 100 years reaches the investment", () => {
      // 100 × 574 560 = 57 456 000 < 100 000 000
      const error = caught(() => breakEvenOf("år", 100000000, ...SEED));
      expect(error.detail).toEqual({ kind: "noSolution", argument: "years", low: "1", high: "100" });
    });

    it("the discount rate would have to be far above 99 %", () => {
      // 574 560 / (1 + r) = 100 → r = 5 744.6
      const error = caught(() => breakEvenOf("discount_rate", 100, ...SEED));
      expect(error.detail).toEqual({ kind: "noSolution", argument: "discount_rate", low: "-0.99", high: "0.99" });
    });
  });

  describe("bad arguments", () => {
    it("an unknown assumption is #VALUE! listing the names in both languages", () => {
      const error = caught(() => breakEvenOf("benefit", 1000, ...SEED));
      expect(error.code).toBe("VALUE");
      expect(error.detail.kind).toBe("unknownName");
      const allowed = (error.detail as { allowed: readonly string[] }).allowed;
      expect(allowed).toEqual(expect.arrayContaining(["deadweight", "dödvikt", "proxy", "diskonteringsränta"]));
      expect(errorMessage(error, "en")).toContain('assumption "benefit" is not known; use one of: quantity, outcome_rate');
    });

    it("a number or a blank as the assumption is #VALUE!", () => {
      expect(caught(() => breakEvenOf(3, 1000, ...SEED)).detail.kind).toBe("unknownName");
      expect(caught(() => breakEvenOf(null, 1000, ...SEED)).detail).toEqual({ kind: "required", argument: "assumption" });
      expect(
        errorMessage(
          caught(() => breakEvenOf("", 1000, ...SEED)),
          "en",
        ),
      ).toBe("assumption is required but was blank.");
      // Text of spaces is text, as in Excel: an unknown name, not a blank.
      expect(caught(() => breakEvenOf("  ", 1000, ...SEED)).detail).toMatchObject({ kind: "unknownName", given: "  " });
    });

    it("validates the other arguments as SROI.VALUE does", () => {
      expect(caught(() => breakEvenOf("proxy", 1000, 80, 0.7, 20, 0.05, 0.1, 15000)).detail).toMatchObject({
        kind: "percentLike",
        argument: "deadweight",
        given: 20,
      });
      expect(caught(() => breakEvenOf("proxy", -5, ...SEED)).detail.kind).toBe("outOfRange");
      expect(caught(() => breakEvenOf("proxy", 1000, ...SEED, 1.5)).detail.kind).toBe("notInteger");
      expect(caught(() => breakEvenOf("proxy", 1000, ...SEED, 1, 0, -1.5)).detail.kind).toBe("outOfRange");
      expect(caught(() => breakEvenOf("proxy", 1000, ...SEED, 1, 0, 3.5)).detail.kind).toBe("percentLike");
    });
  });
});

describe("readAssumption", () => {
  it("reads every English and Swedish name to its id", () => {
    const ids = ["quantity", "outcome_rate", "deadweight", "attribution", "displacement", "proxy", "years", "drop_off", "discount_rate"];
    const swedish = [
      "antal",
      "utfallsandel",
      "dödvikt",
      "tillskrivning",
      "undanträngning",
      "proxy",
      "år",
      "avtrappning",
      "diskonteringsränta",
    ];
    expect(ids.map((n) => readAssumption("assumption", n))).toEqual(ids);
    expect(swedish.map((n) => readAssumption("assumption", n))).toEqual(ids);
    expect(assumptionNames()).toEqual([...ids, ...swedish.filter((n) => n !== "proxy")]);
  });
});
