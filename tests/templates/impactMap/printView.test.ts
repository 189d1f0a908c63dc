import { planSheets } from "../../../src/templates";
import { IMPACT_CALC, IMPACT_INPUTS, impactColumn, impactLayout, printLayout, PRINT_FIGURES } from "../../../src/templates/impactMap";
import { impactMapTemplate } from "../../../src/templates/impactMap";
import { cellAddress, columnPixels, parseRange, printedSize, rowPoints, TEMPLATE_ORDER, wrappedLines } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import type { Language } from "../../../src/core/language";

/**
 * The impact map's print view as a spec: which map cell every figure reads, its formats, the
 * evidence texts and their row heights, the names it reads the map by, and its print setup
 * (A4 landscape, one page wide, title rows repeated, ≤ 2 pages at ≥ 70 % in Excel's estimate).
 */

const options = (language: Language, years = 5, example = true): TemplateOptions => ({
  language,
  years,
  startYear: 2026,
  currency: "kr",
  example,
});
const view = (language: Language, years = 5, existing: string[] = [], example = true): SheetSpec =>
  planSheets(["impactMap", "impactMapPrint"], options(language, years, example), existing).find((s) => s.key === "impactMapPrint")!;

/** The sheet and cell of every INDIRECT("'Sheet'!A1") in a formula. */
function reads(formula: string): { sheet: string; cell: string }[] {
  return [...formula.matchAll(/INDIRECT\("'((?:[^']|'')+)'!([A-Z]+\d+)"\)/g)].map((m) => ({ sheet: m[1].replace(/''/g, "'"), cell: m[2] }));
}

/** The map cells a formula reads, other than A1 (the existence check). */
const mapCells = (formula: string | undefined): string[] => [...new Set(reads(formula ?? "").map((r) => r.cell))].filter((c) => c !== "A1");

