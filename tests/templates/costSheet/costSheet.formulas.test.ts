import fc from "fast-check";
import { Dec, sumByYear, totalsBy, ZERO } from "../../../src/core";
import { cellAddress } from "../../../src/templates/kit/a1";
import { planSheets } from "../../../src/templates";
import { costColumn, costLayout, CostLayout, COST_GRAND_TOTAL } from "../../../src/templates/costSheet/costLayout";
import { impactLayout } from "../../../src/templates/impactMap/impactLayout";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { UNIT_BASE_YEAR_ROW, UNIT_COLUMNS, UNIT_HEADER_ROW, UNIT_LIBRARY_FIRST } from "../../../src/templates/costSheet/unitCosts";
import { convertPrice, LIBRARY_AMOUNTS } from "../../../src/core";
import { expectClose, SheetEngine } from "../hyperformula";

/** The cost sheet's formulas evaluated by HyperFormula against decimal sums computed here. */

const K = "costSheet";

function opts(years: number, example = true, language: "en" | "sv" = "en"): TemplateOptions {
  return { language, years, startYear: 2026, currency: "kr", example };
}

interface Item {
  category: string;
  payer: string;
  unitCostItem?: string;
  ownUnitCost?: number;
  quantities: (number | undefined)[];
}

function itemsOf(sheet: SheetSpec, l: CostLayout): Item[] {
  const out: Item[] = [];
  for (let r = l.firstRow; r <= l.lastRow; r++) {
    const v = (c: number): string | number | undefined => sheet.grid[r][c]?.value as string | number | undefined;
    if (v(0) === undefined) continue;
    out.push({
      category: v(costColumn("category")) as string,
      payer: v(costColumn("payer")) as string,
      unitCostItem: v(costColumn("unitCostItem")) as string | undefined,
      ownUnitCost: v(costColumn("ownUnitCost")) as number | undefined,
      quantities: Array.from({ length: l.years }, (_, t) => v(l.firstQuantityColumn + t) as number | undefined),
    });
  }
  return out;
}

function unitCostsOf(sheet: SheetSpec): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = UNIT_HEADER_ROW + 1; r < sheet.grid.length; r++) {
    const name = sheet.grid[r][0]?.value;
    if (typeof name === "string") out.set(name.toLowerCase(), sheet.grid[r][2]?.value as number);
  }
  return out;
}

/** Expected costs: unit cost × quantity per year, in decimals. */
function expected(items: Item[], unitCosts: Map<string, number>, years: number) {
  const rows = items.map((item) => {
    const unit = new Dec(item.unitCostItem ? (unitCosts.get(item.unitCostItem.toLowerCase()) as number) : (item.ownUnitCost as number));
    const costs = Array.from({ length: years }, (_, t) => unit.times(item.quantities[t] ?? 0));
    return { item, costs, total: costs.reduce((a, b) => a.plus(b), ZERO) };
  });
  const yearly = sumByYear(rows.map((r) => r.costs));
  return {
    rows,
    yearly,
    grand: rows.reduce((a, r) => a.plus(r.total), ZERO),
    byCategory: (t: number | null) =>
      totalsBy(
        rows,
        (r) => r.item.category,
        (r) => (t === null ? r.total : r.costs[t]),
      ),
    byPayer: (t: number | null) =>
      totalsBy(
        rows,
        (r) => r.item.payer,
        (r) => (t === null ? r.total : r.costs[t]),
      ),
  };
}

function groupRows(engine: SheetEngine, l: CostLayout, block: CostLayout["category"], t: number | null): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < block.rows; i++) {
    const name = engine.getAt(K, block.firstRow + i, 0);
    if (typeof name === "string" && name !== "") out.set(name.toLowerCase(), engine.numAt(K, block.firstRow + i, 1 + (t ?? l.years)));
  }
  return out;
}

function compareAll(engine: SheetEngine, l: CostLayout, items: Item[], unitCosts: Map<string, number>): void {
  const e = expected(items, unitCosts, l.years);
  e.rows.forEach((row, i) => {
    const r = l.firstRow + i;
    row.costs.forEach((cost, t) => {
      if (row.item.quantities[t] !== undefined) expectClose(engine.numAt(K, r, l.firstCostColumn + t), cost.toNumber());
      else expect(engine.getAt(K, r, l.firstCostColumn + t)).toBe("");
    });
    if (row.item.quantities.every((q) => q === undefined)) expect(engine.getAt(K, r, l.totalCostColumn)).toBe("");
    else expectClose(engine.numAt(K, r, l.totalCostColumn), row.total.toNumber());
    expect(engine.getAt(K, r, l.checkColumn)).toBe("");
  });
  for (let t = 0; t < l.years; t++) expectClose(engine.numAt(K, l.totalRow, l.firstCostColumn + t), e.yearly[t]?.toNumber() ?? 0);
  expectClose(engine.num(K, COST_GRAND_TOTAL.replace(/\$/g, "")), e.grand.toNumber());
  for (const t of [...Array.from({ length: l.years }, (_, i) => i), null]) {
    for (const [block, totals] of [
      [l.category, e.byCategory(t)],
      [l.payer, e.byPayer(t)],
    ] as const) {
      const sheet = groupRows(engine, l, block, t);
      for (const g of totals) expectClose(sheet.get(g.key.toLowerCase()) as number, g.total.toNumber());
      expectClose(engine.numAt(K, block.otherRow, 1 + (t ?? l.years)), 0);
    }
  }
}

