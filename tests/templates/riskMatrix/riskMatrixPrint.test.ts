import { planSheets } from "../../../src/templates";
import { printedSize } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The risk matrix prints on one landscape page at about 73 % in Excel's estimate (66 % before its
 * heat map's columns were narrowed to the width of their counts); the floor leaves a little room.
 */

const FLOOR = 0.7;

describe.each(["sv", "en"] as const)("the risk matrix prints readably (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheet = planSheets(["riskMatrix"], options, []).find((s) => s.key === "riskMatrix")!;

  it("prints on one landscape page at a readable zoom", () => {
    const { scale, pages } = printedSize(sheet, sheet.print!);
    expect(sheet.print!.orientation).toBe("landscape");
    expect(scale).toBeGreaterThanOrEqual(FLOOR);
    expect(pages).toBe(1);
  });
});
