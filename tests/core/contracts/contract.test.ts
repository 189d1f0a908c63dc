import fc from "fast-check";
import { Dec } from "../../../src/core";
import { breakEvenAchievement, cappedPayments, errorMessage, evaluateContract, readContract } from "../../../src/core";
import { caught, d, ds, expectNear, strings } from "../helpers";
import { WORKED_CONTRACT } from "./example";

describe("evaluateContract", () => {
  describe("the worked example of issue 18 (figures by hand)", () => {
    const result = evaluateContract(WORKED_CONTRACT);
    const years = (pick: (y: (typeof result.years)[number]) => { toString(): string }) => result.years.map((y) => pick(y).toString());

    it("pays the outcomes, the last year capped", () => {
      // Year 1: 5 × 60 000 + 8 × 20 000 = 300 000 + 160 000 = 460 000.
      // Year 2: 10 × 60 000 + 10 × 20 000 = 800 000 (paid so far 1 260 000 ≤ 2 000 000).
      // Year 3: 12 × 60 000 + 10 × 20 000 = 920 000 uncapped; the cap leaves 2 000 000 − 1 260 000 = 740 000.
      expect(years((y) => y.uncapped)).toEqual(["460000", "800000", "920000"]);
      expect(years((y) => y.outcomePayments)).toEqual(["460000", "800000", "740000"]);
      expect(result.totals.outcomePayments.toString()).toBe("2000000");
    });

    it("adds the fixed fee to total payments", () => {
      // 460 000 + 100 000, 800 000 + 100 000, 740 000 + 100 000 = 560 000, 900 000, 840 000; Σ 2 300 000.
      expect(years((y) => y.payments)).toEqual(["560000", "900000", "840000"]);
      expect(result.totals.payments.toString()).toBe("2300000");
    });

    it("gives the commissioner's savings, net and present value", () => {
      // Savings: 5 × 110 000 + 8 × 35 000 = 830 000; 10 × 110 000 + 10 × 35 000 = 1 450 000;
      // 12 × 110 000 + 10 × 35 000 = 1 670 000; Σ 3 950 000.
      expect(years((y) => y.savings)).toEqual(["830000", "1450000", "1670000"]);
      expect(result.totals.savings.toString()).toBe("3950000");
      // Net = savings − payments: 270 000, 550 000, 830 000; Σ 1 650 000.
      expect(years((y) => y.commissionerNet)).toEqual(["270000", "550000", "830000"]);
      expect(result.totals.commissionerNet.toString()).toBe("1650000");
      // PV at 3.5 %, end of year: 270 000 / 1.035 = 260 869.5652; 550 000 / 1.071225 = 513 430.8852;
      // 830 000 / 1.108717875 = 748 612.4457; Σ = 1 522 912.8961 → 1 522 912.90.
      expect(result.commissionerPresentValue.toFixed(2)).toBe("1522912.90");
    });

    it("gives the investor's flows, position, IRR and money multiple", () => {
      // Payments − delivery cost: 560 000 − 800 000 = −240 000; 900 000 − 700 000 = 200 000; 840 000 − 700 000 = 140 000.
      expect(years((y) => y.investorNet)).toEqual(["-240000", "200000", "140000"]);
      expect(years((y) => y.investorPosition)).toEqual(["-240000", "-40000", "100000"]);
      // IRR: −240 000 + 200 000 x + 140 000 x² = 0 with x = 1 / (1 + r): 7x² + 10x − 12 = 0,
      // x = (−10 + √436) / 14 = 0.777186644…, r = 1/x − 1 = 0.2866922090758… → 28.67 %.
      expect(result.investorIrr.kind).toBe("rate");
      if (result.investorIrr.kind === "rate") expectNear(result.investorIrr.rate, "0.286692209075879181646", 12);
      // Money multiple 2 300 000 / 2 200 000 = 1.04545… → 1.0455.
      expect(result.moneyMultiple?.toFixed(4)).toBe("1.0455");
    });

    it("gives the share at risk and the break-even achievement", () => {
      // 2 000 000 of 2 300 000 is paid by outcome: 0.869565…
      expect(result.shareAtRisk?.toFixed(6)).toBe("0.869565");
      // Uncapped outcome total 460 000 + 800 000 + 920 000 = 2 180 000; the payments must cover
      // 2 200 000 − 3 × 100 000 = 1 900 000 (within the cap): 1 900 000 / 2 180 000 = 0.871559… → 87.16 %.
      expect(result.breakEven).toEqual({ kind: "share", share: d(1900000).div(2180000) });
      if (result.breakEven.kind === "share") expect(result.breakEven.share.times(100).toFixed(2)).toBe("87.16");
    });
  });

  it("reads blanks as 0, ignores years after the contract and pays in full without a cap", () => {
    // 1 year: 2 × 50 = 100 outcome payment, no fee, no cost → investor 100 with no IRR (no sign change).
    const result = evaluateContract({
      years: 1,
      discountRate: 0,
      fixedFee: "",
      cap: "",
      outcomes: [{ price: 50, saving: 80, expected: [2, 99] }],
      deliveryCost: [null, 5],
    });
    expect(strings([result.totals.payments, result.totals.savings, result.totals.deliveryCost])).toEqual(["100", "160", "0"]);
    expect(result.investorIrr).toEqual({ kind: "none", reason: "noSignChange" });
    expect(result.moneyMultiple).toBeNull();
    expect(result.breakEven).toEqual({ kind: "share", share: d(0) });
  });
});

