import fc from "fast-check";
import { flowsPresentValue, internalRate } from "../../../src/core";
import { d, ds, expectNear } from "../helpers";

describe("internalRate", () => {
  it("solves a two-year flow exactly", () => {
    // −100 + 110 / (1 + r) = 0 → r = 10 %.
    expect(internalRate(ds(-100, 110))).toEqual({ kind: "rate", rate: d("0.1") });
  });

  it("finds a negative rate", () => {
    // −100 + 50 / (1 + r) + 30 / (1 + r)² = 0 → 30x² + 50x − 100 = 0, x = (−50 + √14 500) / 60
    // = 1.173599…, r = 1/x − 1 = −0.147919… (checked with Excel's IRR: −14.79 %).
    const result = internalRate(ds(-100, 50, 30));
    expect(result.kind).toBe("rate");
    if (result.kind === "rate") expect(result.rate.toFixed(6)).toBe("-0.147920");
  });

  it("ignores leading zeros as Excel does (a constant factor of the NPV)", () => {
    const a = internalRate(ds(-240000, 200000, 140000));
    const b = internalRate(ds(0, -240000, 200000, 140000));
    expect(a.kind === "rate" && b.kind === "rate" && a.rate.minus(b.rate).abs().lt("1e-12")).toBe(true);
  });

  it("says there is no IRR when the flows never change sign", () => {
    expect(internalRate(ds(100, 200))).toEqual({ kind: "none", reason: "noSignChange" });
    expect(internalRate(ds(-100, 0, -5))).toEqual({ kind: "none", reason: "noSignChange" });
    expect(internalRate(ds(0, 0))).toEqual({ kind: "none", reason: "noSignChange" });
  });

  it("says there is no IRR when the sign changes but NPV never reaches 0", () => {
    // 100 − 300 / (1 + r) + 250 / (1 + r)²: with x = 1/(1 + r), 250x² − 300x + 100 has discriminant
    // 90 000 − 100 000 < 0, so it is positive for every rate.
    expect(internalRate(ds(100, -300, 250))).toEqual({ kind: "none", reason: "noRoot" });
  });

  describe("properties", () => {
    const flows = fc
      .tuple(
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => d(-n)),
        fc.array(fc.integer({ min: -2_000_000, max: 10_000_000 }).map(d), { minLength: 1, maxLength: 9 }),
      )
      .filter(([, rest]) => rest.some((f) => f.gt(0)));

    it("makes the NPV of the flows (nearly) zero at the IRR", () => {
      fc.assert(
        fc.property(flows, ([first, rest]) => {
          const all = [first, ...rest];
          const result = internalRate(all);
          if (result.kind !== "rate") return true; // several sign changes may have no root
          // The NPV's own scale at that rate: Σ |flowₜ| / (1 + r)^t.
          const scale = flowsPresentValue(
            all.map((f) => f.abs()),
            result.rate,
          );
          return flowsPresentValue(all, result.rate).abs().lte(scale.times("1e-10"));
        }),
      );
    });

    it("finds the one IRR of a conventional investment (one outflow, then inflows)", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 10_000_000 }),
          fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 9 }),
          (out, ins) => {
            fc.pre(ins.some((x) => x > 0));
            const result = internalRate([d(-out), ...ins.map(d)]);
            return result.kind === "rate" && result.rate.gt(-1);
          },
        ),
      );
    });
  });

  it("is accurate to 1e-10 on the worked example", () => {
    const result = internalRate(ds(-240000, 200000, 140000));
    if (result.kind !== "rate") throw new Error("no rate");
    expectNear(result.rate, "0.2866922090758791816", 12);
  });
});
