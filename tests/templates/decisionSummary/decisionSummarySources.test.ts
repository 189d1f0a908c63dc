import { planSheets, TEMPLATES } from "../../../src/templates";
import { parseCell } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The decision summary reads the other sheets by address, so a layout change in a source sheet
 * must move the summary's references with it. The oracle of the LibreOffice test copies whatever
 * cell a reference names; this test checks that the names point at what the summary says they
 * are: the actors of the before/after sheet's results (the names seen on the before/after sheet
 * of the example workbook) and, in the same row, a calculated figure.
 */

const ACTORS = {
  sv: ["Kommunen", "Region", "Försäkringskassan", "Arbetsförmedlingen", "Staten", "Individen", "Samhället"],
  en: ["Municipality", "Region", "Försäkringskassan", "Arbetsförmedlingen", "The state", "The individual", "Society"],
} as const;

const TEXT_MIRROR = /INDIRECT\("'((?:[^']|'')+)'!([A-Z]+\d+)"\)&""/;
const NUMBER_MIRROR = /IFERROR\(INDIRECT\("'((?:[^']|'')+)'!([A-Z]+\d+)"\),""\)/;

describe.each(["sv", "en"] as const)("the decision summary's who-gains block reads the actors (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  const sheets = planSheets(
    TEMPLATES.map((t) => t.id),
    options,
    [],
  );
  const summary = sheets.find((s) => s.key === "decisionSummary")!;
  const beforeAfter = sheets.find((s) => s.key === "beforeAfter")!;
  const at = (sheet: SheetSpec, a1: string) => {
    const { row, column } = parseCell(a1);
    return sheet.grid[row]?.[column];
  };

  /** The rows of the summary whose first formula mirrors a text of the before/after sheet, with the mirrored cells. */
  const rows = summary.grid.flatMap((row) => {
    const cells = row.filter((c) => c?.formula !== undefined).map((c) => c!.formula!);
    const label = cells.map((f) => TEXT_MIRROR.exec(f)).find((m) => m && m[1].replace(/''/g, "'") === beforeAfter.name);
    if (!label) return [];
    const figure = cells
      .map((f) => (f.includes('&""') ? null : NUMBER_MIRROR.exec(f)))
      .find((m) => m && m[1].replace(/''/g, "'") === beforeAfter.name);
    return [{ label: label[2], figure: figure?.[2] }];
  });

  it("names each actor and society, in order", () => {
    const names = rows.map((r) => at(beforeAfter, r.label)?.value);
    expect(names).toEqual([...ACTORS[language]]);
  });

  it("takes each actor's net value from a calculated cell in the actor's row", () => {
    for (const r of rows) {
      expect(r.figure).toBeDefined();
      expect(parseCell(r.figure!).row).toBe(parseCell(r.label).row);
      expect(at(beforeAfter, r.figure!)?.formula).toMatch(/^=/);
    }
  });
});
