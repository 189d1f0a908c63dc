import fc from "fast-check";
import { Dec } from "../../../src/core";
import {
  Assumption,
  BreakEven,
  BISECTION_TOLERANCE,
  breakEvens,
  solveBreakEven,
  solveWhole,
  totalPresentValue,
} from "../../../src/core/analysis";
import { TWO_ROWS, d, expectClose, frac, row } from "./helpers";

function found(results: readonly BreakEven[], assumption: Assumption): Extract<BreakEven, { found: true }> {
  const result = results.find((r) => r.assumption === assumption);
  if (!result?.found) throw new Error(`${assumption}: no break-even (${JSON.stringify(result)})`);
  return result;
}

function missing(results: readonly BreakEven[], assumption: Assumption): Extract<BreakEven, { found: false }> {
  const result = results.find((r) => r.assumption === assumption);
  if (result === undefined || result.found) throw new Error(`${assumption}: expected no break-even`);
  return result;
}

describe("breakEvens", () => {
  describe("two-row map by hand, investment 6 000 (PV 6 900, ratio 1.15)", () => {
    const results = breakEvens(TWO_ROWS, d(0), [d(6000)]);

    it("scales quantity, outcome rate and proxy by investment / PV", () => {
      // value is proportional to each: factor = 6 000 / 6 900 = 20/23
      for (const a of ["quantity", "outcome_rate", "proxy"] as const) {
        const r = found(results, a);
        expect(r.parameter).toBe("factor");
        expectClose(r.at, frac(20, 23));
        expectClose(r.valuation.ratio, 1);
      }
    });

    it("solves the shares in closed form", () => {
      // deadweight × f: A without deadweight is 5 000 + 2 500 = 7 500, so PV = 7 500 (1 − 0.2 f) + 900
      //   = 8 400 − 1 500 f = 6 000 → f = 1.6 (A's deadweight 0.32)
      expectClose(found(results, "deadweight").at, "1.6");
      // attribution × f: B without attribution is 20 × 0.9 × 100 = 1 800: 6 000 + 1 800 (1 − 0.5 f) = 6 000
      //   → f = 2, the largest factor keeping B's attribution ≤ 1
      expectClose(found(results, "attribution").at, 2);
      // displacement × f: B without displacement is 20 × 0.5 × 100 = 1 000: 7 000 − 100 f = 6 000 → f = 10 = 1 / 0.1
      expectClose(found(results, "displacement").at, 10);
    });

    it("finds drop-off by bisection", () => {
      // drop-off × f (only A has one): 4 000 + 4 000 (1 − 0.5 f) + 900 = 8 900 − 2 000 f = 6 000 → f = 1.45
      const r = found(results, "drop_off");
      expectClose(r.at, "1.45", 19);
      expect(r.at.minus("1.45").abs().lte(BISECTION_TOLERANCE)).toBe(true);
    });

    it("finds the discount rate by bisection", () => {
      // with v = 1 / (1 + r): 4 000 v + 2 000 v² + 900 v = 6 000 → 2 000 v² + 4 900 v − 6 000 = 0
      // v = (−4 900 + √(4 900² + 4 · 2 000 · 6 000)) / 4 000 = (−4 900 + √72 010 000) / 4 000; r = 1/v − 1 ≈ 0.11549
      const v = d(72_010_000).sqrt().minus(4900).div(4000);
      const r = found(results, "discount_rate");
      expect(r.parameter).toBe("value");
      expectClose(r.at, d(1).div(v).minus(1), 19);
    });

    it("finds no crossing of 1 for years: the ratio stays above 1 even with the shortest periods", () => {
      // offset 0 already gives B its shortest period (1 year); longer periods only add value
      const r = missing(results, "years");
      expect([r.parameter, r.reason, r.interval.low?.toString(), r.interval.high?.toString()]).toEqual([
        "offset",
        "alwaysAbove",
        "0",
        "98",
      ]);
    });
  });

  describe("two-row map by hand, investment 8 000 (ratio 0.8625)", () => {
    const results = breakEvens(TWO_ROWS, d(0), [d(8000)]);

    it("needs a larger proxy: factor 8 000 / 6 900", () => {
      expectClose(found(results, "proxy").at, frac(80, 69));
    });

    it("finds no outcome rate: factor 80/69 would lift B's rate of 1 above 1", () => {
      const r = missing(results, "outcome_rate");
      expect(r.reason).toBe("noneInRange");
      expect([r.interval.low?.toString(), r.interval.high?.toString()]).toEqual(["0", "1"]);
    });

    it("lowers deadweight and finds no attribution below 0", () => {
      // 8 400 − 1 500 f = 8 000 → f = 4/15; 7 800 − 900 f = 8 000 → f = −2/9 < 0
      expectClose(found(results, "deadweight").at, frac(4, 15));
      expect(missing(results, "attribution").reason).toBe("noneInRange");
    });

    it("adds one year to every row", () => {
      // +1: A 4 000 + 2 000 + 1 000, B 900 + 900 → 8 800 ≥ 8 000 (ratio 1.1); +0 gives 6 900 < 8 000
      const r = found(results, "years");
      expect([r.at.toString(), r.valuation.ratio?.toString()]).toEqual(["1", "1.1"]);
    });
  });

  describe("years on several rows", () => {
    const yearly = (years: number, proxy: number, dropOff = 0) =>
      row({ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy, years, dropOff });

    it("says alwaysAbove, not a break-even at the bottom of the range, when even the shortest periods reach 1", () => {
      // 3 and 5 years of 10 000: PV 80 000 against 10 000; at offset −2 (1 and 3 years) still 40 000
      const r = missing(breakEvens([yearly(3, 1000), yearly(5, 1000)], d(0), [d(10000)]), "years");
      expect([r.reason, r.interval.low?.toString(), r.interval.high?.toString()]).toEqual(["alwaysAbove", "-2", "95"]);
    });

    it("finds the crossing below the base: one year fewer still reaches 1, two do not", () => {
      // against 50 000: offset −2 gives 10 000 + 30 000 = 40 000; −1 gives 20 000 + 40 000 = 60 000
      const r = found(breakEvens([yearly(3, 1000), yearly(5, 1000)], d(0), [d(50000)]), "years");
      expect([r.at.toString(), r.falls, r.valuation.ratio?.toString()]).toEqual(["-1", false, "1.2"]);
    });

    it("finds where a lasting harm pulls the ratio below 1 above the base", () => {
      // a benefit of 10 000 fading by 90 % a year and a harm of 1 500 a year, against 5 000:
      // offsets 0…4 give 8 500, 8 000, 6 600, 5 110 and 3 611 (ratios 1.7 … 1.022, then 0.7222)
      const r = found(breakEvens([yearly(1, 1000, 0.9), yearly(1, -150)], d(0), [d(5000)]), "years");
      expect([r.at.toString(), r.falls, r.valuation.ratio?.toString()]).toEqual(["4", true, "0.7222"]);
    });
  });

  describe("solveWhole", () => {
    // below 0 up to −3, at or above 0 from −2 to 4, below again from 5
    const gap = (x: Dec): Dec => (x.lte(-3) || x.gte(5) ? d(-1) : d(1));

    it("takes the crossing nearest the base, either way", () => {
      expect(solveWhole(gap, -10, 10, 0)).toEqual({ found: true, at: d(-2), falls: false });
      expect(solveWhole(gap, -10, 10, 3)).toEqual({ found: true, at: d(5), falls: true });
    });

    it("tells a gap above 0 everywhere from one below 0 everywhere", () => {
      expect(solveWhole(() => d(2), 1, 5, 1)).toEqual({ found: false, reason: "alwaysAbove" });
      expect(solveWhole(() => d(-2), 1, 5, 1)).toEqual({ found: false, reason: "noneInRange" });
    });
  });

  it("reports no effect when a factor moves nothing", () => {
    // neither row has displacement or drop-off: a factor on zeros changes nothing
    const plain = row({ quantity: 20, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 100 });
    const results = breakEvens([plain, plain], d(0), [d(1000)]);
    expect(missing(results, "displacement").reason).toBe("noEffect");
    expect(missing(results, "drop_off").reason).toBe("noEffect");
  });

  it("reports zeroInvestment for every assumption when there is no investment", () => {
    const results = breakEvens(TWO_ROWS, d("0.03"), [d(0), d(0)]);
    expect(results.map((r) => (r.found ? "found" : r.reason))).toEqual(new Array(9).fill("zeroInvestment"));
  });

  it("reports no effect for an empty map", () => {
    expect(breakEvens([], d(0), [d(100)]).every((r) => !r.found && r.reason === "noEffect")).toBe(true);
  });

  describe("properties", () => {
    const positiveRow = fc.record({
      quantity: fc.integer({ min: 1, max: 500 }),
      outcomeRate: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
      deadweight: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
      attribution: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
      displacement: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
      proxy: fc.integer({ min: 1, max: 100_000 }),
      years: fc.integer({ min: 1, max: 8 }),
      dropOff: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
    });

    it("break-even factor × PV = investment PV for the linear assumptions", () => {
      fc.assert(
        fc.property(
          fc.array(positiveRow, { minLength: 2, maxLength: 5 }),
          fc.integer({ min: 1, max: 10_000_000 }),
          fc.integer({ min: 0, max: 8 }),
          (inputs, investment, ratePercent) => {
            const rows = inputs.map(row);
            const rate = d(ratePercent).div(100);
            const pv = totalPresentValue(rows, rate);
            for (const a of ["quantity", "proxy"] as const) {
              const r = solveBreakEven(rows, rate, [d(investment)], a);
              if (!r.found) throw new Error(`${a}: not found`);
              expectClose(r.at.times(pv), investment, 30);
            }
          },
        ),
        { numRuns: 50 },
      );
    });

    it("every break-even found, whole years aside, has ratio 1", () => {
      fc.assert(
        fc.property(fc.array(positiveRow, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 2_000_000 }), (inputs, investment) => {
          const results = breakEvens(inputs.map(row), d("0.035"), [d(investment)]);
          for (const r of results) if (r.found && r.assumption !== "years") expectClose(r.valuation.ratio as Dec, 1, 15);
        }),
        { numRuns: 25 },
      );
    });
  });
});
