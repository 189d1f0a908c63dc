import { FakeExcel } from "../../fakes";
import type { TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { createSheets, listSources } from "../../../src/writers/excel";
import { sourcesOf } from "../../../src/writers/excel/listSources";
import { inFake } from "./inFake";

/** The add-in's sources listed from the workbook's tables (src/writers/excel/listSources.ts). */

const EN: TemplateOptions = { language: "en", years: 5, startYear: 2026, currency: "kr", example: false };

async function create(fake: FakeExcel, templates: TemplateId[]): Promise<string[]> {
  const result = await inFake(fake, () => createSheets({ templates, options: EN }));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.sheets.map((s) => s.name);
}

describe("sourcesOf", () => {
  it("keeps the add-in's tables by kind, in sheet order, then by their number", () => {
    const positions = new Map([
      ["Later", 2],
      ["First", 0],
      ["Middle", 1],
    ]);
    const tables = [
      { table: "SroiBeforeAfterGroups_10", sheet: "Middle" },
      { table: "SroiImpactMap_2", sheet: "Later" },
      { table: "SroiBeforeAfterGroups_2", sheet: "Middle" },
      { table: "SroiBeforeAfterSettings", sheet: "First" },
      { table: "SroiBeforeAfterGroups", sheet: "Later" },
      { table: "sroiimpactmap", sheet: "First" },
      { table: "SroiAnalysisInputs_3", sheet: "Middle" },
      { table: "SroiImpactMapCopy", sheet: "First" },
      { table: "Table1", sheet: "First" },
      { table: "SroiPortfolioCriteria_2", sheet: "Later" },
      { table: "SroiContractTerms", sheet: "Middle" },
    ];
    expect(sourcesOf(tables, positions)).toEqual({
      impactMaps: [
        { table: "sroiimpactmap", sheet: "First" },
        { table: "SroiImpactMap_2", sheet: "Later" },
      ],
      beforeAfter: [
        { table: "SroiBeforeAfterGroups_2", sheet: "Middle" },
        { table: "SroiBeforeAfterGroups_10", sheet: "Middle" },
        { table: "SroiBeforeAfterGroups", sheet: "Later" },
      ],
      analyses: [{ table: "SroiAnalysisInputs_3", sheet: "Middle" }],
      contracts: [{ table: "SroiContractTerms", sheet: "Middle" }],
      portfolios: [{ table: "SroiPortfolioCriteria_2", sheet: "Later" }],
    });
  });
});

describe("listSources", () => {
  it("needs Excel", async () => {
    expect(await listSources()).toEqual({ ok: false, problem: { kind: "noExcel" } });
  });

  it("lists impact maps and before/after sheets in one Excel.run with one sync", async () => {
    const fake = new FakeExcel();
    const [map] = await create(fake, ["impactMap"]);
    const [first] = await create(fake, ["beforeAfter"]);
    const [second] = await create(fake, ["beforeAfter"]);
    const [syncs, runs] = [fake.syncs, fake.runs];
    const listed = await inFake(fake, () => listSources());
    expect([fake.syncs - syncs, fake.runs - runs]).toEqual([1, 1]);
    expect(listed).toEqual({
      ok: true,
      sources: {
        impactMaps: [{ table: "SroiImpactMap", sheet: map }],
        beforeAfter: [
          { table: "SroiBeforeAfterGroups", sheet: first },
          { table: "SroiBeforeAfterGroups_2", sheet: second },
        ],
        analyses: [],
        contracts: [],
        portfolios: [],
      },
    });
  });

  it("orders the sheets as the workbook does, not by name", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Zeta", cells: { A1: "Group" } },
        { name: "Alpha", cells: { A1: "Group" } },
      ],
      tables: [
        { sheet: "Alpha", range: "A1:A2", name: "SroiBeforeAfterGroups" },
        { sheet: "Zeta", range: "A1:A2", name: "SroiBeforeAfterGroups_2" },
      ],
    });
    const listed = await inFake(fake, () => listSources());
    expect(listed.ok && listed.sources.beforeAfter.map((s) => s.sheet)).toEqual(["Zeta", "Alpha"]);
  });

  it("gives Excel's refusal as a problem", async () => {
    const fake = new FakeExcel();
    fake.cellEditMode = "InvalidOperationInCellEditMode";
    expect(await inFake(fake, () => listSources())).toEqual({ ok: false, problem: { kind: "cellEditMode" } });
  });
});
