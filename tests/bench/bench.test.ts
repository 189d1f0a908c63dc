import { evaluateWithCore } from "./viaCore";
import { evaluateWithFloat } from "./viaFloat";
import { evaluateWithHyperFormula, hyperFormulaSheets } from "./viaHyperFormula";
import { BenchRow, BenchSummary, PROFILE_YEARS, Workload, largestDifference, makeWorkload, prng } from "./workload";

const implementations: [string, (w: Workload) => BenchSummary][] = [
  ["core", evaluateWithCore],
  ["HyperFormula", evaluateWithHyperFormula],
  ["float", evaluateWithFloat],
];

describe("makeWorkload", () => {
  const workload = makeWorkload(200);
  it("is deterministic for a seed and differs between seeds", () => {
    expect(makeWorkload(200)).toEqual(workload);
    expect(makeWorkload(200, 7).rows).not.toEqual(workload.rows);
  });
  it("holds realistic inputs", () => {
    const shares: (keyof BenchRow)[] = ["outcomeRate", "deadweight", "attribution", "displacement", "dropOff"];
    for (const row of workload.rows) {
      for (const key of shares) expect(row[key]).toBeGreaterThanOrEqual(0);
      for (const key of shares) expect(row[key]).toBeLessThanOrEqual(1);
      expect(Number.isInteger(row.quantity) && row.quantity >= 1).toBe(true);
      expect(Number.isInteger(row.years) && row.years >= 1 && row.years <= PROFILE_YEARS).toBe(true);
    }
    expect(new Set(workload.rows.map((r) => r.years)).size).toBe(PROFILE_YEARS);
    expect(workload.rows.some((r) => r.proxy < 0)).toBe(true);
  });
});

describe("prng", () => {
  it("gives numbers in [0, 1) and repeats for the same seed", () => {
    const a = prng(1);
    const b = prng(1);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
  });
});

describe("hyperFormulaSheets", () => {
  it("holds the sheet's formulas, not computed values", () => {
    const sheets = hyperFormulaSheets(makeWorkload(3));
    expect(sheets.Map[0].slice(11)).toEqual([
      "=D1*E1*(1-F1)*(1-G1)*(1-H1)*I1",
      "=IF($J1>=1,$L1,0)",
      "=IF($J1>=2,M1*(1-$K1),0)",
      "=IF($J1>=3,N1*(1-$K1),0)",
      "=IF($J1>=4,O1*(1-$K1),0)",
      "=IF($J1>=5,P1*(1-$K1),0)",
      "=NPV(Summary!$B$1,M1:Q1)",
    ]);
    expect(sheets.Summary[3]).toEqual(["PV of investment", "=B2+NPV(B1,C2:F2)"]);
  });
});

describe("the three implementations", () => {
  it("compute the seed's 574 560 kr and a hand-worked 5-year row", () => {
    // Row 1: seed 000, 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560, one year.
    // Row 2: 10 × 1 000 = 10 000 fading 50 % over 3 years: 10 000, 5 000, 2 500.
    // Rate 0: total PV 574 560 + 17 500 = 592 060; investment 296 030 → ratio 2, net 296 030.
    const base = { stakeholder: "Participants", payer: "Kommun", dimension: "social", attribution: 0.05, displacement: 0.1 };
    const workload: Workload = {
      rows: [
        { ...base, quantity: 80, outcomeRate: 0.7, deadweight: 0.2, proxy: 15000, years: 1, dropOff: 0 },
        {
          ...base,
          payer: "Region",
          quantity: 10,
          outcomeRate: 1,
          deadweight: 0,
          attribution: 0,
          displacement: 0,
          proxy: 1000,
          years: 3,
          dropOff: 0.5,
        },
      ],
      discountRate: 0,
      investment: [296030],
    };
    for (const [name, evaluate] of implementations) {
      const summary = evaluate(workload);
      expect([name, summary.totalPresentValue]).toEqual([name, expect.closeTo(592060, 6)]);
      expect([name, summary.ratio]).toEqual([name, expect.closeTo(2, 12)]);
      expect([name, summary.netValue]).toEqual([name, expect.closeTo(296030, 6)]);
      expect([name, summary.yearly.map((v) => Math.round(v * 1e6) / 1e6)]).toEqual([name, [584560, 5000, 2500, 0, 0]]);
      expect([name, summary.groups["payer:Region"]]).toEqual([name, expect.closeTo(17500, 6)]);
    }
  });

  it("agree on a 200-row map to a relative 1e-9 on every figure", () => {
    const workload = makeWorkload(200);
    const [core, hyper, float] = implementations.map(([, evaluate]) => evaluate(workload));
    expect(core.totalPresentValue).toBeGreaterThan(0);
    expect(Object.keys(core.groups).length).toBeGreaterThanOrEqual(12);
    expect(largestDifference(core, hyper)).toBeLessThanOrEqual(1e-9);
    expect(largestDifference(core, float)).toBeLessThanOrEqual(1e-9);
  });
});

describe("largestDifference", () => {
  const summary = evaluateWithFloat(makeWorkload(20));
  it("is 0 for the same summary", () => {
    expect(largestDifference(summary, summary)).toBe(0);
  });
  it("sees a change in any single figure", () => {
    const total = summary.totalPresentValue;
    expect(largestDifference(summary, { ...summary, totalPresentValue: total * (1 + 1e-6) })).toBeCloseTo(1e-6, 9);
    expect(largestDifference(summary, { ...summary, ratio: summary.ratio + 2e-9 })).toBeGreaterThan(1e-9);
    const groups = { ...summary.groups, "payer:Kommun": summary.groups["payer:Kommun"] + 1e6 };
    expect(largestDifference(summary, { ...summary, groups })).toBeGreaterThan(1e-9);
    expect(largestDifference(summary, { ...summary, yearly: summary.yearly.slice(1) })).toBe(Infinity);
  });
});
