import { planSheets } from "../../../src/templates";
import { costColumn } from "../../../src/templates/costSheet/costLayout";
import { UNIT_COLUMNS, UNIT_HEADER_ROW, UNIT_LIBRARY_FIRST } from "../../../src/templates/costSheet/unitCosts";
import { LIBRARY_AMOUNTS } from "../../../src/core";
import {
  columnLetter,
  columnPixels,
  MARGINS,
  pagePoints,
  parseRange,
  printedSize,
  rowPoints,
  wrappedLines,
} from "../../../src/templates/kit";
import type { PrintSetup, SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";

/**
 * The cost sheet and the unit-cost sheet of the example workbook print readably on at most two A4
 * pages, as estimated from their specs (printedSize: Excel's 15-point rows). Measured when this was
 * written, both languages: cost sheet 64.6–65.9 % (portrait, two pages wide and one tall; one
 * landscape page wide would be 54–56 %), unit costs 60.8 % (landscape, one page wide, two tall).
 */

const COST_MIN = 0.63;
const UNIT_MIN = 0.6;

function sheetsOf(language: "sv" | "en"): SheetSpec[] {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };
  return planSheets(["costSheet"], options, []);
}

function rowHeight(spec: SheetSpec, r: number): number {
  return spec.rowHeights?.[r] ?? (spec.grid[r]?.some((c) => c?.role === "title") ? 24 : 15);
}

/**
 * Pages tall, counted row by row as a printer breaks them (a row is never split) with the title
 * rows repeated at the top of every page after the first: stricter than printedSize's estimate.
 */
function pagesTall(spec: SheetSpec, print: PrintSetup, scale: number): number {
  const page = pagePoints(print).height / scale;
  const area = parseRange(print.area);
  const [first, last] = (print.titleRows ?? "0:-1").split(":").map((n) => Number(n) - 1);
  let titles = 0;
  for (let r = first; r <= last; r++) titles += rowHeight(spec, r);
  let pages = 1;
  let used = 0;
  for (let r = area.top; r <= area.bottom; r++) {
    const h = rowHeight(spec, r);
    if (used + h > page) {
      pages++;
      used = titles;
    }
    used += h;
  }
  return pages;
}

describe.each(["sv", "en"] as const)("the cost sheets print readably (%s)", (language) => {
  const sheets = sheetsOf(language);
  const cost = sheets.find((s) => s.key === "costSheet")!;
  const units = sheets.find((s) => s.key === "unitCosts")!;

  it("prints the cost sheet portrait, two pages wide and one tall, the item column on both", () => {
    const print = cost.print!;
    expect(print).toEqual(expect.objectContaining({ orientation: "portrait", fitToWidth: 2, fitToHeight: 1, titleColumns: "A:A" }));
    expect(print.margins).toEqual(MARGINS.portrait);
    const { scale, pages } = printedSize(cost, print);
    expect(scale).toBeGreaterThanOrEqual(COST_MIN);
    expect(pages).toBe(2);
  });

  it("prints the cost sheet larger than on one landscape page wide", () => {
    const oneWide: PrintSetup = {
      ...cost.print!,
      orientation: "landscape",
      margins: MARGINS.landscape,
      fitToWidth: 1,
      fitToHeight: undefined,
      titleColumns: undefined,
    };
    expect(printedSize(cost, cost.print!).scale).toBeGreaterThan(printedSize(cost, oneWide).scale);
  });

  it("keeps the cost sheet's help texts on the first page and out of the repeated item column", () => {
    const helpColumns = cost.grid.flatMap((row) => row.flatMap((cell, c) => (cell?.role === "help" ? [c] : [])));
    expect(helpColumns).toEqual([1, 1]);
    const last = costColumn("unitCost");
    for (const merge of cost.merges ?? []) expect(parseRange(merge).right).toBeLessThanOrEqual(last);
    // The first page holds at least the columns A–G at the scale printed.
    const { scale } = printedSize(cost, cost.print!);
    const widthAtoG = Array.from({ length: last + 1 }, (_, c) => columnPixels(cost.columnWidths[c]) * 0.75).reduce((a, b) => a + b, 0);
    expect(widthAtoG * scale).toBeLessThanOrEqual(pagePoints(cost.print!).width);
  });

  it("prints the unit costs one landscape page wide on two pages, the header repeated", () => {
    const print = units.print!;
    expect(print).toEqual(
      expect.objectContaining({ orientation: "landscape", fitToWidth: 1, titleRows: `${UNIT_HEADER_ROW + 1}:${UNIT_HEADER_ROW + 1}` }),
    );
    const { scale, pages } = printedSize(units, print);
    expect(scale).toBeGreaterThanOrEqual(UNIT_MIN);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pagesTall(units, print, scale)).toBeLessThanOrEqual(2);
  });

  it("gives every library row room for a check text: two lines of the check column", () => {
    const check = UNIT_COLUMNS.indexOf("check");
    const pixels = columnPixels(units.columnWidths[check]);
    // The longest check text (unitCosts.ts, T.notInKpi): a year missing from the KPI sheet.
    const message =
      language === "sv"
        ? "KPI-bladet saknar index för 2026: lägg till årets årsmedel där"
        : "The KPI sheet has no index for 2026: add that year's annual mean there";
    expect(wrappedLines(message, pixels)).toBeLessThanOrEqual(2);
    for (let r = UNIT_LIBRARY_FIRST; r < UNIT_LIBRARY_FIRST + LIBRARY_AMOUNTS.length; r++) {
      expect({ row: r + 1, twoLines: rowHeight(units, r) >= rowPoints(2) }).toEqual({ row: r + 1, twoLines: true });
    }
    const column = columnLetter(check);
    expect(units.wraps).toContain(`${column}${UNIT_LIBRARY_FIRST + 1}:${column}${UNIT_LIBRARY_FIRST + LIBRARY_AMOUNTS.length}`);
  });

  it("wraps the rates' long texts within the printed width instead of running past it", () => {
    const area = parseRange(units.print!.area);
    const clipped: string[] = [];
    units.grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (r <= UNIT_LIBRARY_FIRST + LIBRARY_AMOUNTS.length || typeof cell?.value !== "string") return;
        const wrapped = (units.wraps ?? []).some((w) => {
          const b = parseRange(w);
          return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
        });
        if (!wrapped && cell.role !== "header" && wrappedLines(cell.value, columnPixels(units.columnWidths[c])) > 1 && c <= area.right)
          clipped.push(`${columnLetter(c)}${r + 1}`);
      }),
    );
    expect(clipped).toEqual([]);
  });
});
