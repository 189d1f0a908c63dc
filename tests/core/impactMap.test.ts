import { ImpactRowInput, evaluateImpactMap, parseImpactRow } from "../../src/core";
import { caught, d, ds, expectNear, strings } from "./helpers";

/**
 * A small map worked by hand.
 * A: seed 000's safety outcome, 1 year: 574 560.
 * B: 10 × 1 000, 3 years, drop-off 50 %: 10 000, 5 000, 2 500.
 * C: a harm of 2 000 a year for 2 years: −2 000, −2 000.
 */
const inputs: ImpactRowInput[] = [
  {
    stakeholder: "Participants",
    payer: "Kommun",
    dimension: "social",
    quantity: 80,
    outcomeRate: 0.7,
    deadweight: 0.2,
    attribution: 0.05,
    displacement: 0.1,
    proxy: 15000,
  },
  {
    stakeholder: " participants",
    payer: "Region",
    dimension: "economic",
    quantity: 10,
    outcomeRate: 1,
    deadweight: 0,
    attribution: 0,
    displacement: 0,
    proxy: 1000,
    years: 3,
    dropOff: 0.5,
  },
  {
    stakeholder: "Environment",
    payer: null,
    dimension: "environmental",
    quantity: 1,
    outcomeRate: 1,
    deadweight: 0,
    attribution: 0,
    displacement: 0,
    proxy: -2000,
    years: 2,
  },
];
const rows = inputs.map(parseImpactRow);
const groups = (list: readonly { key: string; total: { toString(): string } }[]) => list.map((g) => [g.key, g.total.toString()]);

describe("parseImpactRow", () => {
  it("trims labels and reads a missing label as blank", () => {
    expect([rows[1].stakeholder, rows[2].payer]).toEqual(["participants", ""]);
  });
  it("shows a numeric label as text", () => {
    expect(parseImpactRow({ ...inputs[0], stakeholder: 2024 }).stakeholder).toBe("2024");
  });
  it("validates the assumptions like parseOutcome", () => {
    expect(caught(() => parseImpactRow({ ...inputs[0], deadweight: 20 })).detail).toMatchObject({
      kind: "percentLike",
      argument: "deadweight",
    });
  });
});

describe("evaluateImpactMap", () => {
  describe("undiscounted, single investment 500 000", () => {
    const result = evaluateImpactMap(rows, d(0), ds(500000));
    it("gives each row's year-1 value, profile and PV", () => {
      expect(result.rows.map((r) => r.yearOne.toString())).toEqual(["574560", "10000", "-2000"]);
      expect(result.rows.map((r) => strings(r.profile))).toEqual([["574560"], ["10000", "5000", "2500"], ["-2000", "-2000"]]);
      expect(result.rows.map((r) => r.presentValue.toString())).toEqual(["574560", "17500", "-4000"]);
    });
    it("sums the years over rows", () => {
      // [574 560 + 10 000 − 2 000, 5 000 − 2 000, 2 500]
      expect(strings(result.yearly)).toEqual(["582560", "3000", "2500"]);
    });
    it("totals by stakeholder, payer and dimension", () => {
      expect(groups(result.byStakeholder)).toEqual([
        ["Participants", "592060"],
        ["Environment", "-4000"],
      ]);
      expect(groups(result.byPayer)).toEqual([
        ["Kommun", "574560"],
        ["Region", "17500"],
        ["", "-4000"],
      ]);
      expect(groups(result.byDimension)).toEqual([
        ["social", "574560"],
        ["economic", "17500"],
        ["environmental", "-4000"],
      ]);
    });
    it("gives total PV, ratio, net value and payback", () => {
      // 574 560 + 17 500 − 4 000 = 588 060; 588 060 / 500 000 = 1.17612; net 88 060;
      // payback 12 × 500 000 / 582 560 = 10.29936830541060148310903597912661356770…
      expect(result.totalPresentValue.toString()).toBe("588060");
      expect(result.investmentPresentValue.toString()).toBe("500000");
      expect(result.ratio?.toString()).toBe("1.17612");
      expect(result.netValue.toString()).toBe("88060");
      expectNear(result.paybackMonths!, "10.2993683054106014831090359791266135677", 35);
    });
  });

  describe("at 10 % with a yearly investment 300 000, 300 000", () => {
    const result = evaluateImpactMap(rows, d(0.1), ds(300000, 300000));
    it("discounts every row from year 1", () => {
      // Over 1.331: A = 574 560 × 1.21 = 695 217.6; B = 10 000 × 1.21 + 5 000 × 1.1 + 2 500 = 20 100;
      // C = −(2 000 × 1.21 + 2 000 × 1.1) = −4 620. Total 710 697.6 / 1.331 = 533 957.625845229151014274981…
      expectNear(result.rows[0].presentValue, "522327.2727272727272727272727272727272727", 30);
      expectNear(result.totalPresentValue, "533957.6258452291510142749812171299774606", 30);
      // Investment 300 000 + 300 000 / 1.1 = 572 727.27…; ratio 0.932306965761511216056670602125…
      expectNear(result.investmentPresentValue, "572727.2727272727272727272727272727272727", 30);
      expectNear(result.ratio!, "0.9323069657615112160566706021251475796930", 35);
    });
    it("has no payback when the second investment is never covered", () => {
      // Year 1: −300 000 + 582 560/1.1 = −300 000 + 529 600 = 229 600 (covered at 6.8 months), but year 2
      // starts with −272 727.27 → −43 127.27 + 3 000/1.21 = −40 647.93; year 3 adds 2 500/1.331 = 1 878.29: still < 0.
      expect(result.paybackMonths).toBeNull();
    });
  });

  it("has no ratio for a zero investment, but a net value and payback at month 0", () => {
    const result = evaluateImpactMap(rows, d(0), ds(0));
    expect(result.ratio).toBeNull();
    expect(result.netValue.toString()).toBe("588060");
    expect(result.paybackMonths?.toString()).toBe("0");
  });

  it("handles an empty map", () => {
    const result = evaluateImpactMap([], d(0.035), ds(1000));
    expect(result.totalPresentValue.toString()).toBe("0");
    expect(result.yearly).toEqual([]);
    expect(result.ratio?.toString()).toBe("0");
    expect(result.paybackMonths).toBeNull();
  });
});