describe("cappedPayments", () => {
  it("caps cumulatively and pays nothing after the cap is reached", () => {
    // 400 + 400 = 800; year 3 gets 1 000 − 800 = 200; year 4 nothing.
    expect(strings(cappedPayments(ds(400, 400, 400, 400), d(1000)))).toEqual(["400", "400", "200", "0"]);
    expect(strings(cappedPayments(ds(400, 400), null))).toEqual(["400", "400"]);
    expect(strings(cappedPayments(ds(400, 400), d(0)))).toEqual(["0", "0"]);
  });
});

describe("breakEvenAchievement", () => {
  it("says when the cap or the outcomes cannot cover the cost", () => {
    // Need 1 000 − 100 = 900 > cap 800.
    expect(breakEvenAchievement(d(2000), d(100), d(1000), d(800))).toEqual({ kind: "none", reason: "capTooLow" });
    expect(breakEvenAchievement(d(0), d(100), d(1000), null)).toEqual({ kind: "none", reason: "noOutcomes" });
    // Need 900 of 600 expected: 1.5, i.e. 150 % of the expected outcomes.
    expect(breakEvenAchievement(d(600), d(100), d(1000), null)).toEqual({ kind: "share", share: d(1.5) });
  });
});

describe("readContract: bad input", () => {
  const bad = (change: Partial<typeof WORKED_CONTRACT>) => caught(() => readContract({ ...WORKED_CONTRACT, ...change }));

  it("rejects a negative price with a message naming the row", () => {
    const error = bad({ outcomes: [{ price: -1, saving: 1, expected: [1] }] });
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "outcomes[1].price", given: -1, allowed: { min: 0 } });
    expect(errorMessage(error, "en")).toBe("outcome 1 › price per validated outcome is -1; allowed: ≥ 0.");
    expect(errorMessage(error, "sv")).toBe("utfall 1 › pris per validerat utfall är -1; tillåtet: ≥ 0.");
  });

  it("rejects a negative delivery cost, saving or expected count", () => {
    expect(bad({ deliveryCost: [1, -5] }).detail).toMatchObject({ kind: "outOfRange", argument: "delivery_cost[2]" });
    expect(errorMessage(bad({ deliveryCost: [1, -5] }), "sv")).toBe("leveranskostnad år 2 är -5; tillåtet: ≥ 0.");
    expect(bad({ outcomes: [{ price: 1, saving: -2, expected: [] }] }).detail).toMatchObject({ argument: "outcomes[1].saving" });
    expect(bad({ outcomes: [{ price: 1, saving: 2, expected: [1, 1, -1] }] }).detail).toMatchObject({
      argument: "outcomes[1].expected[3]",
    });
  });

  it("rejects a cap below zero", () => {
    const error = bad({ cap: -100 });
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "cap", given: -100, allowed: { min: 0 } });
    expect(errorMessage(error, "en")).toBe("cap on outcome payments is -100; allowed: ≥ 0.");
  });

  it("rejects contract years outside 1–10 or not whole, and a rate typed as a percentage", () => {
    expect(bad({ years: 11 }).detail).toMatchObject({ kind: "outOfRange", argument: "contract_years" });
    expect(bad({ years: 2.5 }).detail).toMatchObject({ kind: "notInteger", argument: "contract_years" });
    expect(bad({ years: "" }).detail).toEqual({ kind: "required", argument: "contract_years" });
    expect(bad({ discountRate: 3.5 }).detail).toMatchObject({ kind: "percentLike", argument: "discount_rate" });
  });
});

describe("properties", () => {
  const amounts = fc.array(fc.integer({ min: 0, max: 5_000_000 }).map(d), { minLength: 1, maxLength: 10 });

  it("never pays more than the cap, nor more than uncapped, and pays in full up to the cap", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 20_000_000 }).map(d), (uncapped, cap) => {
        const paid = cappedPayments(uncapped, cap);
        const total = paid.reduce((a, b) => a.plus(b), d(0));
        const wanted = uncapped.reduce((a, b) => a.plus(b), d(0));
        return total.eq(Dec.min(wanted, cap)) && paid.every((p, i) => p.gte(0) && p.lte(uncapped[i]));
      }),
    );
  });

  it("breaks even: at the break-even share the payments equal the delivery cost", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 30_000_000 }),
        fc.option(fc.integer({ min: 0, max: 30_000_000 })),
        (uncapped, fee, cost, cap) => {
          const capDec = cap === null ? null : d(cap);
          const fees = d(fee).times(uncapped.length);
          const result = breakEvenAchievement(sumOf(uncapped), fees, d(cost), capDec);
          if (result.kind === "none") return true;
          const scaled = cappedPayments(
            uncapped.map((u) => u.times(result.share)),
            capDec,
          );
          const payments = fees.plus(sumOf(scaled));
          return result.share.isZero() ? payments.gte(cost) : payments.minus(cost).abs().lt("1e-20");
        },
      ),
    );
  });
});

function sumOf(values: readonly Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), d(0));
}
