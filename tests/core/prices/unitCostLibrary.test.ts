import { KPI, UNIT_COST_LIBRARY, LIBRARY_AMOUNTS, LIBRARY_RATES } from "../../../src/core";

/** Every shipped figure must say when it applies and where it was read (issue 17). */
describe("the unit-cost library", () => {
  const PLACEHOLDER = /\b(example|replace|todo|tbd|xxx|lorem|placeholder)\b|exempel|ersätt med|fyll i/i;

  it.each(UNIT_COST_LIBRARY.map((e) => [e.id, e] as const))("%s carries a year and a real source", (_, e) => {
    expect(Number.isInteger(e.year) && e.year >= 2000 && e.year <= 2030).toBe(true);
    expect(e.source.organisation.trim().length).toBeGreaterThan(2);
    expect(e.source.title.trim().length).toBeGreaterThan(10);
    expect(`${e.source.organisation} ${e.source.title}`).not.toMatch(PLACEHOLDER);
    expect(e.source.url ?? "").toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    for (const text of [e.name, e.unit, e.includes]) {
      expect(text.en.trim()).not.toBe("");
      expect(text.sv.trim()).not.toBe("");
      expect(`${text.en} ${text.sv}`).not.toMatch(PLACEHOLDER);
    }
    expect(e.value).toBeGreaterThan(0);
    if (e.kind === "rate") expect(e.value).toBeLessThan(1);
  });

  it("has at least 12 money figures, unique ids and names per year", () => {
    expect(LIBRARY_AMOUNTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(UNIT_COST_LIBRARY.map((e) => e.id)).size).toBe(UNIT_COST_LIBRARY.length);
    expect(new Set(UNIT_COST_LIBRARY.map((e) => `${e.name.sv} ${e.year}`)).size).toBe(UNIT_COST_LIBRARY.length);
    expect(LIBRARY_AMOUNTS.length + LIBRARY_RATES.length).toBe(UNIT_COST_LIBRARY.length);
  });

  it("keeps the figures the issue asked to verify", () => {
    const value = (id: string): number | undefined => UNIT_COST_LIBRARY.find((e) => e.id === id)?.value;
    expect(value("pbb-2026")).toBe(59200);
    expect(value("fpbb-2026")).toBe(60500);
    expect(value("sickness-max-2023")).toBe(1116);
    expect(value("sgi-max-2023")).toBe(525000);
    expect(value("social-assistance-2024")).toBe(75045);
    expect(value("employer-contributions-2024")).toBe(0.3142);
  });

  it("dates most money figures in years the KPI covers, so they convert", () => {
    const inKpi = LIBRARY_AMOUNTS.filter((e) => KPI.has(e.year)).length;
    expect(inKpi).toBeGreaterThanOrEqual(LIBRARY_AMOUNTS.length / 2);
  });
});
