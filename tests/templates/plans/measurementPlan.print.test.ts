import { planSheets } from "../../../src/templates";
import { parseRange, printedSize, rangeAddress } from "../../../src/templates/kit";
import type { TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The measurement plan and the lists sheet of the example workbook print on one landscape A4 page
 * each, large enough to read (printedSize, Excel's 15-point rows). Measured when written, both
 * languages: measurement plan 74 % (63 % before its columns were narrowed and its answers wrapped),
 * lists 76 % (62 % before).
 */

const MEASUREMENT_PLAN_MIN = 0.72;
const LISTS_MIN = 0.74;

describe.each(["sv", "en"] as const)("the measurement plan and the lists print on one page (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheets = planSheets(["measurementPlan"], options, []);

  it.each([
    ["measurementPlan", MEASUREMENT_PLAN_MIN],
    ["lists", LISTS_MIN],
  ] as const)("%s: one landscape page at a readable zoom", (key, floor) => {
    const spec = sheets.find((s) => s.key === key)!;
    const { scale, pages } = printedSize(spec, spec.print!);
    expect(spec.print!.orientation).toBe("landscape");
    expect(scale).toBeGreaterThanOrEqual(floor);
    expect(pages).toBe(1);
  });

  it("wraps the measurement plan's answers from the top of their cells, every input row", () => {
    const plan = sheets.find((s) => s.key === "measurementPlan")!;
    const table = parseRange(plan.tables[0].range);
    const body = rangeAddress(table.top + 1, table.left, table.bottom, table.right);
    expect(plan.wraps).toContain(body);
    expect(plan.alignTop).toContain(body);
  });
});
