import { fieldProblems, initialForm, templateOptions } from "../../src/taskpane/form";
import { STRINGS } from "../../src/taskpane/strings";

const good = { ...initialForm("en", 2026), templates: ["costSheet" as const] };

describe("initialForm", () => {
  it("starts with the cost sheet and the impact map, five years from this year, kronor and blank sheets", () => {
    expect(initialForm("sv", 2031)).toEqual({
      templates: ["costSheet", "impactMap"],
      language: "sv",
      years: "5",
      startYear: "2031",
      currency: "kr",
      example: false,
    });
  });
});

describe("fieldProblems", () => {
  it("finds nothing wrong in a good form", () => {
    expect(fieldProblems(good)).toEqual({});
  });

  it("asks for a template", () => {
    expect(fieldProblems({ ...good, templates: [] })).toEqual({ templates: "Choose at least one template." });
  });

  it.each([
    ["0", "Enter a whole number from 1 to 10 (you entered 0)."],
    ["11", "Enter a whole number from 1 to 10 (you entered 11)."],
    ["2.5", "Enter a whole number from 1 to 10 (you entered 2.5)."],
    ["", "Enter a whole number from 1 to 10."],
  ])("refuses %j years", (years, message) => {
    expect(fieldProblems({ ...good, years }).years).toBe(message);
  });

  it("accepts 1 and 10 years", () => {
    expect(fieldProblems({ ...good, years: "1" }).years).toBeUndefined();
    expect(fieldProblems({ ...good, years: "10" }).years).toBeUndefined();
  });

  it("refuses a start year outside 1900–9990 in the form's language", () => {
    expect(fieldProblems({ ...good, startYear: "26" }).startYear).toBe(
      "Enter a whole year from 1900 to 9990, such as 2026 (you entered 26).",
    );
    expect(fieldProblems({ ...good, language: "sv", startYear: "" }).startYear).toBe(
      "Ange ett helt årtal från 1900 till 9990, till exempel 2026.",
    );
    expect(fieldProblems({ ...good, startYear: "1900" }).startYear).toBeUndefined();
  });

  it("needs a short currency without quote or backslash", () => {
    expect(fieldProblems({ ...good, currency: "  " }).currency).toBe("Enter a currency, for example kr, SEK or EUR.");
    expect(fieldProblems({ ...good, currency: "kronor och ören" }).currency).toBe("Use at most 10 characters, for example kr, SEK or EUR.");
    expect(fieldProblems({ ...good, currency: 'k"r' }).currency).toBe('The currency cannot contain " or \\.');
    expect(fieldProblems({ ...good, currency: " € " }).currency).toBeUndefined();
  });
});

describe("templateOptions", () => {
  it("turns the typed text into template options", () => {
    expect(templateOptions({ ...good, years: " 7 ", startYear: "2027", currency: " SEK ", example: true })).toEqual({
      language: "en",
      years: 7,
      startYear: 2027,
      currency: "SEK",
      example: true,
    });
  });
});

describe("STRINGS", () => {
  it("has every text in both languages, and they differ", () => {
    const keys = Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[];
    expect(Object.keys(STRINGS.sv).sort()).toEqual([...keys].sort());
    const shown = (v: unknown) => (typeof v === "function" ? (v as (...a: unknown[]) => string)("3", "5", "9") : v);
    const same = keys.filter((k) => shown(STRINGS.en[k]) === shown(STRINGS.sv[k]));
    expect(same).toEqual([]);
  });
});
