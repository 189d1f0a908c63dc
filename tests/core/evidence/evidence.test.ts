import fc from "fast-check";
import {
  DEFAULT_GRADES,
  Dec,
  countWarnings,
  errorMessage,
  evidenceSummary,
  gradeEstimate,
  gradeEstimates,
  overclaimWarnings,
  parseGrade,
  parseGradeTable,
  parseImpactRow,
} from "../../../src/core";
import { caught, d } from "../helpers";

describe("parseGrade", () => {
  it("reads A–D in either case with spaces around, blank as ungraded", () => {
    expect(parseGrade("A")).toBe("A");
    expect(parseGrade(" c ")).toBe("C");
    expect(parseGrade("")).toBeNull();
    expect(parseGrade(null)).toBeNull();
  });
  it("answers anything else with #VALUE! naming the grade and the allowed letters", () => {
    const e = caught(() => parseGrade("E"));
    expect(e.code).toBe("VALUE");
    expect(errorMessage(e, "en")).toContain("evidence grade");
    expect(errorMessage(e, "en")).toContain("A, B, C, D");
    expect(errorMessage(e, "sv")).toContain("evidensgrad");
    expect(caught(() => parseGrade(2)).code).toBe("VALUE");
  });
  it("is read with an impact-map row", () => {
    const base = { quantity: 1, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 1 };
    expect(parseImpactRow({ ...base, grade: "b" }).grade).toBe("B");
    expect(parseImpactRow(base).grade).toBeNull();
  });
});

describe("evidenceSummary", () => {
  // PVs 100 000 (A), 200 000 (B), 50 000 (C), 80 000 (ungraded = D); investment PV 150 000.
  // Adjusted: 100 000 + 200 000 × 0.9 + 50 000 × 0.75 + 80 000 × 0.6 = 365 500.
  const rows = [
    { presentValue: d(100000), grade: "A" as const },
    { presentValue: d(200000), grade: "B" as const },
    { presentValue: d(50000), grade: "C" as const },
    { presentValue: d(80000), grade: null },
  ];
  it("cuts each row by its grade's haircut, ungraded as D", () => {
    const s = evidenceSummary(rows, d(150000));
    expect(s.adjustedPresentValue.toString()).toBe("365500");
    // 365 500 / 150 000 = 2.43666…
    expect(s.adjustedRatio?.toFixed(10)).toBe("2.4366666667");
    // 430 000 / 150 000 − 1 = 1.86666…
    expect(s.netSroi?.toFixed(10)).toBe("1.8666666667");
    expect(s.adjustedNetSroi?.toFixed(10)).toBe("1.4366666667");
    // (50 000 + 80 000) / 430 000 = 0.3023255814
    expect(s.weakShare?.toFixed(10)).toBe("0.3023255814");
    expect(s.ungraded).toBe(1);
  });
  it("has no ratios without an investment and no share without value", () => {
    const s = evidenceSummary([{ presentValue: d(-10), grade: "A" }], d(0));
    expect(s.adjustedRatio).toBeNull();
    expect(s.netSroi).toBeNull();
    expect(s.weakShare).toBeNull();
  });
  it("never raises a positive map's value (property)", () => {
    const grade = fc.constantFrom("A" as const, "B" as const, "C" as const, "D" as const, null);
    fc.assert(
      fc.property(fc.array(fc.record({ pv: fc.integer({ min: 0, max: 1e9 }), grade }), { maxLength: 20 }), (list) => {
        const s = evidenceSummary(
          list.map((r) => ({ presentValue: d(r.pv), grade: r.grade })),
          d(1000),
        );
        const total = list.reduce((a, r) => a + r.pv, 0);
        expect(s.adjustedPresentValue.lte(total)).toBe(true);
        expect(s.adjustedPresentValue.gte(new Dec(total).times(0.6))).toBe(true);
      }),
    );
  });
});

