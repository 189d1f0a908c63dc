import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { TEMPLATES } from "../../src/templates";
import type { SheetWriter } from "../../src/workbook/ports";

/** A writer that must not be called while the pane only renders. */
const untouched: SheetWriter = {
  createSheets: () => Promise.reject(new Error("not expected")),
  activateSheet: () => Promise.reject(new Error("not expected")),
  selectCell: () => Promise.reject(new Error("not expected")),
  listSources: () => Promise.reject(new Error("not expected")),
  readImpactMap: () => Promise.reject(new Error("not expected")),
  readBeforeAfter: () => Promise.reject(new Error("not expected")),
  writeAnalysis: () => Promise.reject(new Error("not expected")),
  insertUnitCost: () => Promise.reject(new Error("not expected")),
};

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("App (server render)", () => {
  it.each(["sv", "en"] as const)("renders every template and every label in %s", (language) => {
    const html = renderToString(<App writer={untouched} language={language} dark={false} inOffice thisYear={2026} />);
    const shown = text(html);
    for (const template of TEMPLATES) {
      expect(shown).toContain(template.title[language]);
      expect(shown).toContain(template.description[language]);
    }
    expect(shown).toContain(language === "sv" ? "Skapa blad" : "Create sheets");
    expect(shown).not.toMatch(/undefined|NaN|\[object/);
    expect(html).toContain(`lang="${language}"`);
  });

  it("labels every input", () => {
    const html = renderToString(<App writer={untouched} language="en" dark={false} inOffice thisYear={2026} />);
    const inputs = [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]);
    expect(inputs.length).toBeGreaterThan(TEMPLATES.length);
    for (const input of inputs) {
      const id = /id="([^"]+)"/.exec(input)?.[1];
      const labelled = /aria-label(ledby)?=/.test(input) || (id !== undefined && html.includes(`for="${id}"`));
      expect({ input, labelled }).toEqual({ input, labelled: true });
    }
  });

  it("tells the user outside Office to open the pane from Excel", () => {
    expect(text(renderToString(<App writer={untouched} language="sv" dark={false} inOffice={false} thisYear={2026} />))).toContain(
      "Öppna fönstret från Excel",
    );
  });
});
