import { planSheets } from "../../../src/templates";
import { BA } from "../../../src/templates/beforeAfter/beforeAfterLayout";
import { pagePoints, parseRange, printedSize } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The before/after sheet prints readably: one landscape A4 page wide and two tall at about 61 % in
 * Excel's estimate (it printed at 53 % on three pages while every block was stacked in column A);
 * the floor leaves a little room for wording changes. The results stand beside the settings and
 * who pays beside the rates, so the sheet is short enough for two pages.
 */

const FLOOR = 0.6;

describe.each(["sv", "en"] as const)("the before/after sheet prints readably (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheet = planSheets(["beforeAfter"], options, []).find((s) => s.key === "beforeAfter")!;

  it("prints one landscape page wide and at most two tall at a readable zoom", () => {
    const print = sheet.print!;
    expect([print.orientation, print.fitToWidth, print.fitToHeight]).toEqual(["landscape", 1, undefined]);
    const { scale, pages } = printedSize(sheet, print);
    expect(scale).toBeGreaterThanOrEqual(FLOOR);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("leaves room on the second page for the title row Excel repeats there", () => {
    // printedSize counts the rows once; Excel repeats the title rows (1:1) on top of page 2
    const print = sheet.print!;
    const height = (r: number): number => sheet.rowHeights?.[r] ?? (sheet.grid[r]?.some((c) => c?.role === "title") ? 24 : 15);
    const rows = Array.from({ length: parseRange(print.area).bottom + 1 }, (_, r) => height(r)).reduce((a, b) => a + b, 0);
    expect(print.titleRows).toBe("1:1");
    const { scale } = printedSize(sheet, print);
    expect((rows + height(0)) * scale).toBeLessThanOrEqual(2 * pagePoints(print).height);
  });

  it("prints every column of the widest block, the participant groups", () => {
    expect(parseRange(sheet.print!.area).right).toBe(BA.groups.checkColumn);
  });

  it("keeps the blocks beside the settings and rates clear of their sources", () => {
    // a source in column D runs on over the empty cells to its right: E and F beside the settings
    // (the results start in G), E to J beside the rates (who pays starts in K)
    const empty = (top: number, bottom: number, right: number): string[] => {
      const filled: string[] = [];
      for (let r = top; r <= bottom; r++) for (let c = 4; c <= right; c++) if (sheet.grid[r]?.[c] !== undefined) filled.push(`${r}:${c}`);
      return filled;
    };
    expect(empty(BA.settings.header, BA.settings.status, BA.summary.left - 1)).toEqual([]);
    expect(empty(BA.rates.header, BA.rates.check, BA.payers.left - 1)).toEqual([]);
  });
});