describe("parseGradeTable", () => {
  const rows = [
    { grade: "A", haircut: 0, spread: 0.1 },
    { grade: "B", haircut: 0.1, spread: 0.2 },
    { grade: "C", haircut: 0.25, spread: 0.35 },
    { grade: "D", haircut: 0.4, spread: 0.5 },
  ];
  it("reads the defaults back", () => {
    const t = parseGradeTable(rows);
    expect(t.C.haircut.toString()).toBe(DEFAULT_GRADES.C.haircut.toString());
    expect(t.D.spread.toString()).toBe("0.5");
  });
  it("names the bad field", () => {
    expect(
      errorMessage(
        caught(() => parseGradeTable([...rows.slice(0, 3), { grade: "D", haircut: 1.5, spread: 0.5 }])),
        "en",
      ),
    ).toContain("optimism-bias haircut");
    expect(caught(() => parseGradeTable(rows.slice(0, 3))).code).toBe("VALUE");
    expect(caught(() => parseGradeTable([...rows, { grade: "A", haircut: 0, spread: 0 }])).code).toBe("VALUE");
    expect(caught(() => parseGradeTable([...rows.slice(0, 3), { grade: "D", haircut: 0.4, spread: -0.1 }])).code).toBe("VALUE");
  });
});

describe("gradeEstimate", () => {
  it("spreads the likely value by the grade, clamped to the range", () => {
    // proxy 15 000 on grade C: 15 000 × 0.65 = 9 750, × 1.35 = 20 250
    const e = gradeEstimate("proxy", d(15000), "C");
    expect([e.low, e.likely, e.high].map(String)).toEqual(["9750", "15000", "20250"]);
    // outcome rate 0.8 on D: 0.4 … 1.2 → clamped to 1
    const r = gradeEstimate("outcome_rate", d(0.8), null);
    expect([r.low, r.high].map(String)).toEqual(["0.4", "1"]);
    // a harm of −1 000 on A: −1 100 … −900 (swapped so low ≤ high)
    const h = gradeEstimate("proxy", d(-1000), "A");
    expect([h.low, h.high].map(String)).toEqual(["-1100", "-900"]);
    // 3 years on B: 2.4 … 3.6 → whole years 2 … 4
    const y = gradeEstimate("years", d(3), "B");
    expect([y.low, y.high].map(String)).toEqual(["2", "4"]);
  });
  it("gives every row assumption an estimate", () => {
    const row = parseImpactRow({
      quantity: 80,
      outcomeRate: 0.7,
      deadweight: 0.2,
      attribution: 0.05,
      displacement: 0.1,
      proxy: 15000,
      years: 3,
    });
    const [e] = gradeEstimates([row], ["A"]);
    expect(Object.keys(e)).toHaveLength(8);
    expect(e.quantity?.high.toString()).toBe("88");
  });
});

describe("overclaimWarnings", () => {
  const good = {
    deadweight: d(0.2),
    attribution: d(0.1),
    dropOff: d(0.1),
    years: 3,
    grade: "B" as const,
    sources: ["a", "b", "c", "d", "e", "f", "g"],
    proxyYear: 2023,
  };
  it("finds nothing on a well-founded row", () => expect(overclaimWarnings(good)).toEqual([]));
  it("finds each rule", () => {
    expect(overclaimWarnings({ ...good, grade: null })).toEqual(["ungraded"]);
    expect(overclaimWarnings({ ...good, deadweight: d(0), attribution: d(0) })).toEqual(["noCounterfactual"]);
    expect(overclaimWarnings({ ...good, deadweight: d(0) })).toEqual([]);
    expect(overclaimWarnings({ ...good, dropOff: d(0) })).toEqual(["noDropOff"]);
    expect(overclaimWarnings({ ...good, dropOff: d(0), years: 1 })).toEqual([]);
    expect(overclaimWarnings({ ...good, years: 6, grade: "C" })).toEqual(["longOnWeakEvidence"]);
    expect(overclaimWarnings({ ...good, years: 5, grade: "D" })).toEqual([]);
    expect(overclaimWarnings({ ...good, years: 6, grade: null })).toEqual(["ungraded", "longOnWeakEvidence"]);
    expect(overclaimWarnings({ ...good, sources: ["a", " ", "c"] })).toEqual(["noSource"]);
    expect(overclaimWarnings({ ...good, proxyYear: null })).toEqual(["noPriceYear"]);
  });
  it("counts rows per warning", () => {
    const counts = countWarnings([["ungraded", "noSource"], ["noSource"], []]);
    expect(counts.noSource).toBe(2);
    expect(counts.ungraded).toBe(1);
    expect(counts.noDropOff).toBe(0);
  });
});
