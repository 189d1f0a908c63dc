import fc from "fast-check";
import { Dec, evaluateImpactMap, ImpactMapResult, ImpactRowInput, parseImpactRow } from "../../../src/core";
import { cellAddress } from "../../../src/templates/kit/a1";
import { planSheets } from "../../../src/templates";
import { impactColumn, IMPACT_INPUTS } from "../../../src/templates/impactMap/impactColumns";
import { IMPACT_EXAMPLE_INVESTMENT } from "../../../src/templates/impactMap/impactMap";
import { impactLayout, ImpactLayout } from "../../../src/templates/impactMap/impactLayout";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { expectClose, SheetEngine } from "../hyperformula";
import { KPI, KPI_ANNUAL } from "../../../src/core";
import { KPI_HEADER_ROW } from "../../../src/templates/prices";
import { caught } from "../../core/helpers";

/** The impact map's formulas evaluated by HyperFormula against the core (evaluateImpactMap). */

const K = "impactMap";

function opts(years: number, example = true, language: "en" | "sv" = "en"): TemplateOptions {
  return { language, years, startYear: 2026, currency: "kr", example };
}

type RowValues = Record<string, string | number | undefined>;

function rowsOf(sheet: SheetSpec, l: ImpactLayout): RowValues[] {
  const rows: RowValues[] = [];
  for (let r = l.firstRow; r <= l.lastRow; r++) {
    const values: RowValues = {};
    IMPACT_INPUTS.forEach((c, i) => (values[c.id] = sheet.grid[r][i]?.value as string | number | undefined));
    if (values.quantity !== undefined) rows.push(values);
  }
  return rows;
}

function coreOf(rows: RowValues[], rate: number, investment: number, baseYear: number | null = null): ImpactMapResult {
  const parsed = rows.map((v) => parseImpactRow(v as unknown as ImpactRowInput));
  return evaluateImpactMap(parsed, new Dec(rate), [new Dec(investment)], { baseYear });
}

const B = (row: number): string => cellAddress(row, 1);

function compareAll(engine: SheetEngine, l: ImpactLayout, core: ImpactMapResult): void {
  core.rows.forEach((result, i) => {
    const r = l.firstRow + i;
    expectClose(engine.numAt(K, r, l.yearOneColumn), result.yearOne.toNumber());
    for (let t = 0; t < l.years; t++) expectClose(engine.numAt(K, r, l.firstYearColumn + t), result.profile[t]?.toNumber() ?? 0);
    expectClose(engine.numAt(K, r, l.presentValueColumn), result.presentValue.toNumber());
  });
  for (let t = 0; t < l.years; t++) expectClose(engine.numAt(K, l.totalRow, l.firstYearColumn + t), core.yearly[t]?.toNumber() ?? 0);
  expectClose(engine.num(K, B(l.totalPresentValueRow)), core.totalPresentValue.toNumber());
  expectClose(engine.num(K, B(l.netValueRow)), core.netValue.toNumber());
  if (core.ratio === null) expect(typeof engine.get(K, B(l.ratioRow))).toBe("string");
  else expectClose(engine.num(K, B(l.ratioRow)), core.ratio.toNumber());
  if (core.paybackMonths === null) expect(engine.get(K, B(l.paybackRow))).toMatch(/pay back within/);
  else expectClose(engine.num(K, B(l.paybackRow)), core.paybackMonths.toNumber());
}

/** Sums the sheet's group rows by label, as a map lowercased label → value. */
function groupValues(engine: SheetEngine, l: ImpactLayout, kind: "stakeholder" | "payer" | "dimension"): Map<string, number> {
  const g = l.groups[kind];
  const out = new Map<string, number>();
  for (let i = 0; i < g.rows; i++) {
    const name = engine.getAt(K, g.firstRow + i, 0);
    if (typeof name === "string" && name !== "") out.set(name.toLowerCase(), engine.numAt(K, g.firstRow + i, 1));
  }
  return out;
}

