import { planSheets, templateById, TEMPLATES } from "../../../src/templates";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { TemplateOptionsError } from "../../../src/templates/kit/options";

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: false };

describe("templateById", () => {
  it("finds every template of the catalogue", () => {
    for (const t of TEMPLATES) expect(templateById(t.id)).toBe(t);
  });
});

describe("planSheets", () => {
  it("uses the preferred name when it is free", () => {
    expect(planSheets(["stakeholders"], SV, []).map((s) => s.name)).toEqual(["Intressentanalys"]);
    expect(planSheets(["stakeholders"], { ...SV, language: "en" }, []).map((s) => s.name)).toEqual(["Stakeholder analysis"]);
  });

  it("gives a free name next to an existing sheet, ignoring case", () => {
    expect(planSheets(["stakeholders"], SV, ["INTRESSENTANALYS", "Blad1"]).map((s) => s.name)).toEqual(["Intressentanalys (2)"]);
    expect(planSheets(["stakeholders"], SV, ["Intressentanalys", "intressentanalys (2)"]).map((s) => s.name)).toEqual([
      "Intressentanalys (3)",
    ]);
  });

  it("creates a template chosen twice once", () => {
    expect(planSheets(["stakeholders", "stakeholders"], SV, [])).toHaveLength(1);
  });

  it("rejects unusable options with a message in both languages", () => {
    for (const bad of [{ years: 0 }, { years: 11 }, { years: 2.5 }, { startYear: 20.5 }, { currency: 'a"b' }]) {
      try {
        planSheets(["stakeholders"], { ...SV, ...bad }, []);
        throw new Error("no error");
      } catch (error) {
        expect(error).toBeInstanceOf(TemplateOptionsError);
        expect((error as TemplateOptionsError).text.sv).not.toBe((error as TemplateOptionsError).text.en);
      }
    }
  });
});

describe("planSheets with several templates", () => {
  const ALL = TEMPLATES.map((t) => t.id);

  it("creates every template with one lists sheet and one unit-cost sheet, names unique", () => {
    const sheets = planSheets(ALL, SV, []);
    expect(sheets.map((s) => s.name)).toEqual([
      "Logikmodell",
      "Logikmodell detaljerad",
      "Riskmatris",
      "Kostnadskalkyl",
      "Enhetskostnader",
      "KPI",
      "Listor",
      "Effektkarta",
      "Effektkarta för utskrift",
      "Intressentanalys",
      "Mätplan",
      "Samverkansplan",
      "Före-efter per aktör",
      "Utfallskontrakt",
      "Portfölj",
      "Gemensam påverkan",
      "Beslutsunderlag",
      "Principchecklista",
    ]);
  });

  it("links to the resolved names of sheets created in the same action", () => {
    const sheets = planSheets(["impactMap", "costSheet"], SV, ["Listor", "kostnadskalkyl", "Effektkarta"]);
    expect(sheets.map((s) => s.name)).toEqual(["Effektkarta (2)", "KPI", "Listor (2)", "Kostnadskalkyl (2)", "Enhetskostnader"]);
    const texts = sheets.flatMap((s) => [
      ...s.grid.flatMap((row) => row.map((c) => c?.formula ?? "")),
      ...s.validations.map((v) => ("source" in v.rule ? v.rule.source : "")),
    ]);
    const refs = texts.flatMap((t) => [...t.matchAll(/'((?:[^']|'')+)'!/g)].map((m) => m[1]));
    expect(new Set(refs)).toEqual(new Set(["Listor (2)", "Kostnadskalkyl (2)", "Enhetskostnader", "KPI"]));
  });

  it("uses an input for the investment when no cost sheet is created", () => {
    const [map] = planSheets(["impactMap"], SV, ["Kostnadskalkyl"]);
    const cells = map.grid.flat().filter((c) => c?.formula?.includes("Kostnadskalkyl"));
    expect(cells).toEqual([]);
  });

  it("is pure: the same input gives the same sheets, and the existing names are not changed", () => {
    const existing = Object.freeze(["Listor"]) as readonly string[];
    expect(planSheets(ALL, SV, existing)).toEqual(planSheets(ALL, SV, existing));
    expect(existing).toEqual(["Listor"]);
  });
});
