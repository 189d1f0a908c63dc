import { planSheets, templateById, TEMPLATES } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/model";
import { TemplateOptionsError } from "../../src/templates/options";

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
    expect(planSheets(["stakeholders"], SV, ["Intressentanalys", "intressentanalys (2)"]).map((s) => s.name)).toEqual(["Intressentanalys (3)"]);
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
