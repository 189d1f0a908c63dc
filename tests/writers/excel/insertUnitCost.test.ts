import { FakeExcel, snapshotWorkbook } from "../../fakes";
import { hyperFormulaCalculator } from "../../fakes/fakeCalculation";
import { inFake } from "./inFake";
import type { TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { columnLetter } from "../../../src/templates/kit/a1";
import { impactColumn } from "../../../src/templates/impactMap/impactColumns";
import { readImpactMap as interpret } from "../../../src/templates/impactMap/read/impactRead";
import { costColumn } from "../../../src/templates/costSheet/costLayout";
import { createSheets, insertUnitCost, readImpactMap } from "../../../src/writers/excel";
import type { InsertUnitCostRequest, InsertUnitCostResult } from "../../../src/workbook/ports";

/**
 * Inserting a library unit cost into the row selected in Excel, on the fake with formulas
 * calculated: impact-map rows (proxy, price year, source), cost-sheet rows (picked by name from the
 * unit-cost sheet), filled cells asked about first, a confirmation that no longer holds, selections
 * that are not a target, rates, protection. Every call is one Excel.run.
 */

const SV: TemplateOptions = { language: "sv", years: 3, startYear: 2026, currency: "kr", example: true };

async function workbookWith(templates: TemplateId[], options = SV): Promise<FakeExcel> {
  const fake = new FakeExcel({ calculate: hyperFormulaCalculator });
  const result = await inFake(fake, () => createSheets({ templates, options }));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return fake;
}

/** One insert; checks it was one Excel.run. */
async function insert(fake: FakeExcel, request: InsertUnitCostRequest): Promise<InsertUnitCostResult> {
  const runs = fake.runs;
  const result = await inFake(fake, () => insertUnitCost(request));
  expect(fake.runs - runs).toBe(1);
  return result;
}

const cellOf = (fake: FakeExcel, sheet: string, address: string) =>
  snapshotWorkbook(fake).sheets.find((s) => s.name === sheet)!.cells[address];
const PROXY = columnLetter(impactColumn("proxy"));
const PROXY_YEAR = columnLetter(impactColumn("proxyYear"));
const PROXY_SOURCE = columnLetter(impactColumn("proxySource"));
const ITEM = columnLetter(costColumn("unitCostItem"));
const UNIT = columnLetter(costColumn("unit"));
const OWN = columnLetter(costColumn("ownUnitCost"));
const USED = columnLetter(costColumn("unitCost"));

describe("insertUnitCost (Office.js)", () => {
  describe("on an impact map", () => {
    it("fills a blank row's proxy, price year and source in the sheet's language", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", `B14`);
      const result = await insert(fake, { entryId: "prison-day-2019" });
      expect(result).toEqual({
        outcome: "inserted",
        target: "impactMap",
        sheet: "Effektkarta",
        row: 14,
        cells: [
          { address: `${PROXY}14`, column: "Finansiell proxy", value: 3202 },
          { address: `${PROXY_YEAR}14`, column: "Proxyns prisår", value: 2019 },
          {
            address: `${PROXY_SOURCE}14`,
            column: "Källa: proxy",
            value: expect.stringMatching(/^Anstalt, kostnad per vårddygn 2019, per dag: Kriminalvården, ”Ekonomi och planering/),
          },
        ],
      });
      expect(cellOf(fake, "Effektkarta", `${PROXY}14`)).toMatchObject({ value: 3202 });
      expect(cellOf(fake, "Effektkarta", `${PROXY_YEAR}14`)).toMatchObject({ value: 2019 });
    });

    it("asks before overwriting a filled proxy and writes nothing", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", "A6");
      const before = snapshotWorkbook(fake);
      const result = await insert(fake, { entryId: "prison-day-2019" });
      expect(result).toMatchObject({ outcome: "confirm", target: "impactMap", sheet: "Effektkarta", row: 6, changed: false });
      if (result.outcome !== "confirm") throw new Error("no question");
      // The example's first row: proxy 15 000, its price year (the base year 2023) and its source.
      expect(result.cells.map((c) => [c.address, c.column, c.shown, c.next])).toEqual([
        [`${PROXY}6`, "Finansiell proxy", 15000, 3202],
        [`${columnLetter(impactColumn("proxyYear"))}6`, "Proxyns prisår", 2023, 2019],
        [`${PROXY_SOURCE}6`, "Källa: proxy", "Värderingsstudie, kursexempel", expect.stringContaining("Kriminalvården")],
      ]);
      expect(snapshotWorkbook(fake)).toEqual(before);
    });

    it("overwrites once confirmed, and the map converts the 2019 proxy to the base year", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", "A6");
      const asked = await insert(fake, { entryId: "prison-day-2019" });
      if (asked.outcome !== "confirm") throw new Error("no question");
      const done = await insert(fake, { entryId: "prison-day-2019", confirmed: { sheet: asked.sheet, cells: asked.cells } });
      expect(done).toMatchObject({ outcome: "inserted", row: 6 });
      const read = await inFake(fake, () => readImpactMap("SroiImpactMap"));
      if (!read.ok) throw new Error("unread");
      const map = interpret(read.cells);
      if (!map.ok) throw new Error("uninterpreted");
      // 3 202 kr in 2019 prices, base year 2023: 3 202 × 403.70 / 334.26 = 3 867.1914… (KPI annual means, SCB)
      expect(map.map.rows[0].row.proxy.toFixed(4)).toBe("3867.1914");
    });

    it("asks again, writing nothing, when a confirmed cell changed meanwhile", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", "A6");
      const asked = await insert(fake, { entryId: "prison-day-2019" });
      if (asked.outcome !== "confirm") throw new Error("no question");
      fake.user.typeInto("Effektkarta", `${PROXY}6`, 16000);
      const again = await insert(fake, { entryId: "prison-day-2019", confirmed: { sheet: asked.sheet, cells: asked.cells } });
      expect(again).toMatchObject({ outcome: "confirm", changed: true });
      if (again.outcome !== "confirm") throw new Error("no question");
      expect(again.cells[0]).toMatchObject({ address: `${PROXY}6`, shown: 16000 });
      expect(cellOf(fake, "Effektkarta", `${PROXY}6`)).toMatchObject({ value: 16000 });
    });

    it("asks again when the selection moved to another filled row after the question", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", "A6");
      const asked = await insert(fake, { entryId: "pbb-2024" });
      if (asked.outcome !== "confirm") throw new Error("no question");
      fake.user.select("Effektkarta", "A7");
      expect(await insert(fake, { entryId: "pbb-2024", confirmed: { sheet: asked.sheet, cells: asked.cells } })).toMatchObject({
        outcome: "confirm",
        row: 7,
        changed: true,
      });
    });

    it("writes nothing and asks nothing when the row already holds the figure", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("Effektkarta", "C14");
      await insert(fake, { entryId: "pbb-2026" });
      const before = snapshotWorkbook(fake);
      expect(await insert(fake, { entryId: "pbb-2026" })).toEqual({
        outcome: "inserted",
        target: "impactMap",
        sheet: "Effektkarta",
        row: 14,
        cells: [],
      });
      expect(snapshotWorkbook(fake)).toEqual(before);
    });

    it("writes English texts into an English map", async () => {
      const fake = await workbookWith(["impactMap"], { ...SV, language: "en" });
      fake.user.select("Impact map", `${PROXY}14`);
      const result = await insert(fake, { entryId: "social-assistance-2024" });
      expect(result).toMatchObject({ outcome: "inserted" });
      expect(cellOf(fake, "Impact map", `${PROXY_SOURCE}14`)?.value).toMatch(
        /^Social assistance paid per household \(whole country\) 2024, household and year: Socialstyrelsen \(as published by Regionfakta\)/,
      );
    });
  });

  describe("on a cost sheet", () => {
    it("picks the figure from the unit-cost sheet by name, with its unit, and the sheet converts it", async () => {
      const fake = await workbookWith(["costSheet"]);
      fake.user.select("Kostnadskalkyl", "A14");
      const result = await insert(fake, { entryId: "prison-day-2019" });
      expect(result).toEqual({
        outcome: "inserted",
        target: "costSheet",
        sheet: "Kostnadskalkyl",
        row: 14,
        cells: [
          { address: `${ITEM}14`, column: "Enhetskostnad (valfri)", value: "Anstalt, kostnad per vårddygn 2019" },
          { address: `${UNIT}14`, column: "Enhet", value: "per dag" },
        ],
      });
      // The unit cost used, in base-year (2023) prices: 3 202 × 403.70 / 334.26 = 3 867.19…
      const used = await inFake(fake, () =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Kostnadskalkyl").getRange(`${USED}14`).load("values");
          await context.sync();
          return range.values[0][0] as number;
        }),
      );
      expect(used.toFixed(4)).toBe("3867.1914");
    });

    it("asks before replacing an own unit cost and its unit, then clears the own cost", async () => {
      const fake = await workbookWith(["costSheet"]);
      // The example's third item: an own unit cost of 700 000 per full-time year.
      fake.user.select("Kostnadskalkyl", "C9");
      const asked = await insert(fake, { entryId: "salary-municipal-2022" });
      if (asked.outcome !== "confirm") throw new Error("no question");
      expect(asked.cells.map((c) => [c.address, c.shown, c.next])).toEqual([
        [`${UNIT}9`, "årsarbetskraft", "per månad"],
        [`${OWN}9`, 700000, ""],
      ]);
      const done = await insert(fake, { entryId: "salary-municipal-2022", confirmed: { sheet: asked.sheet, cells: asked.cells } });
      expect(done).toMatchObject({ outcome: "inserted" });
      expect(cellOf(fake, "Kostnadskalkyl", `${ITEM}9`)).toMatchObject({ value: "Genomsnittlig månadslön, kommuner 2022" });
      expect(cellOf(fake, "Kostnadskalkyl", `${OWN}9`)?.value ?? null).toBeNull();
    });

    it("says so when the unit-cost sheet no longer lists the entry", async () => {
      const fake = await workbookWith(["costSheet"]);
      const at = snapshotWorkbook(fake).sheets.find((s) => s.name === "Enhetskostnader")!;
      const address = Object.entries(at.cells).find(([, c]) => c.value === "Anstalt, kostnad per vårddygn 2019")![0];
      fake.user.clear("Enhetskostnader", address);
      fake.user.select("Kostnadskalkyl", "A14");
      expect(await insert(fake, { entryId: "prison-day-2019" })).toEqual({
        outcome: "notInUnitCostList",
        name: "Anstalt, kostnad per vårddygn 2019",
        list: "Enhetskostnader",
      });
    });
  });

  describe("refusals", () => {
    it("names the selection that is not a target row", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.select("KPI", "B3");
      expect(await insert(fake, { entryId: "pbb-2026" })).toEqual({ outcome: "notTarget", sheet: "KPI", address: "B3", reason: "noTable" });
      fake.user.select("Effektkarta", "A5");
      expect(await insert(fake, { entryId: "pbb-2026" })).toMatchObject({ outcome: "notTarget", address: "A5", reason: "outsideRows" });
      fake.user.select("Effektkarta", "A12:B13");
      expect(await insert(fake, { entryId: "pbb-2026" })).toMatchObject({ outcome: "notTarget", reason: "severalRows" });
    });

    it("refuses a rate without asking Excel", async () => {
      const fake = await workbookWith(["impactMap"]);
      const runs = fake.runs;
      expect(await inFake(fake, () => insertUnitCost({ entryId: "employer-contributions-2024" }))).toEqual({ outcome: "unitMismatch" });
      expect(await inFake(fake, () => insertUnitCost({ entryId: "no-such-entry" }))).toEqual({
        outcome: "unknownEntry",
        entryId: "no-such-entry",
      });
      expect(fake.runs).toBe(runs);
    });

    it("refuses locked cells on a protected sheet and writes unlocked ones", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.user.protectSheet("Effektkarta");
      fake.user.select("Effektkarta", "A14");
      expect(await insert(fake, { entryId: "pbb-2026" })).toEqual({ outcome: "protected", sheet: "Effektkarta" });
      const other = await workbookWith(["impactMap"]);
      other.user.protectSheet("Effektkarta", `${PROXY}6:${PROXY_SOURCE}40`);
      other.user.select("Effektkarta", "A14");
      expect(await insert(other, { entryId: "pbb-2026" })).toMatchObject({ outcome: "inserted" });
    });

    it("answers a problem, not an exception, when Excel is editing a cell", async () => {
      const fake = await workbookWith(["impactMap"]);
      fake.cellEditMode = "InvalidOperationInCellEditMode";
      expect(await insert(fake, { entryId: "pbb-2026" })).toEqual({ outcome: "problem", problem: { kind: "cellEditMode" } });
    });
  });
});
