import { planSheets } from "../../../src/templates";
import { CHARTER } from "../../../src/templates/collectiveImpact";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { SheetEngine } from "../hyperformula";

/** The collective impact charter: its one formula, the opening line, and its blocks. */

const K = "collectiveImpact";
const options = (language: "en" | "sv", example: boolean): TemplateOptions => ({
  language,
  years: 5,
  startYear: 2026,
  currency: "kr",
  example,
});

describe("collective impact charter", () => {
  it("names the area in the opening line, or leaves a visible blank", () => {
    const engine = new SheetEngine(planSheets([K], options("sv", false), []));
    expect(engine.getAt(K, CHARTER.opening, 1)).toMatch(/^Vi som bor och verkar i \(områdets namn\) vill/);
    engine.setAt(K, CHARTER.area, 1, "Husby");
    expect(engine.getAt(K, CHARTER.opening, 1)).toMatch(/^Vi som bor och verkar i Husby vill samla/);
  });

  it("has the seed's four principles, five process phases and six evaluation phases", () => {
    const [sheet] = planSheets([K], options("en", false), []);
    const names = sheet.tables.map((t) => t.name);
    expect(names).toEqual([
      "SroiCharterPreamble",
      "SroiCharterPrinciples",
      "SroiCharterProcess",
      "SroiCharterCommittee",
      "SroiCharterEvaluation",
    ]);
    const text = (row: number, column: number) => String(sheet.grid[row]?.[column]?.value ?? "");
    expect(text(CHARTER.principlesHeader + 1, 1)).toMatch(/health and well-being/);
    expect(text(CHARTER.principlesHeader + 5, 1)).toBe("");
    expect(text(CHARTER.processHeader + 5, 0)).toBe("5. Implementation and evaluation");
    expect(text(CHARTER.evaluationHeader + 6, 0)).toBe("Socio-economic analysis");
    expect(sheet.validations.map((v) => ("values" in v.rule ? v.rule.values : []))).toEqual([
      ["Not started", "Under way", "Done", "Next round"],
      ["Yes", "No"],
    ]);
  });

  it("fills the area and the first steps in the example", () => {
    const engine = new SheetEngine(planSheets([K], options("en", true), []));
    expect(engine.getAt(K, CHARTER.opening, 1)).toMatch(/^We who live and work in Example district want/);
    expect(engine.errors()).toEqual([]);
  });
});
