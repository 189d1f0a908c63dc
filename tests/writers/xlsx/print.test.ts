import { planSheets, TEMPLATES } from "../../../src/templates";
import type { TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { renderWorkbook, workbookBytes } from "../../../src/writers/xlsx";
import { readWorkbook } from "./readBack";

/**
 * Every template's .xlsx prints on A4, fitted to one page wide (the impact map: two wide and one
 * tall, stakeholder and outcome repeated; the cost sheet likewise, the cost item repeated), with a print area, the sheet's name and page numbers in
 * the footer, and title rows on every page: the header row of the first table when the sheet is
 * frozen under it, else the frozen rows (the title of a sheet of several blocks).
 */

/** The sheets fitted to one page tall as well. */
const ONE_PAGE = new Set(["decisionSummary", "principlesChecklist"]);
/** Sheets too wide to read on one page, by template: two pages wide, one tall, these columns repeated. */
const TWO_WIDE: Partial<Record<TemplateId, string>> = { impactMap: "A:B", costSheet: "A:A" };

describe.each(["sv", "en"] as const)("the .xlsx prints (%s)", (language) => {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example: true };

  it.each(TEMPLATES.map((t) => t.id))("%s: A4, one page wide, print area, titles and footer", async (id) => {
    const specs = planSheets([id], options, []);
    const book = await readWorkbook(await workbookBytes(renderWorkbook(specs, { ...options, title: "t", created: new Date(0) })));
    for (const spec of specs) {
      const ws = book.getWorksheet(spec.name)!;
      const p = ws.pageSetup;
      const twoWide = spec.key === id ? TWO_WIDE[id] : undefined;
      expect({ sheet: spec.name, paper: Number(p.paperSize), fit: p.fitToPage, wide: p.fitToWidth, tall: p.fitToHeight }).toEqual({
        sheet: spec.name,
        paper: 9,
        fit: true,
        wide: twoWide ? 2 : 1,
        tall: ONE_PAGE.has(id) || twoWide ? 1 : 0,
      });
      expect({ sheet: spec.name, titleColumns: p.printTitlesColumn }).toEqual({ sheet: spec.name, titleColumns: twoWide });
      expect(p.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.headerFooter.oddFooter).toBe(language === "sv" ? "&C&A, sida &P av &N" : "&C&A, page &P of &N");
      if (spec.tables.length > 0) {
        const headerRow = Number(/\d+/.exec(spec.tables[0].range)![0]);
        const frozen = spec.freeze.rows;
        const titles = frozen > 0 && frozen !== headerRow ? `1:${frozen}` : `${headerRow}:${headerRow}`;
        expect({ sheet: spec.name, titles: p.printTitlesRow }).toEqual({ sheet: spec.name, titles });
      }
      // The punch margin: 0.8 inch on the binding edge (left in portrait, top in landscape).
      expect(p.orientation === "landscape" ? p.margins?.top : p.margins?.left).toBe(0.8);
    }
  });
});
