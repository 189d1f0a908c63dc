import { planSheets } from "../../../src/templates";
import { printedSize, rowPoints } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { CANDIDATES, COLUMNS, CRITERIA_ROWS } from "../../../src/templates/portfolio/portfolioLayout";

/**
 * The portfolio prints readably (issue 13): one A4 landscape page wide, at most two pages, at
 * 65 % in Excel's estimate (its 20 columns, 1 199 points at 100 %, on the 784 points between the
 * margins: 784 / 1 199 = 0.654); 0.64 leaves a column's character of room.
 */
const FLOOR = 0.64;

describe.each(["sv", "en"] as const)("the portfolio prints (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const [sheet] = planSheets(["portfolio"], options, []);

  it("one page wide, landscape, on at most two pages, at two thirds", () => {
    const print = sheet.print!;
    expect(print).toEqual(expect.objectContaining({ orientation: "landscape", fitToWidth: 1, area: "A1:T50" }));
    const { scale, pages } = printedSize(sheet, print);
    expect(scale).toBeGreaterThanOrEqual(FLOOR);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("shows the criteria's names wrapped over the narrow score columns, five lines at most", () => {
    // "Eget kriterium (t.ex. politisk prioritet)" / "Own criterion (e.g. political priority)" in a
    // 9-character column (68 pixels, 10 characters a line): five lines of 15 points plus 3.
    expect(sheet.rowHeights?.[CANDIDATES.names]).toBe(rowPoints(5));
    expect(sheet.wraps).toContain(`J${CANDIDATES.names + 1}:N${CANDIDATES.names + 1}`);
  });

  it("keeps each criterion's question on one line beside the table, not wrapped in its narrow column", () => {
    for (let r = CRITERIA_ROWS.first; r <= CRITERIA_ROWS.last; r++) {
      expect(sheet.grid[r][COLUMNS.length]?.role).toBe("label");
      for (let c = COLUMNS.length + 1; c <= COLUMNS.targetGroupNo; c++) expect(sheet.grid[r][c]).toBeUndefined();
    }
  });
});
