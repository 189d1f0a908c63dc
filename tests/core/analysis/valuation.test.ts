import fc from "fast-check";
import { evaluateImpactMap, presentValue, valueProfile } from "../../../src/core";
import { discountTable, presentValueFactor, rowPresentValue, totalPresentValue, valueMap } from "../../../src/core/analysis";
import { TWO_ROWS, d, expectClose, frac, row } from "./helpers";

describe("discountTable", () => {
  it("holds v = 1 / (1 + r) and the running sums of vᵗ", () => {
    // r = 0.1: 1/1.1 = 10/11; + 1/1.21 = 210/121; + 1/1.331 = 3 310/1 331
    const table = discountTable(d("0.1"), 3);
    expectClose(table.v, frac(10, 11));
    expectClose(table.cumulative[0], frac(10, 11));
    expectClose(table.cumulative[1], frac(210, 121));
    expectClose(table.cumulative[2], frac(3310, 1331));
  });

  it("is exactly 1, 2, 3 … at rate 0", () => {
    expect(discountTable(d(0), 3).cumulative.map(String)).toEqual(["1", "2", "3"]);
  });
});

describe("presentValueFactor", () => {
  it("sums (1 − d)^(t − 1) vᵗ", () => {
    // r = 0, d = 0.5, 3 years: 1 + 0.5 + 0.25 = 1.75
    expect(presentValueFactor(discountTable(d(0), 3), d("0.5"), 3).toString()).toBe("1.75");
    // r = 0.1, d = 0.5, 2 years: 1/1.1 + 0.5/1.21 = 110/121 + 50/121 = 160/121
    expectClose(presentValueFactor(discountTable(d("0.1"), 2), d("0.5"), 2), frac(160, 121));
    // beyond the table without drop-off: r = 0, 5 years → 5
    expect(presentValueFactor(discountTable(d(0), 2), d(0), 5).toString()).toBe("5");
  });
});

describe("valueMap", () => {
  it("values the seed 000 outcome against an investment", () => {
    // 574 560 against 400 000 paid at the start: ratio 1.4364, net 174 560
    const seed = row({ quantity: 80, outcomeRate: 0.7, deadweight: 0.2, attribution: 0.05, displacement: 0.1, proxy: 15000 });
    const result = valueMap([seed], d(0), [d(400000)]);
    expect([result.totalPresentValue.toString(), result.ratio?.toString(), result.netValue.toString()]).toEqual([
      "574560",
      "1.4364",
      "174560",
    ]);
  });

  it("gives no ratio for a zero investment", () => {
    const result = valueMap(TWO_ROWS, d(0), [d(0)]);
    expect(result.ratio).toBeNull();
    expect(result.netValue.toString()).toBe("6900");
  });

  describe("properties", () => {
    const anyRow = fc.record({
      quantity: fc.integer({ min: 0, max: 1000 }),
      outcomeRate: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      deadweight: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      attribution: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      displacement: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      proxy: fc.integer({ min: -50_000, max: 100_000 }),
      years: fc.integer({ min: 1, max: 30 }),
      dropOff: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    });
    const rate = fc.integer({ min: -50, max: 99 }).map((x) => d(x).div(1000));

    it("a row's PV equals the core's presentValue(valueProfile(row)) to 35 digits", () => {
      fc.assert(
        fc.property(anyRow, rate, (input, r) => {
          const outcome = row(input);
          expectClose(rowPresentValue(outcome, discountTable(r, outcome.years)), presentValue(valueProfile(outcome), r), 35);
        }),
      );
    });

    it("agrees with evaluateImpactMap", () => {
      fc.assert(
        fc.property(
          fc.array(anyRow, { maxLength: 6 }),
          rate,
          fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 4 }),
          (inputs, r, paid) => {
            const rows = inputs.map(row);
            const investment = paid.map((x) => d(x));
            const expected = evaluateImpactMap(rows, r, investment);
            const actual = valueMap(rows, r, investment);
            expectClose(actual.totalPresentValue, expected.totalPresentValue, 35);
            expectClose(actual.netValue, expected.netValue, 35);
            expectClose(actual.ratio, expected.ratio ?? d(0), 35);
            expectClose(totalPresentValue(rows, r), expected.totalPresentValue, 35);
          },
        ),
      );
    });
  });
});
