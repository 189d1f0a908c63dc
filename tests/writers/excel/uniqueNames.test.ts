import { NameRegistry, claimedFrom, referencedSheets, renameInFormula } from "../../../src/writers/excel/uniqueNames";

describe("NameRegistry.claim", () => {
  it("keeps a free name and suffixes a taken one, ignoring case", () => {
    const registry = new NameRegistry(["SroiCosts", "sroicosts_2"]);
    expect(registry.claim("SroiCosts")).toBe("SroiCosts_3");
    expect(registry.claim("SroiImpact")).toBe("SroiImpact");
    expect(registry.claim("SROIIMPACT")).toBe("SROIIMPACT_2");
  });
});

describe("renameInFormula", () => {
  it("replaces the name as a whole word only", () => {
    expect(renameInFormula("=Investment*2+Investment_total", "Investment", "Investment_2")).toBe("=Investment_2*2+Investment_total");
    expect(renameInFormula("=investment/INVESTMENT", "Investment", "Inv_2")).toBe("=Inv_2/Inv_2");
  });

  it("leaves text, sheet names, sheet-qualified names and functions alone", () => {
    expect(renameInFormula('="Total"&Total', "Total", "Total_2")).toBe('="Total"&Total_2');
    expect(renameInFormula("='Total'!A1+Total", "Total", "Total_2")).toBe("='Total'!A1+Total_2");
    expect(renameInFormula("=Total(A1)+Sheet!Total", "Total", "T2")).toBe("=Total(A1)+Sheet!Total");
  });
});

describe("referencedSheets", () => {
  it("finds quoted sheet names, unescaping apostrophes, and skips text", () => {
    expect(referencedSheets("='Kostnadskalkyl'!$B$3+'It''s'!A1")).toEqual(["Kostnadskalkyl", "It's"]);
    expect(referencedSheets("=\"'Not'!A1\"&A2")).toEqual([]);
    expect(referencedSheets("=SUM(A1:A3)")).toEqual([]);
  });
});

describe("claimedFrom", () => {
  it.each([
    ["SroiImpactMap", "SroiImpactMap", true],
    ["SroiImpactMap", "sroiimpactmap_2", true],
    ["SroiImpactMap", "SroiImpactMap_10", true],
    ["SroiImpactMap", "SroiImpactMap_", false],
    ["SroiImpactMap", "SroiImpactMap_2b", false],
    ["SroiImpactMap", "SroiImpactMapCopy", false],
    ["SroiImpactMap", "MySroiImpactMap", false],
  ])("%s claims %s: %s", (wish, name, expected) => {
    expect(claimedFrom(wish, name)).toBe(expected);
  });

  it("recognises every name NameRegistry hands out for a wish", () => {
    const registry = new NameRegistry(["SroiImpactMap", "SroiImpactMap_2"]);
    expect(claimedFrom("SroiImpactMap", registry.claim("SroiImpactMap"))).toBe(true);
  });
});
