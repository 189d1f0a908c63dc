import fc from "fast-check";
import { Dec, isSroiError } from "../../../src/core";
import { Assumption, Step, TornadoBar, moveAssumption, tornado } from "../../../src/core/analysis";
import { TWO_ROWS, d, expectClose, frac, row } from "./helpers";

const TEN_PERCENT: Step = { kind: "relative", size: d("0.1") };
const options = { step: TEN_PERCENT, steps: { discount_rate: { kind: "absolute", size: d("0.1") } as Step } };

function bar(bars: readonly TornadoBar[], assumption: Assumption): TornadoBar {
  return bars.find((b) => b.assumption === assumption) as TornadoBar;
}

describe("tornado", () => {
  describe("two-row map by hand (rate 0, investment 6 000, base PV 6 900, ratio 1.15)", () => {
    const result = tornado(TWO_ROWS, d(0), [d(6000)], options);

    it("values the base map", () => {
      // 6 900 / 6 000 = 1.15; 6 900 − 6 000 = 900
      expect(result.base.ratio?.toString()).toBe("1.15");
      expect(result.base.netValue.toString()).toBe("900");
    });

    it("moves quantity and proxy by ±10 % in every row", () => {
      // every value × 0.9: 6 900 × 0.9 = 6 210 → 6 210 / 6 000 = 1.035, net 210
      // every value × 1.1: 6 900 × 1.1 = 7 590 → 1.265, net 1 590; swing 1.265 − 1.035 = 0.23
      for (const a of ["quantity", "proxy"] as const) {
        const b = bar(result.bars, a);
        expect([b.down.ratio?.toString(), b.up.ratio?.toString()]).toEqual(["1.035", "1.265"]);
        expect([b.down.netValue.toString(), b.up.netValue.toString()]).toEqual(["210", "1590"]);
        expect(b.ratioSwing?.toString()).toBe("0.23");
      }
      expect(bar(result.bars, "quantity").down.values.map(String)).toEqual(["9", "18"]);
    });

    it("clamps the outcome rate at 1", () => {
      // down: A 0.45 → 5 400, B 0.9 → 810: 6 210 → 1.035
      // up:   A 0.55 → 6 600, B 1.1 clamped to 1 → 900: 7 500 → 1.25; swing 0.215
      const b = bar(result.bars, "outcome_rate");
      expect([b.down.ratio?.toString(), b.up.ratio?.toString(), b.ratioSwing?.toString()]).toEqual(["1.035", "1.25", "0.215"]);
      expect(b.up.values.map(String)).toEqual(["0.55", "1"]);
      expect([b.down.clamped, b.up.clamped]).toEqual([false, true]);
    });

    it("moves the shares, lowering value as they rise", () => {
      // deadweight A 0.18: 10 × 0.5 × 0.82 × 1 000 = 4 100 → 4 100 + 2 050 + 900 = 7 050 → 1.175
      //            A 0.22: 3 900 → 5 850 + 900 = 6 750 → 1.125 (B's 0 stays 0)
      // attribution B 0.45: 20 × 0.55 × 0.9 × 100 = 990 → 6 990 → 1.165; B 0.55: 810 → 6 810 → 1.135
      // displacement B 0.09: 20 × 0.5 × 0.91 × 100 = 910 → 6 910 / 6 000; B 0.11: 890 → 6 890 / 6 000
      expect(bar(result.bars, "deadweight").down.ratio?.toString()).toBe("1.175");
      expect(bar(result.bars, "deadweight").up.ratio?.toString()).toBe("1.125");
      expect(bar(result.bars, "attribution").down.ratio?.toString()).toBe("1.165");
      expect(bar(result.bars, "attribution").up.ratio?.toString()).toBe("1.135");
      expectClose(bar(result.bars, "displacement").down.ratio, frac(6910, 6000));
      expectClose(bar(result.bars, "displacement").up.ratio, frac(6890, 6000));
    });

    it("moves years to whole years away from the base, at least 1", () => {
      // down: A 2 × 0.9 = 1.8 → 1 year: 4 000; B 0.9 → 0 → clamped to 1: 900 → 4 900 / 6 000
      // up:   A 2.2 → 3 years: 4 000 + 2 000 + 1 000 = 7 000; B 1.1 → 2 years: 1 800 → 8 800 / 6 000
      // swing 8 800 / 6 000 − 4 900 / 6 000 = 3 900 / 6 000 = 0.65
      const b = bar(result.bars, "years");
      expect([b.down.values.map(String), b.up.values.map(String)]).toEqual([
        ["1", "1"],
        ["3", "2"],
      ]);
      expectClose(b.down.ratio, frac(4900, 6000));
      expectClose(b.up.ratio, frac(8800, 6000));
      expectClose(b.ratioSwing, "0.65");
      expect([b.down.clamped, b.up.clamped]).toEqual([true, false]);
    });

    it("moves drop-off", () => {
      // A 0.45: 4 000 + 4 000 × 0.55 = 6 200 → 7 100 / 6 000; A 0.55: 4 000 + 1 800 = 5 800 → 6 700 / 6 000
      const b = bar(result.bars, "drop_off");
      expectClose(b.down.ratio, frac(7100, 6000));
      expectClose(b.up.ratio, frac(6700, 6000));
    });

    it("moves the discount rate by its own absolute step of ±0.1", () => {
      // r = −0.1: A 4 000 / 0.9 + 2 000 / 0.81 = 360 000/81 + 200 000/81 = 560 000/81; B 900 / 0.9 = 81 000/81
      //          PV 641 000/81; the single investment is not discounted → ratio 641 000 / (81 × 6 000) = 641/486
      // r = +0.1: A 4 000 / 1.1 + 2 000 / 1.21 = 440 000/121 + 200 000/121; B 900 / 1.1 = 99 000/121
      //          PV 739 000/121 → ratio 739/726
      const b = bar(result.bars, "discount_rate");
      expect(b.down.values.map(String)).toEqual(["-0.1"]);
      expectClose(b.down.ratio, frac(641, 486));
      expectClose(b.up.ratio, frac(739, 726));
      expectClose(b.down.netValue, frac(641000, 81).minus(6000));
    });

    it("sorts by swing, ties in the order of the assumptions", () => {
      // swings: years 0.65, discount rate 641/486 − 739/726 ≈ 0.301, quantity 0.23, proxy 0.23,
      // outcome rate 0.215, drop-off 400/6 000 ≈ 0.067, deadweight 0.05, attribution 0.03,
      // displacement 20/6 000 ≈ 0.0033
      expect(result.bars.map((b) => b.assumption)).toEqual([
        "years",
        "discount_rate",
        "quantity",
        "proxy",
        "outcome_rate",
        "drop_off",
        "deadweight",
        "attribution",
        "displacement",
      ]);
    });
  });

  it("reports net values and sorts by their swing when the investment is zero", () => {
    const result = tornado(TWO_ROWS, d(0), [d(0)], { step: TEN_PERCENT });
    expect(result.base.ratio).toBeNull();
    expect(result.bars.every((b) => b.ratioSwing === null)).toBe(true);
    // net = PV: years 8 800 − 4 900 = 3 900 is the widest; quantity 7 590 − 6 210 = 1 380
    expect(result.bars[0].assumption).toBe("years");
    expect(bar(result.bars, "quantity").netValueSwing.toString()).toBe("1380");
  });

  it("uses absolute steps in the assumption's unit", () => {
    // deadweight ± 0.05 in every row: A 0.15 / 0.25, B 0 − 0.05 clamped to 0 / 0.05
    const result = tornado(TWO_ROWS, d(0), [d(6000)], { step: { kind: "absolute", size: d("0.05") } });
    const b = bar(result.bars, "deadweight");
    expect([b.down.values.map(String), b.up.values.map(String)]).toEqual([
      ["0.15", "0"],
      ["0.25", "0.05"],
    ]);
    expect(b.down.clamped).toBe(true);
  });

  it("rejects a negative step", () => {
    expect.assertions(2);
    try {
      tornado(TWO_ROWS, d(0), [d(6000)], { step: { kind: "relative", size: d("-0.1") } });
    } catch (e) {
      expect(isSroiError(e) && e.code).toBe("VALUE");
      expect(isSroiError(e) && e.detail.kind).toBe("outOfRange");
    }
  });

  describe("moveAssumption", () => {
    it("keeps the discount rate in [−0.99, 0.99]", () => {
      const step: Step = { kind: "absolute", size: d(2) };
      expect(moveAssumption("discount_rate", d("0.03"), step, -1)).toEqual({ value: d("-0.99"), clamped: true });
      expect(moveAssumption("discount_rate", d("0.03"), step, 1)).toEqual({ value: d("0.99"), clamped: true });
    });

    it("never moves a discount rate beyond ±0.99 (valid in the core) past its base", () => {
      // 99.5 % down by 10 % is 89.55 %; up would be 109.45 %, held at the base
      const step: Step = { kind: "relative", size: d("0.1") };
      expect(moveAssumption("discount_rate", d("0.995"), step, -1)).toEqual({ value: d("0.8955"), clamped: false });
      expect(moveAssumption("discount_rate", d("0.995"), step, 1)).toEqual({ value: d("0.995"), clamped: true });
      // a relative step scales a negative rate: −99.5 % × (1 − 10 %) = −89.55 %; × (1 + 10 %) is held at the base
      expect(moveAssumption("discount_rate", d("-0.995"), step, -1)).toEqual({ value: d("-0.8955"), clamped: false });
      expect(moveAssumption("discount_rate", d("-0.995"), step, 1)).toEqual({ value: d("-0.995"), clamped: true });
    });

    it("keeps quantity ≥ 0 and years ≤ 100", () => {
      expect(moveAssumption("quantity", d(5), { kind: "absolute", size: d(10) }, -1).value.toString()).toBe("0");
      expect(moveAssumption("years", d(99), { kind: "relative", size: d("0.5") }, 1).value.toString()).toBe("100");
    });
  });

  describe("properties", () => {
    const positiveRow = fc.record({
      quantity: fc.integer({ min: 1, max: 500 }),
      outcomeRate: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
      deadweight: fc.integer({ min: 0, max: 99 }).map((x) => x / 100),
      attribution: fc.integer({ min: 0, max: 99 }).map((x) => x / 100),
      displacement: fc.integer({ min: 0, max: 99 }).map((x) => x / 100),
      proxy: fc.integer({ min: 1, max: 100_000 }),
      years: fc.integer({ min: 1, max: 10 }),
      dropOff: fc.integer({ min: 0, max: 99 }).map((x) => x / 100),
    });
    const increasing: Assumption[] = ["quantity", "outcome_rate", "proxy", "years"];
    const decreasing: Assumption[] = ["deadweight", "attribution", "displacement", "drop_off", "discount_rate"];

    it("with positive values, raising a value-increasing assumption never lowers the ratio (and the reverse)", () => {
      fc.assert(
        fc.property(
          fc.array(positiveRow, { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 10 }),
          (inputs, stepPercent, ratePercent) => {
            const rows = inputs.map(row);
            const result = tornado(rows, d(ratePercent).div(100), [d(100_000)], {
              step: { kind: "relative", size: d(stepPercent).div(100) },
            });
            const base = result.base.ratio as Dec;
            for (const b of result.bars) {
              const [down, up] = [b.down.ratio as Dec, b.up.ratio as Dec];
              if (increasing.includes(b.assumption)) expect(down.lte(base) && base.lte(up)).toBe(true);
              if (decreasing.includes(b.assumption)) expect(down.gte(base) && base.gte(up)).toBe(true);
            }
          },
        ),
        { numRuns: 60 },
      );
    });

    it("a zero step leaves every end at the base", () => {
      fc.assert(
        fc.property(fc.array(positiveRow, { minLength: 1, maxLength: 3 }), (inputs) => {
          const result = tornado(inputs.map(row), d("0.03"), [d(5000), d(1000)], { step: { kind: "absolute", size: d(0) } });
          for (const b of result.bars) {
            expect(b.down.ratio?.eq(result.base.ratio as Dec)).toBe(true);
            expect(b.up.netValue.eq(result.base.netValue)).toBe(true);
          }
        }),
        { numRuns: 30 },
      );
    });
  });
});
