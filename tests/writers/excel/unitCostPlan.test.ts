import { libraryEntry } from "../../../src/core/prices/librarySearch";
import { holds, nameInList, targetColumns, targetOfTable, unitCostList } from "../../../src/writers/excel/unitCostPlan";

/** The pure part of inserting a unit cost: which table, which columns, which list, what counts as already there. */

describe("targetOfTable", () => {
  it.each([
    ["SroiImpactMap", "impactMap"],
    ["SroiImpactMap_2", "impactMap"],
    ["sroicostitems_3", "costSheet"],
    ["SroiImpactMapX", undefined],
    ["SroiKpi", undefined],
  ])("%s → %s", (name, kind) => {
    expect(targetOfTable(name)).toBe(kind);
  });
});

describe("targetColumns", () => {
  it("finds moved columns by header in either language and takes the sheet's language from them", () => {
    const header = ["Intressent", "Källa: proxy", "x", "Finansiell proxy", "Proxyns prisår"];
    expect(targetColumns("impactMap", header)).toMatchObject({
      ok: true,
      language: "sv",
      index: { proxy: 3, proxyYear: 4, proxySource: 1 },
    });
    expect(targetColumns("impactMap", ["financial proxy ", "Proxy price year", "Source: proxy"])).toMatchObject({
      ok: true,
      language: "en",
    });
  });

  it("names the columns a table lacks", () => {
    expect(targetColumns("impactMap", ["Finansiell proxy", "Källa: proxy"])).toEqual({
      ok: false,
      missing: [{ en: "Proxy price year", sv: "Proxyns prisår" }],
    });
  });
});

describe("unitCostList", () => {
  it("reads the list a cost item's formula matches against, quoted sheet names included", () => {
    expect(
      unitCostList(
        `=IF($D7="",IF($F7="","",$F7),IFERROR(INDEX('Enhetskostnader'!$G$7:$G$47,MATCH($D7,'Enhetskostnader'!$A$7:$A$47,0)),""))`,
      ),
    ).toEqual({
      sheet: "Enhetskostnader",
      range: "$A$7:$A$47",
    });
    expect(unitCostList(`=INDEX(x,MATCH($D9,'Kim''s costs (2)'!$A$7:$A$47,0))`)).toEqual({ sheet: "Kim's costs (2)", range: "$A$7:$A$47" });
    expect(unitCostList("=MATCH(D9,Costs!A7:A47,0)")).toEqual({ sheet: "Costs", range: "A7:A47" });
    expect(unitCostList(700000)).toBeUndefined();
    expect(unitCostList("=F9*2")).toBeUndefined();
  });
});

describe("nameInList", () => {
  it("finds the entry under its name and year in either language, as the list spells it", () => {
    const entry = libraryEntry("pbb-2026")!;
    expect(nameInList(entry, ["", "prisbasbelopp 2026", 5])).toBe("prisbasbelopp 2026");
    expect(nameInList(entry, ["Price base amount (prisbasbelopp) 2026"])).toBe("Price base amount (prisbasbelopp) 2026");
    expect(nameInList(entry, ["Prisbasbelopp 2024"])).toBeUndefined();
  });
});

describe("holds", () => {
  it("counts a cell as already holding a number or text only when it is the same", () => {
    expect(holds(3202, 3202)).toBe(true);
    expect(holds("3202", 3202)).toBe(false);
    expect(holds(3202.5, 3202)).toBe(false);
    expect(holds("=A1", 3202)).toBe(false);
    expect(holds("per dag", "per dag")).toBe(true);
    expect(holds("Per dag", "per dag")).toBe(false);
    expect(holds("", "")).toBe(true);
  });
});
