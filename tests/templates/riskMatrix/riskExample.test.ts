import { planSheets } from "../../../src/templates";
import { parseRange } from "../../../src/templates/kit/a1";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { RISK_EXAMPLE, riskExampleRows } from "../../../src/templates/riskMatrix";
import { heatMapCell } from "../../../src/templates/riskMatrix/riskHeatMap";
import { RISK_COLUMNS, RISK_FIRST, RISK_LAST } from "../../../src/templates/riskMatrix/riskMatrix";
import { SheetEngine } from "../hyperformula";

/** The risk matrix's worked example: inputs the sheet's lists accept, and the priorities they give. */

const K = "riskMatrix";
const options = (language: "sv" | "en", example = true): TemplateOptions => ({
  language,
  years: 5,
  startYear: 2026,
  currency: "kr",
  example,
});
const sheetOf = (o: TemplateOptions): SheetSpec => planSheets([K], o, []).find((s) => s.key === K)!;

/** The values the sheet's validation allows in a column of the risk table. */
function listValues(sheet: SheetSpec, column: number): readonly string[] {
  const v = sheet.validations.find((x) => {
    const r = parseRange(x.range);
    return r.left === column && r.top === RISK_FIRST && r.bottom === RISK_LAST;
  })!;
  if (!("values" in v.rule)) throw new Error("the risk levels are a fixed list");
  return v.rule.values;
}

describe("the risk matrix's example", () => {
  it("has 5–7 risks, as many in Swedish as in English, each level 1–5", () => {
    expect(RISK_EXAMPLE.length).toBeGreaterThanOrEqual(5);
    expect(RISK_EXAMPLE.length).toBeLessThanOrEqual(7);
    expect(riskExampleRows("sv")).toHaveLength(riskExampleRows("en").length);
    for (const r of RISK_EXAMPLE) for (const level of [r.probability, r.impact]) expect([1, 2, 3, 4, 5]).toContain(level);
  });

  it.each(["sv", "en"] as const)("fills every column with a value the sheet's lists allow (%s)", (language) => {
    const sheet = sheetOf(options(language));
    const probabilities = listValues(sheet, RISK_COLUMNS.probability);
    const impacts = listValues(sheet, RISK_COLUMNS.impact);
    RISK_EXAMPLE.forEach((_, k) => {
      const row = sheet.grid[RISK_FIRST + k];
      for (const c of [RISK_COLUMNS.risk, RISK_COLUMNS.action, RISK_COLUMNS.owner]) expect(String(row[c]?.value ?? "")).not.toBe("");
      expect(probabilities).toContain(row[RISK_COLUMNS.probability]?.value);
      expect(impacts).toContain(row[RISK_COLUMNS.impact]?.value);
      expect(row[RISK_COLUMNS.priority]?.formula).toMatch(/^=/);
    });
    expect(sheet.grid[RISK_FIRST + RISK_EXAMPLE.length][RISK_COLUMNS.risk]?.value).toBeUndefined();
  });

  it("leaves the sheet blank without the example", () => {
    const sheet = sheetOf(options("sv", false));
    for (let r = RISK_FIRST; r <= RISK_LAST; r++)
      for (const c of [RISK_COLUMNS.risk, RISK_COLUMNS.probability, RISK_COLUMNS.impact, RISK_COLUMNS.action, RISK_COLUMNS.owner])
        expect(sheet.grid[r][c]?.value).toBeUndefined();
  });

  it.each(["sv", "en"] as const)("gives the priorities worked out by hand, and the heat map counts them (%s)", (language) => {
    const engine = new SheetEngine(planSheets([K], options(language), []));
    // drop out 3 × 4 = 12, partner leaves 2 × 5 = 10, fewer jobs 4 × 3 = 12, staff leave 3 × 3 = 9,
    // no outcome data 4 × 4 = 16, displacement 2 × 2 = 4; the top three: 16, then the two 12s in sheet order
    expect(RISK_EXAMPLE.map((_, k) => engine.numAt(K, RISK_FIRST + k, RISK_COLUMNS.priority))).toEqual([12, 10, 12, 9, 16, 4]);
    expect(RISK_EXAMPLE.map((_, k) => engine.numAt(K, RISK_FIRST + k, RISK_COLUMNS.no))).toEqual([1, 2, 3, 4, 5, 6]);
    // one risk in each of the six (probability, impact) cells, none elsewhere
    const filled = [
      [3, 4],
      [2, 5],
      [4, 3],
      [3, 3],
      [4, 4],
      [2, 2],
    ];
    for (let p = 1; p <= 5; p++)
      for (let i = 1; i <= 5; i++) expect(engine.num(K, heatMapCell(p, i))).toBe(filled.some(([a, b]) => a === p && b === i) ? 1 : 0);
    expect(engine.errors()).toEqual([]);
  });
});
