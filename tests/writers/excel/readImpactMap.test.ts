import { FakeExcel, FakeExcelOptions } from "../../fakes";
import { hyperFormulaCalculator } from "../../fakes/fakeCalculation";
import { inFake } from "./inFake";
import type { TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { readImpactMap as interpret } from "../../../src/templates/impactMap/read/impactRead";
import { impactColumn } from "../../../src/templates/impactMap/impactColumns";
import { createSheets, listSources, readImpactMap } from "../../../src/writers/excel";
import { currencyOfFormat } from "../../../src/writers/style";
import { DEFAULT_GRADES } from "../../../src/core";

/** The impact map read back through Office.js (on the fake, with formulas calculated), as made and as edited. */

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true };

async function workbookWith(templates: TemplateId[], options = SV, fakeOptions: FakeExcelOptions = {}): Promise<FakeExcel> {
  const fake = new FakeExcel({ calculate: hyperFormulaCalculator, ...fakeOptions });
  const result = await inFake(fake, () => createSheets({ templates, options }));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return fake;
}

async function readMap(fake: FakeExcel, table = "SroiImpactMap") {
  const read = await inFake(fake, () => readImpactMap(table));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  const map = interpret(read.cells);
  if (!map.ok) throw new Error(JSON.stringify(map.problem));
  return { cells: read.cells, map: map.map };
}

describe("readImpactMap (Office.js)", () => {
  it("reads a map without a KPI table or grade table in one sync, with the shipped KPI and default grades", async () => {
    const fake = await workbookWith(["impactMap"]);
    await inFake(fake, () =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem("SroiKpi").delete();
        context.workbook.tables.getItem("SroiListGrades").delete();
        await context.sync();
      }),
    );
    const [syncs] = [fake.syncs];
    const { cells, map } = await readMap(fake);
    expect(fake.syncs - syncs).toBe(1);
    expect(cells.priceIndex).toBeUndefined();
    expect(cells.gradeTable).toBeUndefined();
    expect(map.grades).toBe(DEFAULT_GRADES);
    // 8 000 in 2020 prices → 2023: 8 000 × 403.70 / 335.92 = 9 614.19…
    expect(map.rows[3].row.proxy.toFixed(2)).toBe("9614.19");
  });

  it("reads the example map and its KPI table in two syncs of one run, nothing written", async () => {
    const fake = await workbookWith(["impactMap"]);
    const [syncs, runs] = [fake.syncs, fake.runs];
    const { cells, map } = await readMap(fake);
    expect([fake.syncs - syncs, fake.runs - runs]).toEqual([2, 1]);
    // The KPI table's rows come along: the shipped years first, blank rows to grow after them.
    expect(cells.priceIndex?.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      [2006, 284.22],
      [2007, 290.51],
    ]);
    expect(map.baseYear).toBe(2023);
    expect([cells.sheet, cells.table, cells.headerRow]).toEqual(["Effektkarta", "SroiImpactMap", 5]);
    expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 8, 9, 10, 11]);
    expect([map.rate.toString(), map.investment.map(String)]).toEqual(["0.035", ["1500000"]]);
    expect(currencyOfFormat(map.investmentFormat ?? "")).toBe("kr");
  });

  it("reads the Lists sheet's grade table as edited, and each row's grade and warnings", async () => {
    const fake = await workbookWith(["impactMap"]);
    const gradeCell = `${String.fromCharCode(65 + impactColumn("grade"))}6`;
    fake.user.typeInto("Effektkarta", gradeCell, "c");
    fake.user.typeInto("Listor", "K8", 0.55); // grade D's haircut
    const { cells, map } = await readMap(fake);
    expect(cells.gradeTable?.map((r) => r[0])).toEqual(["A", "B", "C", "D"]);
    expect(map.grades.D.haircut.toString()).toBe("0.55");
    expect(map.grades.C).toEqual(DEFAULT_GRADES.C);
    expect(map.rows[0].row.grade).toBe("C");
    expect(map.rows.every((r) => Array.isArray(r.warnings))).toBe(true);
  });

  it("answers a grade table the user broke with a problem", async () => {
    const fake = await workbookWith(["impactMap"]);
    fake.user.typeInto("Listor", "I6", "A"); // grade B's letter: A twice, B missing
    const read = await inFake(fake, () => readImpactMap("SroiImpactMap"));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const map = interpret(read.cells);
    expect(!map.ok && map.problem.kind).toBe("badGrades");
  });

  it("is listed among the sources, and found after the sheet was renamed", async () => {
    const fake = await workbookWith(["impactMap"]);
    fake.user.renameSheet("Effektkarta", "Karta 2026");
    const sources = await inFake(fake, () => listSources());
    expect(sources.ok && sources.sources.impactMaps).toEqual([{ table: "SroiImpactMap", sheet: "Karta 2026" }]);
    const { cells } = await readMap(fake);
    expect(cells.sheet).toBe("Karta 2026");
  });

  it("reads rows inserted inside the table and typed in, and finds the summary below them", async () => {
    const fake = await workbookWith(["impactMap"]);
    fake.user.insertRows("Effektkarta", 8, 2); // two sheet rows before row 8, inside the table
    const type = (column: string, value: string | number) =>
      fake.user.typeInto("Effektkarta", `${String.fromCharCode(65 + impactColumn(column))}9`, value);
    type("stakeholder", "Frivilliga");
    type("quantity", 12);
    type("outcomeRate", 0.5);
    type("deadweight", 0.1);
    type("attribution", 0);
    type("displacement", 0);
    type("proxy", 2000);
    const { map } = await readMap(fake);
    expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 9, 10, 11, 12, 13]);
    expect(map.rows[2].row.stakeholder).toBe("Frivilliga");
    expect(map.investment.map(String)).toEqual(["1500000"]);
  });

  it("reads what is left after rows were deleted", async () => {
    const fake = await workbookWith(["impactMap"]);
    fake.user.deleteRows("Effektkarta", 6, 2);
    const { map } = await readMap(fake);
    expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 8, 9]);
    expect(map.rows[0].row.stakeholder).toBe("Socialtjänsten");
  });

  it("reads an investment linked to the cost sheet as the value Excel shows", async () => {
    const fake = await workbookWith(["costSheet", "impactMap"]);
    const { map } = await readMap(fake);
    expect(map.investment.map(String)).toEqual(["2100000"]);
  });

  it("lists a row the user broke, with the reason, and reads the rest", async () => {
    const fake = await workbookWith(["impactMap"]);
    fake.user.typeInto("Effektkarta", `${String.fromCharCode(65 + impactColumn("deadweight"))}7`, "hög");
    const { map } = await readMap(fake);
    expect(map.skipped.map((s) => [s.sheetRow, s.column])).toEqual([[7, "Dödvikt"]]);
    expect(map.rows).toHaveLength(5);
  });

  it("answers a table that is gone, and Excel missing, with problems", async () => {
    const fake = await workbookWith(["impactMap"]);
    const gone = await inFake(fake, () => readImpactMap("SroiImpactMap_7"));
    expect(gone).toEqual({ ok: false, problem: { kind: "tableMissing", name: "SroiImpactMap_7" } });
    expect(await readImpactMap("SroiImpactMap")).toEqual({ ok: false, problem: { kind: "noExcel" } });
  });
});
