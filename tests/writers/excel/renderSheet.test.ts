import { FakeExcel, snapshotSheetNamed, snapshotWorkbook } from "../../fakes";
import type { SheetSpec } from "../../../src/templates/kit/model";
import { freeTableAndDefinedNames, orderByReferences } from "../../../src/writers/excel/plan";
import { renderSheet } from "../../../src/writers/excel/renderSheet";
import { sheetDifferences } from "./expectSheet";

/** A small sheet using what the templates do not (yet): names, a colour scale, columns-only freeze. */
const HEAT: SheetSpec = {
  key: "riskMatrix",
  name: "Risk's heat",
  grid: [
    [{ value: "Heat", role: "title" }],
    [
      { value: "Score", role: "header", format: "text" },
      { value: "2026", role: "header", format: "text" },
    ],
    [
      { value: 3, role: "input", format: "integer" },
      { formula: "=A3*2", role: "calc", format: "integer" },
    ],
    [
      { value: 5, role: "input", format: "integer" },
      { formula: "=Doubled*1", role: "total", format: "money" },
    ],
  ],
  columnWidths: [12, 12, 20],
  freeze: { rows: 0, columns: 1 },
  tables: [{ name: "SroiHeat", range: "A2:B4" }],
  validations: [
    {
      range: "A3:A4",
      rule: { type: "decimal" },
      prompt: { title: "Any number", message: "Type a number." },
      error: { title: "Not allowed", message: "A number, please." },
    },
  ],
  conditionalFormats: [
    { type: "colorScale", range: "A3:A4", colors: ["#63BE7B", "#FFEB84", "#F8696B"] },
    { type: "formula", range: "B3:B4", formula: "=B3>8", fill: "#FFC7CE", fontColor: "#9C0006" },
  ],
  names: [{ name: "Doubled", refersTo: "='Risk''s heat'!$B$3" }],
  tabColor: "#70AD47",
};

async function render(fake: FakeExcel, spec: SheetSpec): Promise<void> {
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.add(spec.name);
    renderSheet(context as unknown as Excel.RequestContext, sheet as unknown as Excel.Worksheet, spec, { currency: "kr" });
    await context.sync();
  });
}

describe("renderSheet", () => {
  it("writes a sheet with names, colour scale and frozen columns as its spec says, in one sync", async () => {
    const fake = new FakeExcel();
    await render(fake, HEAT);
    expect(fake.syncs).toBe(1);
    expect(sheetDifferences(snapshotSheetNamed(fake, "Risk's heat")!, HEAT, { currency: "kr" })).toEqual([]);
    expect(snapshotWorkbook(fake).names).toEqual([{ name: "Doubled", formula: "='Risk''s heat'!$B$3" }]);
  });

  it("keeps a header like 2026 as text", async () => {
    const fake = new FakeExcel();
    await render(fake, HEAT);
    expect(snapshotSheetNamed(fake, "Risk's heat")!.cells.B2.value).toBe("2026");
  });
});

describe("freeTableAndDefinedNames", () => {
  it("renames a taken defined name and its uses, and a taken table name", () => {
    const [spec] = freeTableAndDefinedNames([HEAT], ["doubled", "SroiHeat"]);
    expect(spec.names).toEqual([{ name: "Doubled_2", refersTo: "='Risk''s heat'!$B$3" }]);
    expect(spec.grid[3][1]?.formula).toBe("=Doubled_2*1");
    expect(spec.tables[0].name).toBe("SroiHeat_2");
  });

  it("writes the renamed sheet into a workbook that already has those names", async () => {
    const fake = new FakeExcel({ names: [{ name: "Doubled", formula: "=Sheet1!$A$1" }] });
    const [spec] = freeTableAndDefinedNames([HEAT], ["Doubled"]);
    await render(fake, spec);
    expect(snapshotWorkbook(fake).names.map((n) => n.name)).toEqual(["Doubled", "Doubled_2"]);
    expect(snapshotSheetNamed(fake, "Risk's heat")!.cells.B4.formula).toBe("=Doubled_2*1");
  });
});

describe("orderByReferences", () => {
  const sheet = (name: string, formula?: string): SheetSpec => ({
    ...HEAT,
    name,
    grid: formula ? [[{ formula }]] : [],
    names: [],
    conditionalFormats: [],
    validations: [],
  });

  it("puts a template after the ones its formulas refer to and keeps the order otherwise", () => {
    const impact = { templateId: "impactMap" as const, sheets: [sheet("Effektkarta", "='Kostnadskalkyl'!B3")] };
    const cost = { templateId: "costSheet" as const, sheets: [sheet("Kostnadskalkyl")] };
    const other = { templateId: "stakeholders" as const, sheets: [sheet("Intressenter")] };
    expect(orderByReferences([impact, other, cost]).map((b) => b.templateId)).toEqual(["stakeholders", "costSheet", "impactMap"]);
    expect(orderByReferences([cost, other]).map((b) => b.templateId)).toEqual(["costSheet", "stakeholders"]);
  });
});
