import { planSheets } from "../../../src/templates";
import { printedSize } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The charter prints readably: its long text columns wrap at widths that fit two landscape A4
 * pages at about 81 % in Excel's estimate (11-point text at 8.9 points); the floor leaves a little
 * room for wording changes. Before the columns were narrowed it printed at 58 % on one page.
 */

const FLOOR = 0.78;

describe.each(["sv", "en"] as const)("the collective impact charter prints readably (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const [sheet] = planSheets(["collectiveImpact"], options, []);

  it("prints on at most two landscape pages at a readable zoom", () => {
    const { scale, pages } = printedSize(sheet, sheet.print!);
    expect(sheet.print!.orientation).toBe("landscape");
    expect(scale).toBeGreaterThanOrEqual(FLOOR);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("wraps every long text in its row's height", () => {
    // the principle texts (inputs with a cell to their right) wrap, so their rows are taller than one line
    const tall = Object.keys(sheet.rowHeights ?? {}).map(Number);
    const principles = sheet.grid
      .map((row, r) => [r, row[1]] as const)
      .filter(([, cell]) => cell?.role === "input" && typeof cell.value === "string" && cell.value.length > 70)
      .map(([r]) => r);
    expect(principles.length).toBeGreaterThan(0);
    for (const r of principles) expect(tall).toContain(r);
  });
});
