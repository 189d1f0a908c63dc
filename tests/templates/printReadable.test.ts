import { planSheets, TEMPLATES } from "../../src/templates";
import { columnPixels, DEFAULT_COLUMN_WIDTH, parseRange, printedSize } from "../../src/templates/kit";
import type { TemplateOptions } from "../../src/templates/kit/model";

/**
 * Every sheet of the example workbook prints large enough to read, as estimated from its spec
 * (column widths against the A4 page between the margins, rows at Excel's 15 points): at least
 * MIN_SCALE, so 11-point text prints at 6.6 points or more (issue 13: readable on paper). The
 * impact map (31 columns, 87 rows) cannot reach that on two A4 pages: it prints two pages wide and
 * one tall, at least IMPACT_MAP_MIN here in Excel's row heights (LibreOffice's rows are lower:
 * tests/e2e/print.test.ts measures it); its readable handout is the impact map for print
 * (tests/templates/impactMap/printView.test.ts holds it at 70 % or more).
 * And no header breaks inside a word: every word of a header fits its column's width in bold (a
 * merged header: the width of its merged columns).
 */

const MIN_SCALE = 0.6;
const IMPACT_MAP_MIN = 0.33;

/** Pixels of an average bold Calibri 11 character, as textFit.ts estimates wrapped lines. */
const BOLD_PIXELS = 6.8;

describe.each(["sv", "en"] as const)("the example workbook prints readably (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheets = planSheets(
    TEMPLATES.map((t) => t.id),
    options,
    [],
  );

  it.each(sheets.map((s) => [s.name, s] as const))("%s: printed at a readable scale", (_name, spec) => {
    const { scale } = printedSize(spec, spec.print!);
    const floor = spec.key === "impactMap" ? IMPACT_MAP_MIN : MIN_SCALE;
    expect({ sheet: spec.name, readable: scale >= floor }).toEqual({ sheet: spec.name, readable: true });
  });

  it("prints the impact map two pages wide, stakeholder and outcome on both, larger than on one page", () => {
    const map = sheets.find((s) => s.key === "impactMap")!;
    const print = map.print!;
    expect(print).toEqual(expect.objectContaining({ fitToWidth: 2, fitToHeight: 1, titleColumns: "A:B", orientation: "landscape" }));
    const onePage = printedSize(map, { ...print, fitToWidth: 1, fitToHeight: undefined, titleColumns: undefined });
    expect(printedSize(map, print).scale).toBeGreaterThan(onePage.scale);
    expect(printedSize(map, print).pages).toBe(2);
  });

  it("breaks no header inside a word", () => {
    const broken: string[] = [];
    for (const spec of sheets) {
      const area = parseRange(spec.print!.area);
      const merged = new Map((spec.merges ?? []).map((m) => [`${parseRange(m).top}:${parseRange(m).left}`, parseRange(m).right]));
      spec.grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.role !== "header" || typeof cell.value !== "string" || c > area.right) return;
          let pixels = 0;
          for (let k = c; k <= (merged.get(`${r}:${c}`) ?? c); k++) pixels += columnPixels(spec.columnWidths[k] || DEFAULT_COLUMN_WIDTH);
          const perLine = Math.floor((pixels - 6) / BOLD_PIXELS);
          for (const word of cell.value.split(/\s+/)) if (word.length > perLine) broken.push(`${spec.name} row ${r + 1}: "${word}"`);
        }),
      );
    }
    expect(broken).toEqual([]);
  });
});
