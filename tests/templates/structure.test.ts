import { ANALYSIS_TEXT } from "../../src/templates/analysisReport";
import { IMPACT_CALC } from "../../src/templates/impactMap";
import { LANGUAGES, Language } from "../../src/core/language";
import { planSheets, TEMPLATES } from "../../src/templates";
import { TEMPLATE_INFO, TEMPLATE_ORDER } from "../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../src/templates/kit/model";
import { isValidSheetName } from "../../src/templates/kit/sheetNames";
import { allCells, cellAt, insideGrid, positions, references, userTexts, withoutStrings } from "./specScan";
import { parseRange } from "../../src/templates/kit/a1";

/** Structure of every template in both languages, with and without the example data. */

const FORBIDDEN = [
  /\bXLOOKUP\s*\(/i,
  /\bLET\s*\(/i,
  /\bLAMBDA\s*\(/i,
  /\bFILTER\s*\(/i,
  /\bUNIQUE\s*\(/i,
  /\bSEQUENCE\s*\(/i,
  /\bSORT\s*\(/i,
  /\bSROI\./i,
  /\bXMATCH\s*\(/i,
  /\[#?@?[A-Za-z]/,
];

/** Words that are the same in both languages (proper nouns, shared terms, symbols). */
const SHARED = new Set([
  "Region",
  "Försäkringskassan",
  "Arbetsförmedlingen",
  "Samordningsförbund",
  "Social",
  "Dimension",
  "Proxy",
  "SROI",
  "RCT",
  "kr",
  "%",
  "Risk",
  "KPI",
  // The evidence grades are the same letters in both languages.
  "A",
  "B",
  "C",
  "D",
  // The decision summary's character bars and list separator, and the analysis sheet's label it
  // looks for in either language (the analysis may have been written in the other one).
  "█",
  "; ",
  ANALYSIS_TEXT.uncertainty.belowOne.en,
  ANALYSIS_TEXT.uncertainty.belowOne.sv,
  // The impact map's present-value header, which its print view looks for in either language.
  IMPACT_CALC.presentValue.en,
  IMPACT_CALC.presentValue.sv,
]);

/** Report pages without fill-in tables: the decision summary and the impact map's print view only read other sheets. */
const WITHOUT_TABLES = new Set(["decisionSummary", "impactMapPrint"]);

function options(language: Language, example: boolean, years = 5): TemplateOptions {
  return { language, years, startYear: 2026, currency: "kr", example };
}

const NUMERIC = new Set(["integer", "decimal", "money", "percent", "year", "years", "months", "ratio"]);

describe.each(TEMPLATES.map((t) => [t.id]))("template %s", (id) => {
  describe.each(
    LANGUAGES.flatMap(
      (l) =>
        [
          [l, false],
          [l, true],
        ] as [Language, boolean][],
    ),
  )("in %s, example %s", (language, example) => {
    const sheets = planSheets([id], options(language, example), []);
    const byName = new Map(sheets.map((s) => [s.name, s]));

    it("has valid, distinct sheet names", () => {
      expect(sheets.length).toBeGreaterThan(0);
      for (const s of sheets) expect(isValidSheetName(s.name)).toBe(true);
      expect(new Set(sheets.map((s) => s.name.toLowerCase())).size).toBe(sheets.length);
    });

    it("starts every sheet with a title and a help text", () => {
      for (const s of sheets) {
        expect(s.grid[0][0]?.role).toBe("title");
        expect(allCells([s]).some((c) => c.cell.role === "help")).toBe(true);
      }
    });

    it("keeps the grid within the column widths", () => {
      for (const s of sheets) {
        for (const row of s.grid) expect(row.length).toBeLessThanOrEqual(s.columnWidths.length);
        for (const w of s.columnWidths) expect(w).toBeGreaterThan(0);
      }
    });

    it("has tables with unique, non-empty text headers inside the grid, and a frozen header", () => {
      if (WITHOUT_TABLES.has(id)) return expect(sheets.every((s) => s.tables.length === 0 && s.validations.length === 0)).toBe(true);
      const tableNames = sheets.flatMap((s) => s.tables.map((t) => t.name));
      expect(new Set(tableNames).size).toBe(tableNames.length);
      for (const s of sheets) {
        expect(s.tables.length).toBeGreaterThan(0);
        for (const t of s.tables) {
          expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
          expect(insideGrid(s, t.range)).toBe(true);
          const b = parseRange(t.range);
          const headers = s.grid[b.top].slice(b.left, b.right + 1);
          for (const h of headers) {
            expect(h?.formula).toBeUndefined();
            expect(typeof h?.value).toBe("string");
            expect(String(h?.value).trim()).not.toBe("");
          }
          const texts = headers.map((h) => String(h?.value).toLowerCase());
          expect(new Set(texts).size).toBe(texts.length);
          expect(b.bottom).toBeGreaterThan(b.top);
        }
        const first = Math.min(...s.tables.map((t) => parseRange(t.range).top));
        expect(s.freeze.rows).toBeGreaterThanOrEqual(1);
        expect(s.freeze.rows).toBeLessThanOrEqual(first + 1);
      }
    });

    it("does not overlap tables", () => {
      for (const s of sheets) {
        const cells = s.tables.flatMap((t) => positions(t.range).map((p) => `${p.row},${p.column}`));
        expect(new Set(cells).size).toBe(cells.length);
      }
    });

    it("gives every calculated and numeric input cell a format", () => {
      for (const { cell } of allCells(sheets)) {
        if (cell.role === "calc" || cell.role === "total") expect(cell.format).toBeDefined();
        if (cell.role === "input") expect(cell.format).toBeDefined();
        if (cell.formula)
          expect(
            cell.role === "calc" || cell.role === "total" || cell.role === "check" || cell.role === "header" || cell.role === "label",
          ).toBe(true);
      }
    });

    it("constrains every numeric input with a validation in the right language limits", () => {
      for (const s of sheets) {
        const covered = new Set(s.validations.flatMap((v) => positions(v.range).map((p) => `${p.row},${p.column}`)));
        for (const { row, column, cell } of allCells([s])) {
          if (cell.role === "input" && cell.format && NUMERIC.has(cell.format))
            expect(`${s.name}!${row},${column}:${covered.has(`${row},${column}`)}`).toBe(`${s.name}!${row},${column}:true`);
        }
        for (const v of s.validations) {
          expect(insideGrid(s, v.range)).toBe(true);
          for (const p of positions(v.range)) expect(s.grid[p.row][p.column]?.role).toBe("input");
          expect(v.prompt.title.length).toBeGreaterThan(0);
          expect(v.prompt.title.length).toBeLessThanOrEqual(32);
          expect(v.error.title.length).toBeLessThanOrEqual(32);
          expect(v.prompt.message.length).toBeGreaterThan(0);
          expect(v.prompt.message.length).toBeLessThanOrEqual(255);
          expect(v.error.message.length).toBeGreaterThan(0);
          expect(v.error.message.length).toBeLessThanOrEqual(225);
          if (v.rule.type === "list" && "values" in v.rule) {
            for (const value of v.rule.values) expect(value).not.toMatch(/,/);
            expect(v.rule.values.join(",").length).toBeLessThanOrEqual(255);
          }
          if (v.rule.type === "list" && "source" in v.rule) {
            for (const ref of references(v.rule.source)) {
              const target = ref.sheet === null ? s : byName.get(ref.sheet);
              expect(target).toBeDefined();
              expect(insideGrid(target as SheetSpec, ref.range)).toBe(true);
            }
          }
        }
      }
    });

    it("uses no forbidden functions and references only cells inside the used ranges", () => {
      const formulas = [
        ...allCells(sheets)
          .filter((c) => c.cell.formula)
          .map((c) => ({ sheet: c.sheet, formula: c.cell.formula as string })),
        ...sheets.flatMap((s) =>
          s.conditionalFormats.filter((f) => f.type === "formula").map((f) => ({ sheet: s, formula: (f as { formula: string }).formula })),
        ),
        ...sheets.flatMap((s) => s.names.map((n) => ({ sheet: s, formula: n.refersTo }))),
      ];
      for (const { sheet, formula } of formulas) {
        expect(formula.startsWith("=")).toBe(true);
        for (const bad of FORBIDDEN) expect(`${formula} ~ ${bad}`).not.toMatch(new RegExp(`^.*${bad.source}.* ~`, "i"));
        expect(withoutStrings(formula)).not.toMatch(/;/);
        for (const ref of references(formula)) {
          const target = ref.sheet === null ? sheet : byName.get(ref.sheet);
          expect(`${formula} -> ${ref.sheet ?? sheet.name}`).toBe(`${formula} -> ${target?.name}`);
          expect(`${formula} ${ref.range} inside: ${insideGrid(target as SheetSpec, ref.range)}`).toBe(
            `${formula} ${ref.range} inside: true`,
          );
        }
      }
      for (const s of sheets) for (const f of s.conditionalFormats) expect(insideGrid(s, f.range)).toBe(true);
    });

    it('counts with COUNTA only typed cells (Excel and LibreOffice count a formula\'s "" as filled; HyperFormula does not)', () => {
      for (const { sheet, cell } of allCells(sheets)) {
        const formula = cell.formula ?? "";
        for (const m of withoutStrings(formula).matchAll(/COUNTA\(([^()]*)\)/gi)) {
          for (const ref of references(m[1])) {
            const target = ref.sheet === null ? sheet : (byName.get(ref.sheet) as SheetSpec);
            for (const p of positions(ref.range))
              expect(`${formula}: ${target.grid[p.row]?.[p.column]?.formula ?? "typed"}`).toBe(`${formula}: typed`);
          }
        }
      }
    });

    it("has every cell of a formula-bearing header empty of formulas and every title a text", () => {
      for (const s of sheets) expect(typeof cellAt(s, "A1")?.value).toBe("string");
    });
  });

  it("leaves no text of the other language in a build", () => {
    for (const example of [false, true]) {
      const en = userTexts(planSheets([id], options("en", example), []));
      const sv = userTexts(planSheets([id], options("sv", example), []));
      const shared = [...en].filter((t) => sv.has(t) && !SHARED.has(t) && !/^[\d\s.,%:()+−–<>=-]*$/.test(t));
      expect(shared).toEqual([]);
    }
  });
});

describe("TEMPLATE_ORDER and TEMPLATE_INFO", () => {
  it("list every template once, and the catalogue's templates carry the listed name and description", () => {
    expect([...TEMPLATE_ORDER].sort()).toEqual(Object.keys(TEMPLATE_INFO).sort());
    expect(TEMPLATES.map((t) => t.id)).toEqual(TEMPLATE_ORDER);
    for (const t of TEMPLATES) expect([t.title, t.description]).toEqual([TEMPLATE_INFO[t.id].title, TEMPLATE_INFO[t.id].description]);
  });
});