describe.each(["sv", "en"] as const)("the impact map's print view (%s)", (language) => {
  const spec = view(language);
  const l = printLayout(5);
  const map = impactLayout(5);
  const cell = (r: number, c: number) => spec.grid[r]?.[c];

  it("comes right after the impact map in the template list, with a valid sheet name of its own", () => {
    expect(TEMPLATE_ORDER.indexOf("impactMapPrint")).toBe(TEMPLATE_ORDER.indexOf("impactMap") + 1);
    expect(spec.name).toBe(language === "sv" ? "Effektkarta för utskrift" : "Impact map for print");
  });

  it("shows every figure that drives a row's value, and the value, in the map's formats", () => {
    const ids = PRINT_FIGURES.map((f) => f.id);
    for (const id of [
      "quantity",
      "outcomeRate",
      "deadweight",
      "attribution",
      "displacement",
      "proxy",
      "proxyYear",
      "years",
      "dropOff",
      "grade",
    ])
      expect(ids).toContain(id);
    expect(ids.slice(-2)).toEqual(["yearOne", "presentValue"]);
    for (const f of PRINT_FIGURES.filter((f) => f.id !== "yearOne" && f.id !== "presentValue"))
      expect({ id: f.id, format: f.format }).toEqual({ id: f.id, format: IMPACT_INPUTS[impactColumn(f.id)].format });
    expect(PRINT_FIGURES.find((f) => f.id === "quantity")!.format).toBe("integer");
    expect(PRINT_FIGURES.find((f) => f.id === "deadweight")!.format).toBe("percent");
    expect(PRINT_FIGURES.find((f) => f.id === "presentValue")!.format).toBe("money");
    expect(spec.columnWidths).toHaveLength(PRINT_FIGURES.length);
  });

  it("reads each figure from the map's cell in the same row, under the same header, and blanks a blank one", () => {
    const mapSpec = planSheets(["impactMap"], options(language), [])[0];
    const headers = mapSpec.grid[map.headerRow].map((c) => String(c?.value ?? ""));
    PRINT_FIGURES.forEach((f, c) => {
      const header =
        f.id === "yearOne"
          ? IMPACT_CALC.yearOne
          : f.id === "presentValue"
            ? IMPACT_CALC.presentValue
            : IMPACT_INPUTS[impactColumn(f.id)].header;
      const column = headers.indexOf(header[language]);
      expect(column).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < l.rows; i++) {
        const formula = cell(l.firstFigureRow + i, c)!.formula!;
        expect(mapCells(formula)).toEqual([cellAddress(map.firstRow + i, column)]);
        // A blank map cell shows blank, not 0.
        expect(formula).toContain(`IF(INDIRECT("'${mapSpec.name}'!${cellAddress(map.firstRow + i, column)}")="",""`);
        expect(cell(l.firstFigureRow + i, c)!.format).toBe(f.format);
      }
    });
    expect(mapCells(cell(l.figuresTotalRow, PRINT_FIGURES.length - 1)!.formula)).toEqual([
      cellAddress(map.totalRow, map.presentValueColumn),
    ]);
  });

  it("takes the key figures from the map's summary cells", () => {
    const value = (r: number, c: number) => mapCells(cell(r, c)!.formula);
    expect(value(l.totalPresentValueRow, 2)).toEqual([cellAddress(map.totalPresentValueRow, 1)]);
    expect(value(l.investmentRow, 2)).toEqual([cellAddress(map.investmentRow, 1)]);
    expect(value(l.ratioRow, 2)).toEqual([cellAddress(map.ratioRow, 1)]);
    expect(value(l.adjustedRatioRow, 2)).toEqual([cellAddress(map.evidence.adjustedRatioRow, 1)]);
    expect(value(l.ratioRow, 7)).toEqual([cellAddress(map.ratioRow, map.evidence.netSroiColumn + 1)]);
    expect(value(l.adjustedRatioRow, 7)).toEqual([cellAddress(map.evidence.adjustedRatioRow, map.evidence.netSroiColumn + 1)]);
  });

  it("joins the sources with labels by plain IF concatenation (no TEXTJOIN), one text per row", () => {
    for (let i = 0; i < l.rows; i++) {
      const formula = cell(l.firstEvidenceRow + i, 4)!.formula!;
      expect(formula).not.toMatch(/TEXTJOIN|CONCAT\(/);
      expect(formula).toContain(language === "sv" ? '"; Antal: "&' : '"; Quantity: "&');
      expect(mapCells(formula)).toEqual(
        [
          "quantitySource",
          "outcomeRateSource",
          "deadweightSource",
          "attributionSource",
          "displacementSource",
          "proxySource",
          "periodSource",
        ].map((id) => cellAddress(map.firstRow + i, impactColumn(id))),
      );
    }
  });

  it("gives every evidence row at least two lines and the example's texts the lines they need", () => {
    const merges = (spec.merges ?? []).map(parseRange);
    const pixels = (r: number, c: number): number => {
      const m = merges.find((b) => b.top === r && b.left === c)!;
      let p = 0;
      for (let k = m.left; k <= m.right; k++) p += columnPixels(spec.columnWidths[k]);
      return p;
    };
    // The Swedish sources of the first example row, as DOMAIN.md's worked example gives them.
    const first =
      language === "sv"
        ? "Antal: Projektets register; Utfallsandel: Enkät före och efter; Dödvikt: Enkät före och efter; Tillskrivning: Samarbetsparternas bedömning; Undanträngning: Arbetsmarknadsanalys; Finansiell proxy: Värderingsstudie, kursexempel; Period och avtrappning: Uppföljningar av liknande program"
        : "Quantity: Project register; Outcome rate: Survey before and after; Deadweight: Survey before and after; Attribution: Partners' own estimate; Displacement: Labour market analysis; Financial proxy: Value survey, course example; Period and drop-off: Follow-up studies of similar programmes";
    expect(spec.rowHeights![l.firstEvidenceRow]).toBeGreaterThanOrEqual(rowPoints(wrappedLines(first, pixels(l.firstEvidenceRow, 4))));
    for (let i = 0; i < l.rows; i++) expect(spec.rowHeights![l.firstEvidenceRow + i]).toBeGreaterThanOrEqual(rowPoints(2));
    for (let r = l.evidenceHeaderRow; r <= l.lastRow; r++)
      for (const c of [0, 2, 4]) expect(merges.some((b) => b.top === r && b.left === c)).toBe(true);
  });

  it.each([1, 5, 10])("prints on A4 landscape, one page wide, titles repeated: at most 2 pages at 70 %% or more (%i years)", (years) => {
    for (const example of [true, false]) {
      const s = view(language, years, [], example);
      const p = s.print!;
      expect(p).toEqual(expect.objectContaining({ orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: "1:2" }));
      expect(p.fitToHeight).toBeUndefined();
      expect(p.area).toBe(`A1:${String.fromCharCode(64 + PRINT_FIGURES.length)}${l.lastRow + 1}`);
      expect(p.footer).toBe(language === "sv" ? "&A, sida &P av &N" : "&A, page &P of &N");
      const size = printedSize(s, p);
      expect(size.scale).toBeGreaterThanOrEqual(0.7);
      expect(size.pages).toBeLessThanOrEqual(2);
    }
  });

  it("reads a suffixed map by the name it was given in the same action", () => {
    const taken = language === "sv" ? "Effektkarta" : "Impact map";
    const s = view(language, 5, [taken]);
    const sheets = new Set(s.grid.flat().flatMap((c) => reads(c?.formula ?? "").map((r) => r.sheet)));
    expect([...sheets]).toEqual([`${taken} (2)`]);
  });

  it("is named in the impact map's help, so a user of the map finds it", () => {
    const mapSpec = impactMapTemplate.build(options(language), {})[0];
    const helps = mapSpec.grid
      .flat()
      .filter((c) => c?.role === "help")
      .map((c) => String(c!.value));
    expect(helps.some((h) => h.includes(language === "sv" ? "Effektkarta för utskrift" : "Impact map for print"))).toBe(true);
  });
});
