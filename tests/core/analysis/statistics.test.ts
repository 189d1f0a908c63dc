import fc from "fast-check";
import { histogram, percentile, sortDecimals, summarise } from "../../../src/core/analysis";
import { d } from "./helpers";

const ONE_TO_FIVE = [1, 2, 3, 4, 5].map(d);

describe("percentile", () => {
  it("interpolates as Excel's PERCENTILE.INC", () => {
    // rank (5 − 1) × 0.1 = 0.4 → 1 + 0.4 × (2 − 1) = 1.4; 0.5 → rank 2 → 3; 0.9 → rank 3.6 → 4.6
    expect([d("0.1"), d("0.5"), d("0.9"), d(1), d(0)].map((p) => percentile(ONE_TO_FIVE, p).toString())).toEqual([
      "1.4",
      "3",
      "4.6",
      "5",
      "1",
    ]);
  });

  it("returns the one value of a single-value list", () => {
    expect(percentile([d(7)], d("0.9")).toString()).toBe("7");
  });
});

describe("summarise", () => {
  it("gives the mean and P10 / P50 / P90", () => {
    const s = summarise(ONE_TO_FIVE);
    expect([s.mean, s.p10, s.p50, s.p90].map(String)).toEqual(["3", "1.4", "3", "4.6"]);
  });
});

describe("histogram", () => {
  it("counts values in equal bins, the largest in the last", () => {
    // 0 … 10 in 5 bins of 2: [0, 2) holds 0 and 1; [2, 4) 2 and 3; [4, 6) 4; [8, 10] 10
    const h = histogram([0, 1, 2, 3, 4, 10].map(d), 5);
    expect(h.edges.map(String)).toEqual(["0", "2", "4", "6", "8", "10"]);
    expect(h.counts).toEqual([2, 2, 1, 0, 1]);
  });

  it("puts equal values in one bin", () => {
    expect(histogram([d(2), d(2)], 10)).toEqual({ edges: [d(2), d(2)], counts: [2] });
  });

  it("counts every value once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (xs, bins) => {
          const h = histogram(sortDecimals(xs.map(d)), bins);
          expect(h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
          expect(h.edges.length).toBe(h.counts.length + 1);
        },
      ),
    );
  });
});