describe("impact map formulas", () => {
  describe.each([
    [1, 0],
    [5, 0.035],
    [10, 0],
    [10, 0.035],
  ])("example with %i years at rate %d", (years, rate) => {
    const sheets = planSheets(["impactMap"], opts(years), []);
    const l = impactLayout(years);
    const engine = new SheetEngine(sheets);
    engine.set(K, B(l.rateRow), rate);
    const rows = rowsOf(sheets[0], l);
    const baseYear = sheets[0].grid[l.baseYearRow][1]?.value as number;
    const core = coreOf(rows, rate, IMPACT_EXAMPLE_INVESTMENT, baseYear);

    it("has a proxy from an earlier price year, so the conversion shows", () => {
      // The example's base year is the last year of the shipped KPI (the map starts in 2026).
      expect(baseYear).toBe(2023);
      expect(rows.filter((r) => typeof r.proxyYear === "number" && r.proxyYear < baseYear)).toHaveLength(1);
    });

    it("evaluates without errors", () => {
      expect(engine.errors()).toEqual([]);
    });

    it("computes every row, year, PV and key figure as the core does", () => {
      expect(rows).toHaveLength(6);
      compareAll(engine, l, core);
    });

    it("splits the present value by stakeholder, payer and dimension as the core does", () => {
      for (const [kind, totals] of [
        ["stakeholder", core.byStakeholder],
        ["payer", core.byPayer],
        ["dimension", core.byDimension],
      ] as const) {
        const sheet = groupValues(engine, l, kind);
        for (const group of totals) expectClose(sheet.get(group.key.toLowerCase()) as number, group.total.toNumber());
        expectClose(engine.numAt(K, l.groups[kind].otherRow, 1), 0);
        expect(engine.getAt(K, l.groups[kind].checkRow, 0)).toBe("");
      }
    });
  });

  it("pins the seed's worked example: 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560", () => {
    const sheets = planSheets(["impactMap"], opts(5), []);
    const l = impactLayout(5);
    const engine = new SheetEngine(sheets);
    expect(engine.numAt(K, l.firstRow, l.yearOneColumn)).toBeCloseTo(574560, 6);
    // 1 year only: year 2 is 0; at 3.5 % the PV is 574 560 / 1.035 = 555 130.43…
    expect(engine.numAt(K, l.firstRow, l.firstYearColumn + 1)).toBe(0);
    expect(engine.numAt(K, l.firstRow, l.presentValueColumn)).toBeCloseTo(574560 / 1.035, 6);
    // second row: 80 × 0.25 × 0.7 × 0.9 × 0.95 × 60 000 = 718 200; year 2 with 20 % drop-off = 574 560
    expect(engine.numAt(K, l.firstRow + 1, l.yearOneColumn)).toBeCloseTo(718200, 6);
    expect(engine.numAt(K, l.firstRow + 1, l.firstYearColumn + 1)).toBeCloseTo(574560, 6);
    // environment: 80 × 1 × 1 × 1 × 1 × −500 = −40 000
    expect(engine.numAt(K, l.firstRow + 5, l.yearOneColumn)).toBeCloseTo(-40000, 6);
  });

  describe("on a blank map filled by hand", () => {
    const l = impactLayout(5);
    function oneRow(investment: number | null, years: number): SheetEngine {
      const engine = new SheetEngine(planSheets(["impactMap"], opts(5, false), []));
      engine.set(K, B(l.rateRow), 0);
      const put = (id: string, v: number | string): void => engine.setAt(K, l.firstRow, impactColumn(id), v);
      put("stakeholder", "Pupils");
      // 10 × 1 × 1 × 1 × 1 × 1 000 = 10 000 a year for `years` years
      for (const [id, v] of [
        ["quantity", 10],
        ["outcomeRate", 1],
        ["deadweight", 0],
        ["attribution", 0],
        ["displacement", 0],
        ["proxy", 1000],
        ["years", years],
      ] as const)
        put(id, v);
      engine.set(K, B(l.investmentRow), investment);
      return engine;
    }

    it("pays back 15 000 in 18 months from 10 000 a year (12 + 5 000 / 10 000 × 12)", () => {
      expect(oneRow(15000, 3).num(K, B(l.paybackRow))).toBeCloseTo(18, 9);
    });

    it("pays back an investment the value covers exactly, also when floating point falls a hair short", () => {
      // two one-year rows worth 0.7 and −0.4 against 0.3 invested: exactly paid back after 12
      // months in the core; 0.7 − 0.4 is 0.29999999999999993 in floating point
      const engine = oneRow(0.3, 1);
      for (const [id, v] of [
        ["stakeholder", "Pupils"],
        ["quantity", 1],
        ["outcomeRate", 1],
        ["deadweight", 0],
        ["attribution", 0],
        ["displacement", 0],
        ["proxy", -0.4],
        ["years", 1],
      ] as const) {
        engine.setAt(K, l.firstRow + 1, impactColumn(id), v);
      }
      engine.setAt(K, l.firstRow, impactColumn("quantity"), 1);
      engine.setAt(K, l.firstRow, impactColumn("proxy"), 0.7);
      const rows: RowValues[] = [
        { stakeholder: "Pupils", quantity: 1, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 0.7, years: 1 },
        { stakeholder: "Pupils", quantity: 1, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: -0.4, years: 1 },
      ];
      expect(coreOf(rows, 0, 0.3).paybackMonths?.toString()).toBe("12");
      expectClose(engine.num(K, B(l.paybackRow)), 12);
    });

    it("says so when the value never covers the investment", () => {
      expect(oneRow(100000, 3).get(K, B(l.paybackRow))).toBe("Does not pay back within 5 years");
    });

    it("shows a text instead of a ratio when the investment is zero or blank", () => {
      expect(oneRow(0, 3).get(K, B(l.ratioRow))).toBe("No ratio: the investment is zero");
      expect(oneRow(null, 3).get(K, B(l.ratioRow))).toBe("No ratio: the investment is zero");
      // ratio 30 000 / 20 000 = 1.5
      expect(oneRow(20000, 3).num(K, B(l.ratioRow))).toBeCloseTo(1.5, 12);
    });

    it("flags an incomplete row and leaves its values blank", () => {
      const engine = new SheetEngine(planSheets(["impactMap"], opts(5, false, "sv"), []));
      engine.setAt(K, l.firstRow, impactColumn("quantity"), 10);
      expect(engine.getAt(K, l.firstRow, l.yearOneColumn)).toBe("");
      expect(engine.getAt(K, l.firstRow, l.presentValueColumn + 1)).toBe("Fyll i antal, de fyra andelarna och proxy");
      expect(engine.get(K, B(l.paybackRow))).toBe("");
    });

    it("converts a proxy from an earlier price year with the KPI sheet, as the core does", () => {
      const engine = oneRow(0, 1);
      engine.set(K, B(l.baseYearRow), 2023);
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), 2019);
      // 10 × 1 000 × KPI 2023 / KPI 2019 = 10 000 × 403.70 / 334.26 = 12 077.4251181…
      expectClose(engine.numAt(K, l.firstRow, l.yearOneColumn), (10000 * 403.7) / 334.26);
      const core = coreOf(
        [{ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 1000, proxyYear: 2019, years: 3 }],
        0,
        0,
        2023,
      );
      expectClose(engine.numAt(K, l.firstRow, l.yearOneColumn), core.rows[0].yearOne.toNumber());
      expect(engine.getAt(K, l.firstRow, l.presentValueColumn + 1)).toMatch(/^(Warning: .*)?$/); // no error, only over-claim warnings
      // a blank price year, or the base year itself, is not converted
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), 2023);
      expect(engine.numAt(K, l.firstRow, l.yearOneColumn)).toBe(10000);
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), null);
      expect(engine.numAt(K, l.firstRow, l.yearOneColumn)).toBe(10000);
    });

    it("flags a price year missing from the KPI sheet instead of taking it as 1, and uses a year added there", () => {
      const engine = oneRow(0, 1);
      // the blank map's base year is its first year, 2026, which the shipped KPI does not have
      expect(engine.get(K, B(l.baseYearRow))).toBe(2026);
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), 2022);
      expect(engine.getAt(K, l.firstRow, l.yearOneColumn)).toBe("");
      expect(engine.getAt(K, l.firstRow, l.presentValueColumn + 1)).toBe(
        "The KPI sheet has no index for 2026: add that year's annual mean there",
      );
      expect(
        caught(() =>
          coreOf(
            [{ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 1000, proxyYear: 2022 }],
            0,
            0,
            2026,
          ),
        ).detail,
      ).toMatchObject({ kind: "yearNotInIndex", argument: "base_year", given: 2026 });
      // with a base year the sheet has, the check names the proxy's price year instead
      engine.set(K, B(l.baseYearRow), 2023);
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), 2003);
      expect(engine.getAt(K, l.firstRow, l.presentValueColumn + 1)).toBe(
        "The KPI sheet has no index for 2003: add that year's annual mean there",
      );
      engine.set(K, B(l.baseYearRow), 2026);
      engine.setAt(K, l.firstRow, impactColumn("proxyYear"), 2022);
      // a user adds 2026 to the KPI sheet (row after 2023): 10 000 × 420 / 371.91
      engine.setAt("kpi", KPI_HEADER_ROW + 1 + KPI_ANNUAL.length, 0, 2026);
      engine.setAt("kpi", KPI_HEADER_ROW + 1 + KPI_ANNUAL.length, 1, 420);
      expectClose(engine.numAt(K, l.firstRow, l.yearOneColumn), (10000 * 420) / 371.91);
      expect(engine.getAt(K, l.firstRow, l.presentValueColumn + 1)).toMatch(/^(Warning: .*)?$/); // no error, only over-claim warnings
      const own = new Map([...KPI, [2026, new Dec(420)]]);
      const core = evaluateImpactMap(
        [parseImpactRow({ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 1000, proxyYear: 2022 })],
        new Dec(0),
        [new Dec(0)],
        { baseYear: 2026, index: own },
      );
      expectClose(engine.numAt(K, l.firstRow, l.yearOneColumn), core.rows[0].yearOne.toNumber());
    });

    it("names stakeholders missing from the summary list", () => {
      const engine = oneRow(1000, 1);
      expect(engine.getAt(K, l.groups.stakeholder.checkRow, 0)).not.toBe("");
      engine.setAt(K, l.groups.stakeholder.firstRow, 0, "pupils");
      expect(engine.getAt(K, l.groups.stakeholder.checkRow, 0)).toBe("");
    });
  });

  describe("properties", () => {
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const row = fc.record({
      stakeholder: fc.constantFrom("A", "B", "C"),
      payer: fc.constantFrom("Municipality", "Region", "Other"),
      dimension: fc.constantFrom("Economic", "Social", "Environmental"),
      quantity: fc.integer({ min: 0, max: 500 }),
      outcomeRate: share,
      deadweight: share,
      attribution: share,
      displacement: share,
      proxy: fc.integer({ min: -20000, max: 100000 }),
      years: fc.integer({ min: 1, max: 6 }),
      dropOff: share,
      proxyYear: fc.option(fc.integer({ min: 2006, max: 2023 }), { nil: undefined }),
    });

    it("agrees with the core on random maps, rates and investments", () => {
      const l = impactLayout(6);
      const engine = new SheetEngine(planSheets(["impactMap"], opts(6, false), []));
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 0, max: 80 }).map((n) => n / 1000),
          fc.integer({ min: 0, max: 3000000 }),
          fc.integer({ min: 2006, max: 2023 }),
          (rows, rate, investment, baseYear) => {
            for (let i = 0; i < 6; i++) for (let c = 0; c < IMPACT_INPUTS.length; c++) engine.setAt(K, l.firstRow + i, c, null);
            rows.forEach((v, i) =>
              IMPACT_INPUTS.forEach((c, ci) => {
                const value = (v as RowValues)[c.id];
                if (value !== undefined) engine.setAt(K, l.firstRow + i, ci, value);
              }),
            );
            engine.set(K, B(l.rateRow), rate);
            engine.set(K, B(l.investmentRow), investment);
            engine.set(K, B(l.baseYearRow), baseYear);
            compareAll(engine, l, coreOf(rows, rate, investment, baseYear));
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
