import { DEFAULT_GRADES, GRADE_MEANINGS, GRADES } from "../../../src/core";
import { planSheets } from "../../../src/templates";
import { impactColumn } from "../../../src/templates/impactMap/impactColumns";
import { impactLayout } from "../../../src/templates/impactMap/impactLayout";
import { columnLetter, GRADE_LIST_COLUMN, GRADE_TABLE, LIST_HEADER_ROW } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";

/** The Lists sheet's evidence-grade table and the impact map's grade drop-down that lists it. */

const options = (language: "en" | "sv"): TemplateOptions => ({ language, years: 5, startYear: 2026, currency: "kr", example: false });

describe.each(["en", "sv"] as const)("the evidence-grade table (%s)", (language) => {
  const sheets = planSheets(["impactMap"], options(language), []);
  const lists = sheets.find((s) => s.key === "lists") as SheetSpec;
  const map = sheets.find((s) => s.key === "impactMap") as SheetSpec;
  const at = (row: number, k: number) => lists.grid[row]?.[GRADE_LIST_COLUMN + k];

  it("holds the product's defaults, as editable inputs, labelled as defaults", () => {
    const headers = [0, 1, 2, 3].map((k) => at(LIST_HEADER_ROW, k)?.value);
    expect(headers).toEqual(
      language === "en"
        ? ["Evidence grade", "Meaning", "Optimism-bias haircut", "Default spread (±)"]
        : ["Evidensgrad", "Betydelse", "Avdrag för optimism", "Standardspridning (±)"],
    );
    GRADES.forEach((grade, i) => {
      const row = LIST_HEADER_ROW + 1 + i;
      expect([0, 1, 2, 3].map((k) => at(row, k)?.value)).toEqual([
        grade,
        GRADE_MEANINGS[grade][language],
        DEFAULT_GRADES[grade].haircut.toNumber(),
        DEFAULT_GRADES[grade].spread.toNumber(),
      ]);
      expect([0, 1, 2, 3].map((k) => at(row, k)?.role)).toEqual(["input", "input", "input", "input"]);
    });
    expect(String(at(LIST_HEADER_ROW - 1, 0)?.value)).toMatch(language === "en" ? /this product's defaults/ : /produktens standardvärden/);
    const table = lists.tables.find((t) => t.name === GRADE_TABLE);
    const c = (k: number) => columnLetter(GRADE_LIST_COLUMN + k);
    expect(table?.range).toBe(`${c(0)}${LIST_HEADER_ROW + 1}:${c(3)}${LIST_HEADER_ROW + 5}`);
  });

  it("feeds the impact map's grade drop-down, whose prompt explains the grades", () => {
    const l = impactLayout(5);
    const g = columnLetter(impactColumn("grade"));
    const rule = map.validations.find((v) => v.range === `${g}${l.firstRow + 1}:${g}${l.lastRow + 1}`);
    const c = columnLetter(GRADE_LIST_COLUMN);
    expect(rule?.rule).toEqual({ type: "list", source: `='${lists.name}'!$${c}$${LIST_HEADER_ROW + 2}:$${c}$${LIST_HEADER_ROW + 5}` });
    expect(rule?.prompt?.message).toMatch(/^A: .+ B: .+ C: .+ D: .+/);
    expect(rule?.prompt?.message).toContain(lists.name);
    // Narrow (the map is printed two pages wide), but wide enough that "Evidensgrad" does not break
    // in LibreOffice's fallback font.
    expect(map.columnWidths[impactColumn("grade")]).toBeLessThanOrEqual(12);
  });
});
