import { planSheets } from "../../../src/templates";
import { COST_EXAMPLE_FULL_SCALE } from "../../../src/templates/costSheet/costExample";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { logicDetailedExample, logicSimpleExample } from "../../../src/templates/plans/logicExample";

/**
 * The logic models' worked example: the decision summary shows the simple model's first three goals
 * and activities (columns A and C from row 5), so those are filled; the detailed model has at least
 * one full row per level; both languages have the same shape.
 */

const options = (language: "sv" | "en", example = true): TemplateOptions => ({
  language,
  years: 5,
  startYear: 2026,
  currency: "kr",
  example,
});
const sheetOf = (key: string, o: TemplateOptions): SheetSpec => planSheets([key as never], o, []).find((s) => s.key === key)!;
/** The simple model's first entry row: title, help, questions, header (the decision summary's LOGIC_FIRST_ROW). */
const FIRST = 4;
const shape = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((v) => v !== undefined));

describe("the logic models' example", () => {
  it("has the same shape in Swedish and English", () => {
    expect(shape(logicSimpleExample("sv"))).toEqual(shape(logicSimpleExample("en")));
    expect(logicDetailedExample("sv").map((l) => l.map((r) => r.length))).toEqual(
      logicDetailedExample("en").map((l) => l.map((r) => r.length)),
    );
  });

  it.each(["sv", "en"] as const)("fills the first three goals, results, activities and resources (%s)", (language) => {
    const sheet = sheetOf("logicModelSimple", options(language));
    for (let k = 0; k < 3; k++) for (let c = 0; c < 4; c++) expect(String(sheet.grid[FIRST + k][c]?.value ?? "")).not.toBe("");
    const texts = logicSimpleExample(language).flat().join(" ");
    // the same initiative as the cost sheet's example: its participants and target group
    expect(texts).toContain(String(COST_EXAMPLE_FULL_SCALE.participants));
    expect(texts).toContain(String(COST_EXAMPLE_FULL_SCALE.targetGroup));
    expect(texts).toMatch(/samordningsförbund/);
  });

  it.each(["sv", "en"] as const)("fills every column of at least one row per level of the detailed model (%s)", (language) => {
    const sheet = sheetOf("logicModelDetailed", options(language));
    const levels = logicDetailedExample(language);
    expect(levels).toHaveLength(4);
    const filledRows = sheet.grid.filter((row) => [1, 2, 3, 4].every((c) => row[c]?.role === "input" && row[c]?.value !== undefined));
    expect(filledRows).toHaveLength(levels.flat().length);
    // one level label per filled row, each level present
    expect(new Set(filledRows.map((r) => r[0]?.value)).size).toBe(4);
  });

  it("leaves both models blank without the example", () => {
    for (const key of ["logicModelSimple", "logicModelDetailed"]) {
      const sheet = sheetOf(key, options("en", false));
      expect(sheet.grid.flat().filter((c) => c?.role === "input" && c.value !== undefined)).toEqual([]);
    }
  });
});
