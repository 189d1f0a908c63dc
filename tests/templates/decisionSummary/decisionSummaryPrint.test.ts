import { planSheets, TEMPLATES } from "../../../src/templates";
import { parseCell, parseRange, printedSize, printWithoutCharts } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The decision summary is the handout: one A4 portrait page at a comfortable zoom (issue 13), in
 * Excel's estimate (15 points a row, the summary's own heights where it sets them). Two halves of
 * A–C and D–G make it 672 points wide at 100 %: 509 / 672 = 0.757 on the page between the margins;
 * its rows (984 points with 5 years) fit the 748-point page at 0.76. 0.74 leaves a column's
 * character of room; with the longest horizon (10 years, section 4 five rows longer) at least 0.7.
 */
const FLOOR = 0.74;
const FLOOR_TEN_YEARS = 0.7;

function summary(options: TemplateOptions): SheetSpec {
  return planSheets(
    TEMPLATES.map((t) => t.id),
    options,
    [],
  ).find((s) => s.key === "decisionSummary")!;
}

describe.each(["sv", "en"] as const)("the decision summary prints on one page (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheet = summary(options);
  const area = parseRange(sheet.print!.area);

  it("one A4 portrait page at three quarters, with or without its charts", () => {
    expect(sheet.print).toEqual(expect.objectContaining({ orientation: "portrait", paper: "A4", fitToWidth: 1, fitToHeight: 1 }));
    for (const print of [sheet.print!, printWithoutCharts(sheet)!]) {
      const { scale, pages } = printedSize(sheet, print);
      expect({ scale: scale >= FLOOR, pages }).toEqual({ scale: true, pages: 1 });
    }
  });

  it("stays one page at 70 % or more with a ten-year horizon", () => {
    const long = summary({ ...options, years: 10 });
    const { scale, pages } = printedSize(long, long.print!);
    expect({ scale: scale >= FLOOR_TEN_YEARS, pages }).toEqual({ scale: true, pages: 1 });
  });

  it("prints all seven sections and both charts", () => {
    const headings = sheet.grid.flatMap((row, r) => row.filter((cell) => cell?.role === "section").map(() => r));
    expect(headings).toHaveLength(7);
    for (const r of headings) expect(r).toBeLessThanOrEqual(area.bottom);
    expect(sheet.charts).toHaveLength(2);
    for (const chart of sheet.charts!) {
      const to = parseCell(chart.to);
      expect(to.row <= area.bottom && to.column <= area.right).toBe(true);
    }
  });

  it("sets no row lower than a line of text where the row holds a cell", () => {
    for (const [row, points] of Object.entries(sheet.rowHeights ?? {})) {
      if (sheet.grid[Number(row)]?.some((cell) => cell !== undefined)) expect({ row, low: points < 15 }).toEqual({ row, low: false });
    }
  });
});
