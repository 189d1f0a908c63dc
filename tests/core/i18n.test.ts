import { Bilingual, byLanguage, fill, pick, quote, tx } from "../../src/core/i18n";

interface Sample {
  readonly title: string;
  readonly count: (n: number) => string;
  readonly nested: { readonly unit: string };
}

describe("one way to translate", () => {
  const texts: Bilingual<Sample> = {
    title: tx("Impact map", "Effektkarta"),
    count: (n) => tx(`${n} ${n === 1 ? "row" : "rows"}`, `${n} ${n === 1 ? "rad" : "rader"}`),
    nested: { unit: tx("year", "år") },
  };

  it("turns a bilingual table into one table per language, functions and nesting included", () => {
    const { en, sv } = byLanguage(texts);
    expect([en.title, en.count(1), en.count(3), en.nested.unit]).toEqual(["Impact map", "1 row", "3 rows", "year"]);
    expect([sv.title, sv.count(1), sv.count(3), sv.nested.unit]).toEqual(["Effektkarta", "1 rad", "3 rader", "år"]);
  });

  it("picks, fills and quotes in the language's own marks", () => {
    expect(pick(tx("a", "b"), "sv")).toBe("b");
    expect(fill("Value {year}", { year: 2026 })).toBe("Value 2026");
    expect(quote("Dödvikt", "sv")).toBe("\u201DDödvikt\u201D");
    expect(quote("Deadweight", "en")).toBe("\u201CDeadweight\u201D");
  });
});