describe("cost sheet formulas", () => {
  describe.each([1, 5, 10])("example over %i years", (years) => {
    const sheets = planSheets(["costSheet"], opts(years), []);
    const l = costLayout(years);
    const engine = new SheetEngine(sheets);
    const items = itemsOf(sheets[0], l);
    const unitCosts = unitCostsOf(sheets.find((s) => s.key === "unitCosts") as SheetSpec);

    it("evaluates without errors or warnings", () => {
      expect(engine.errors()).toEqual([]);
      expect(engine.getAt(K, l.category.checkRow, 0)).toBe("");
      expect(engine.getAt(K, l.payer.checkRow, 0)).toBe("");
    });

    it("totals every item, year, category and payer as decimal arithmetic does", () => {
      expect(items).toHaveLength(7);
      compareAll(engine, l, items, unitCosts);
    });
  });

  it("pins the example's totals (worked out in costExample.ts)", () => {
    const l = costLayout(5);
    const engine = new SheetEngine(planSheets(["costSheet"], opts(5, true, "sv"), []));
    expect(engine.num(K, "B3")).toBeCloseTo(2100000, 6);
    expect(engine.numAt(K, l.totalRow, l.firstCostColumn)).toBeCloseTo(1497000, 6);
    expect(engine.numAt(K, l.totalRow, l.firstCostColumn + 1)).toBeCloseTo(603000, 6);
    expect(engine.numAt(K, l.totalRow, l.firstCostColumn + 2)).toBe(0);
    // staff in year 1: 390 000 + 720 000 + 175 000 + 65 000 = 1 350 000
    expect(engine.getAt(K, l.category.firstRow, 0)).toBe("Personal");
    expect(engine.numAt(K, l.category.firstRow, 1)).toBeCloseTo(1350000, 6);
    // samordningsförbund: 0.75 × 780 000 + 6 × 4 500 = 585 000 + 27 000 = 612 000
    expect(engine.getAt(K, l.payer.firstRow + 4, 0)).toBe("Samordningsförbund");
    expect(engine.numAt(K, l.payer.firstRow + 4, 1 + 5)).toBeCloseTo(612000, 6);
    // full scale: 2 100 000 / 80 = 26 250 per participant; × 400 + 200 000 = 10 700 000
    expect(engine.numAt(K, l.fullScale.perParticipant, 1)).toBeCloseTo(26250, 9);
    expect(engine.numAt(K, l.fullScale.estimate, 1)).toBeCloseTo(10700000, 6);
    expect(engine.num(K, "B3")).toBe(1497000 + 603000);
    const one = new SheetEngine(planSheets(["costSheet"], opts(1), []));
    expect(one.num(K, "B3")).toBeCloseTo(1497000, 6);
  });

  it("brings a unit cost from an earlier price year to the base year, as the core converts it", () => {
    const l = costLayout(3);
    const engine = new SheetEngine(planSheets(["costSheet"], opts(3, false), []));
    const row = UNIT_HEADER_ROW + 1;
    engine.set("unitCosts", cellAddress(UNIT_BASE_YEAR_ROW, 1), 2023);
    engine.set("unitCosts", cellAddress(row, 0), "Prison day");
    engine.set("unitCosts", cellAddress(row, 2), 3202);
    engine.set("unitCosts", cellAddress(row, 3), 2019);
    // 3 202 × KPI 2023 / KPI 2019 = 3 202 × 403.70 / 334.26 = 3 867.19…
    const core = convertPrice(new Dec(3202), 2019, 2023).toNumber();
    expectClose(engine.numAt("unitCosts", row, UNIT_COLUMNS.indexOf("baseCost")), core);
    expectClose(core, (3202 * 403.7) / 334.26);
    expect(engine.getAt("unitCosts", row, UNIT_COLUMNS.indexOf("check"))).toBe("");
    const r = l.firstRow;
    engine.setAt(K, r, 0, "Stay avoided");
    engine.setAt(K, r, costColumn("category"), "Other");
    engine.setAt(K, r, costColumn("payer"), "Region");
    engine.setAt(K, r, costColumn("unitCostItem"), "Prison day");
    engine.setAt(K, r, l.firstQuantityColumn, 10);
    expectClose(engine.numAt(K, r, l.firstCostColumn), core * 10);
    // a price year the KPI sheet lacks is flagged, not taken as 1
    engine.set("unitCosts", cellAddress(row, 3), 2031);
    expect(engine.getAt("unitCosts", row, UNIT_COLUMNS.indexOf("baseCost"))).toBe("");
    expect(engine.getAt("unitCosts", row, UNIT_COLUMNS.indexOf("check"))).toBe(
      "The KPI sheet has no index for 2031: add that year's annual mean there",
    );
    expect(engine.getAt(K, r, l.firstCostColumn)).toBe("");
  });

  it("ships the sourced library on the unit-cost sheet, each figure with price year, source and contents", () => {
    const sheet = planSheets(["costSheet"], opts(3, false), []).find((x) => x.key === "unitCosts") as SheetSpec;
    LIBRARY_AMOUNTS.forEach((entry, i) => {
      const cells = sheet.grid[UNIT_LIBRARY_FIRST + i];
      expect([cells[2]?.value, cells[3]?.value]).toEqual([entry.value, entry.year]);
      expect(String(cells[4]?.value)).toContain(entry.source.organisation);
      expect(String(cells[5]?.value)).toBe(entry.includes.en);
    });
    expect(sheet.grid[2][0]?.value).toMatch(/^Local figures beat national averages/);
  });

  it("takes a picked unit cost from the unit-cost sheet and flags a name that is not there", () => {
    const l = costLayout(3);
    const engine = new SheetEngine(planSheets(["costSheet"], opts(3, false), []));
    engine.set("unitCosts", cellAddress(UNIT_HEADER_ROW + 1, 0), "Nurse hour");
    engine.set("unitCosts", cellAddress(UNIT_HEADER_ROW + 1, 2), 550);
    const r = l.firstRow;
    engine.setAt(K, r, 0, "Nurse");
    engine.setAt(K, r, costColumn("category"), "Staff");
    engine.setAt(K, r, costColumn("payer"), "Region");
    engine.setAt(K, r, costColumn("unitCostItem"), "Nurse hour");
    engine.setAt(K, r, costColumn("ownUnitCost"), 999);
    engine.setAt(K, r, l.firstQuantityColumn + 1, 40);
    // picked 550 wins over the own 999: 550 × 40 = 22 000 in year 2, nothing in years 1 and 3
    expect(engine.numAt(K, r, costColumn("unitCost"))).toBe(550);
    expect(engine.numAt(K, r, l.firstCostColumn + 1)).toBe(22000);
    expect(engine.getAt(K, r, l.firstCostColumn)).toBe("");
    expect(engine.numAt(K, r, l.totalCostColumn)).toBe(22000);
    expect(engine.getAt(K, r, l.checkColumn)).toBe("");
    engine.setAt(K, r, costColumn("unitCostItem"), "Doctor hour");
    expect(engine.getAt(K, r, l.checkColumn)).toBe("The unit-cost item is not on the unit-cost sheet");
    engine.setAt(K, r, costColumn("unitCostItem"), null);
    expect(engine.numAt(K, r, l.firstCostColumn + 1)).toBe(999 * 40);
  });

  it("links the impact map's investment to the cost sheet's grand total when both are created", () => {
    const sheets = planSheets(["costSheet", "impactMap"], opts(5), ["Cost sheet"]);
    expect(sheets.map((s) => s.name)).toEqual(["Cost sheet (2)", "Unit costs", "KPI", "Lists", "Impact map"]);
    const il = impactLayout(5);
    const investment = sheets[4].grid[il.investmentRow][1];
    expect(investment?.formula).toBe("='Cost sheet (2)'!$B$3");
    const engine = new SheetEngine(sheets);
    expect(engine.num("impactMap", cellAddress(il.investmentRow, 1))).toBeCloseTo(2100000, 6);
    expect(engine.errors()).toEqual([]);
  });

  describe("properties", () => {
    const item = fc.record({
      category: fc.constantFrom("Staff", "Materials", "Premises", "Other costs", "staff"),
      payer: fc.constantFrom("Municipality", "Region", "Försäkringskassan", "Samordningsförbund"),
      ownUnitCost: fc.integer({ min: 0, max: 1000000 }),
      quantities: fc.array(
        fc.option(
          fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
          { nil: undefined },
        ),
        { minLength: 4, maxLength: 4 },
      ),
    });

    it("agree with decimal sums on random cost items", () => {
      const l = costLayout(4);
      const engine = new SheetEngine(planSheets(["costSheet"], opts(4, false), []));
      fc.assert(
        fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
          for (let r = l.firstRow; r < l.firstRow + 8; r++)
            for (let c = 0; c < l.totalQuantityColumn; c++) if (c !== costColumn("unitCost")) engine.setAt(K, r, c, null);
          items.forEach((it, i) => {
            const r = l.firstRow + i;
            engine.setAt(K, r, 0, `Item ${i}`);
            engine.setAt(K, r, costColumn("category"), it.category);
            engine.setAt(K, r, costColumn("payer"), it.payer);
            engine.setAt(K, r, costColumn("ownUnitCost"), it.ownUnitCost);
            it.quantities.forEach((q, t) => q !== undefined && engine.setAt(K, r, l.firstQuantityColumn + t, q));
          });
          compareAll(engine, l, items as Item[], new Map());
        }),
        { numRuns: 40 },
      );
    });
  });
});
