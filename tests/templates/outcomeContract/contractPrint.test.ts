import { planSheets } from "../../../src/templates";
import { columnPixels, printedSize, wrappedLines } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The outcome contract prints readably (issue 13): one A4 landscape page wide, at most two pages,
 * at 65 % in Excel's estimate (its 16 columns, 1 199 points at 100 %, on the 784 points between the
 * margins: 784 / 1 199 = 0.654); 0.64 leaves a column's character of room.
 */
const FLOOR = 0.64;

describe.each(["sv", "en"] as const)("the outcome contract prints (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const [sheet] = planSheets(["outcomeContract"], options, []);

  it("one page wide, landscape, on at most two pages, at two thirds", () => {
    const print = sheet.print!;
    expect(print).toEqual(expect.objectContaining({ orientation: "landscape", fitToWidth: 1, area: "A1:P44" }));
    const { scale, pages } = printedSize(sheet, print);
    expect(scale).toBeGreaterThanOrEqual(FLOOR);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("explains each per-year row on one line, across the columns before the first year", () => {
    const how = sheet.merges!.filter((m) => /^B\d+:D\d+$/.test(m));
    expect(how).toHaveLength(9);
    const width = [1, 2, 3].reduce((sum, c) => sum + columnPixels(sheet.columnWidths[c]), 0);
    for (const m of how) {
      const text = String(sheet.grid[Number(/\d+/.exec(m)![0]) - 1][1]!.value);
      expect({ text, lines: wrappedLines(text, width) }).toEqual({ text, lines: 1 });
    }
  });
});
