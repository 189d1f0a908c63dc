import fc from "fast-check";
import { foldForSearch, libraryEntry, searchLibrary } from "../../../src/core/prices/librarySearch";
import { libraryItemName, sourceLine } from "../../../src/core/prices/libraryText";
import { UNIT_COST_LIBRARY } from "../../../src/core/prices/unitCostLibrary";

/** Searching the unit-cost library as the taskpane does; expected ids read off the library's entries by hand. */

const ids = (query: string, language: "sv" | "en" = "sv") => searchLibrary(query, language).map((e) => e.id);

describe("foldForSearch", () => {
  it.each([
    ["Förhöjt prisbasbelopp", "forhojt prisbasbelopp"],
    ["  Vårddygn\tÅR ", "varddygn ar"],
    ["Kommunal- plus regionskatt", "kommunal- plus regionskatt"],
    ["", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe("searchLibrary", () => {
  it("finds names without accents or case, every word required", () => {
    // The 2026 price base amount's source is titled "… om prisbasbelopp och förhöjt prisbasbelopp …": after the names.
    expect(ids("forhojt")).toEqual(["fpbb-2026", "fpbb-2024", "pbb-2026"]);
    expect(ids("FÖRHÖJT 2024")).toEqual(["fpbb-2024"]);
    expect(ids("anstalt")).toEqual(["prison-day-2019"]);
  });

  it("finds by unit, year and source in the language asked for", () => {
    // Frivård has both words in its name, anstalt and häkte "per"; sjukpenning has them in its unit only.
    expect(ids("per dag")).toEqual([
      "probation-day-2019",
      "prison-day-2019",
      "remand-day-2019",
      "sickness-max-2023",
      "sickness-max-after-year-2023",
    ]);
    // In English "Prison (anstalt), cost per day" holds both words too: the three keep the library's order.
    expect(ids("per day", "en")).toEqual([
      "prison-day-2019",
      "remand-day-2019",
      "probation-day-2019",
      "sickness-max-2023",
      "sickness-max-after-year-2023",
    ]);
    expect(ids("kriminalvarden")).toEqual(["prison-day-2019", "remand-day-2019", "probation-day-2019"]);
    expect(ids("medlingsinstitutet 2022")).toEqual(["salary-all-2022", "salary-municipal-2022", "salary-regional-2022"]);
  });

  it("finds a word inside a Swedish compound in the name, but only at a word's start elsewhere", () => {
    // "lön" ends "månadslön" in the salaries' names; "bruttolön" in the contributions' unit does not start with it.
    expect(ids("lön")).toEqual(["salary-all-2022", "salary-municipal-2022", "salary-regional-2022"]);
    // "dag" does not find the school cost through its publisher, Helsingborgs Dagblad (publishers are not searched).
    expect(ids("dag")).not.toContain("compulsory-school-pupil-2018");
  });

  it("lists the whole library for a blank query and nothing for a word no entry holds", () => {
    expect(ids("   ")).toEqual(UNIT_COST_LIBRARY.map((e) => e.id));
    expect(ids("xyzzy")).toEqual([]);
    expect(ids("prisbasbelopp xyzzy")).toEqual([]);
  });

  describe("properties", () => {
    it("every result holds every word, and adding a word never finds more", () => {
      fc.assert(
        fc.property(
          fc.constantFrom("pris", "per", "2024", "kommun", "socialstyrelsen", "dag", "ar"),
          fc.constantFrom("", "2026", "per"),
          (a, b) => {
            const one = searchLibrary(a, "sv");
            const two = searchLibrary(`${a} ${b}`, "sv");
            expect(two.every((e) => one.includes(e))).toBe(true);
          },
        ),
      );
    });
  });
});

describe("libraryEntry", () => {
  it("finds an entry by id, and nothing for an unknown id", () => {
    expect(libraryEntry("pbb-2026")?.value).toBe(59200);
    expect(libraryEntry("nope")).toBeUndefined();
  });
});

describe("libraryItemName and sourceLine", () => {
  it("name an entry as the unit-cost sheet lists it and cite its source in one line", () => {
    const entry = libraryEntry("social-assistance-2024")!;
    expect(libraryItemName(entry, "sv")).toBe("Ekonomiskt bistånd per biståndshushåll (riket) 2024");
    expect(sourceLine(entry.source, "sv")).toBe(
      "Socialstyrelsen (publicerat av Regionfakta), ”Ekonomiskt bistånd 2024, riket (Regionfakta, källa: Socialstyrelsen)”, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
    );
    expect(sourceLine({ organisation: "SCB", title: "KPI" }, "en")).toBe("SCB, “KPI”");
  });
});
