import { FakeExcel, snapshotWorkbook } from "../../fakes";
import { hyperFormulaCalculator } from "../../fakes/fakeCalculation";
import { ACTORS } from "../../../src/core/actors";
import { checkBeforeAfterCells, CheckOutcome, problemTexts } from "../../../src/taskpane/beforeAfterCheck";
import { cellAddress } from "../../../src/templates/kit/a1";
import { BA } from "../../../src/templates/beforeAfter/beforeAfterLayout";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { createSheets, readBeforeAfter } from "../../../src/writers/excel";
import { currencyIn, siblingTables } from "../../../src/writers/excel/readBeforeAfter";
import type { BeforeAfterCells } from "../../../src/workbook/ports";
import { inFake } from "./inFake";

/** A before/after sheet read back through Office.js (on the fake, formulas calculated) and checked as the pane does. */

const EN: TemplateOptions = { language: "en", years: 5, startYear: 2026, currency: "kr", example: true };

async function workbook(...examples: boolean[]): Promise<{ fake: FakeExcel; sheets: string[] }> {
  const fake = new FakeExcel({ calculate: hyperFormulaCalculator });
  const sheets: string[] = [];
  for (const example of examples) {
    const made = await inFake(fake, () => createSheets({ templates: ["beforeAfter"], options: { ...EN, example } }));
    if (!made.ok) throw new Error(JSON.stringify(made.problem));
    sheets.push(made.sheets[0].name);
  }
  return { fake, sheets };
}

async function read(fake: FakeExcel, table = "SroiBeforeAfterGroups"): Promise<BeforeAfterCells> {
  const result = await inFake(fake, () => readBeforeAfter(table));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.cells;
}

function results(outcome: CheckOutcome) {
  if (outcome.kind !== "results")
    throw new Error(
      `results expected: ${JSON.stringify(outcome.kind === "problems" && outcome.problems.map((p) => problemTexts(p, "en")))}`,
    );
  return outcome;
}

/** The A1 address of a 0-based layout position. */
const at = (row: number, column: number): string => cellAddress(row, column);

describe("siblingTables", () => {
  it("takes each kind's table with the groups table's number, else the only or first one", () => {
    const onSheet = [
      "SroiBeforeAfterGroups_2",
      "SroiBeforeAfterSettings_2",
      "SroiBeforeAfterSettings",
      "SroiBeforeAfterRates",
      "SroiBeforeAfterSummary_3",
      "SroiBeforeAfterSummary_4",
      "Table1",
    ];
    expect(siblingTables("SroiBeforeAfterGroups_2", onSheet)).toEqual({
      groups: "SroiBeforeAfterGroups_2",
      settings: "SroiBeforeAfterSettings_2",
      rates: "SroiBeforeAfterRates",
      summary: "SroiBeforeAfterSummary_3",
    });
  });
});

describe("readBeforeAfter", () => {
  it("needs Excel", async () => {
    expect(await readBeforeAfter("SroiBeforeAfterGroups")).toEqual({ ok: false, problem: { kind: "noExcel" } });
  });

  it("reads the example sheet's seven tables in two syncs and writes nothing", async () => {
    const { fake, sheets } = await workbook(true);
    const before = snapshotWorkbook(fake);
    const [syncs, runs] = [fake.syncs, fake.runs];
    const cells = await read(fake);
    expect([fake.syncs - syncs, fake.runs - runs]).toEqual([2, 1]);
    expect(snapshotWorkbook(fake)).toEqual(before);
    expect(cells.sheet).toBe(sheets[0]);
    expect(Object.keys(cells.tables).sort()).toEqual(["groups", "payers", "rates", "resources", "settings", "situations", "summary"]);
    expect(cells.tables.groups).toHaveLength(BA.groups.last - BA.groups.first + 1);
  });

  it("brings the currency the sheet's amounts are formatted in", async () => {
    const { fake } = await workbook(true);
    const result = await inFake(fake, () => readBeforeAfter("SroiBeforeAfterGroups"));
    expect(result.ok && result.currency).toBe("kr");
    expect(
      currencyIn([
        ["General", "0.0"],
        ["#,##0", '"€"#,##0'],
      ]),
    ).toBe("€");
    expect(currencyIn([["General"]])).toBeUndefined();
  });

  it("gives what the hand-worked split gives, and the sheet's own results agree", async () => {
    const { fake } = await workbook(true);
    const { result, summary } = results(checkBeforeAfterCells(await read(fake)));
    // Society 163 810.56 a month, the municipality 59 139.84: worked by hand in tests/taskpane/beforeAfterCheck.test.ts.
    expect(result.society.monthly.toString()).toBe("163810.56");
    expect(result.actors[0].monthly.toString()).toBe("59139.84");
    expect(result.transferBalance.toString()).toBe("0");
    expect(summary).toEqual({ kind: "compared", differences: [], missingRows: [] });
  });

  it("reads the sheet of the groups table asked for, with its own tables", async () => {
    const { fake, sheets } = await workbook(true, false);
    const cells = await read(fake, "SroiBeforeAfterGroups_2");
    expect(cells.sheet).toBe(sheets[1]);
    expect(cells.tables.settings?.[0].slice(1, 3)).toEqual(["", ""]);
    expect(checkBeforeAfterCells(cells).kind).toBe("problems");
  });

  it("follows a user's edits: a group typed into a blank row, and a summary formula typed over", async () => {
    const { fake, sheets } = await workbook(true);
    const row = BA.groups.first + 2;
    ["Added", 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0].forEach((v, c) => fake.user.typeInto(sheets[0], at(row, c), v));
    const added = results(checkBeforeAfterCells(await read(fake)));
    expect(added.result.participants.toString()).toBe("32");
    expect(added.summary).toEqual({ kind: "compared", differences: [], missingRows: [] });
    const region = ACTORS.indexOf("region");
    fake.user.typeInto(sheets[0], at(BA.summary.first + region, BA.summary.left + BA.summary.columns.investment), 1);
    const edited = results(checkBeforeAfterCells(await read(fake)));
    if (edited.summary.kind !== "compared") throw new Error("compared expected");
    // On the sheet the net value and the payback follow the cost typed in; the core keeps 25 % of 48 000 × 32 = 384 000.
    expect(edited.summary.differences.map((d) => [d.actor, d.figure])).toEqual([
      ["region", "investment"],
      ["region", "netValue"],
      ["region", "payback"],
    ]);
    expect([edited.summary.differences[0].sheet, edited.summary.differences[0].core?.toString()]).toEqual([1, "384000"]);
  });

  it("reads society's row under the Summary table and names society's figures when one is typed over", async () => {
    const { fake, sheets } = await workbook(true);
    const cells = await read(fake);
    expect(cells.belowSummary?.[0]).toBe("Society");
    fake.user.typeInto(sheets[0], at(BA.summary.society, BA.summary.left + BA.summary.columns.monthly), 100000);
    const edited = results(checkBeforeAfterCells(await read(fake)));
    if (edited.summary.kind !== "compared") throw new Error("compared expected");
    expect(edited.summary.differences.map((d) => [d.actor, d.figure])).toEqual([
      ["society", "monthly"],
      ["society", "yearly"],
      ["society", "horizonValue"],
      ["society", "netValue"],
      ["society", "payback"],
    ]);
    // the sheet row Excel shows (1-based), labelled as on the sheet; the core keeps 163 810.56 a month
    expect(edited.summary.differences[0]).toMatchObject({
      place: { table: "summary", row: BA.summary.society + 1, label: "Society" },
      sheet: 100000,
    });
    expect(edited.summary.differences[0].core?.toString()).toBe("163810.56");
    expect(edited.summary.differences[1].sheet).toBe(1200000);
  });

  it("lists society as not found when the row under the Summary table is not society's", async () => {
    const { fake, sheets } = await workbook(true);
    fake.user.typeInto(sheets[0], at(BA.summary.society, BA.summary.left), "My notes");
    const outcome = results(checkBeforeAfterCells(await read(fake)));
    expect(outcome.summary).toEqual({ kind: "compared", differences: [], missingRows: ["society"] });
  });

  it("lists the problems of a group that does not add up, at the sheet row Excel shows", async () => {
    const { fake, sheets } = await workbook(true);
    fake.user.typeInto(sheets[0], at(BA.groups.first, BA.groups.sizeColumn), 13);
    const outcome = checkBeforeAfterCells(await read(fake));
    const row = BA.groups.first + 1; // the first group's sheet row, where 13 was typed
    expect(outcome.kind === "problems" && outcome.problems.map((p) => problemTexts(p, "en").place)).toEqual([
      `Participants, row ${row} (Young adults 19–29)`,
      `Participants, row ${row} (Young adults 19–29)`,
    ]);
  });

  it("reports the other tables missing when only the groups table is left", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Mine", cells: { A1: "Group", A2: "A" } }],
      tables: [{ sheet: "Mine", range: "A1:A2", name: "SroiBeforeAfterGroups" }],
    });
    const cells = await read(fake);
    expect(Object.keys(cells.tables)).toEqual(["groups"]);
    const outcome = checkBeforeAfterCells(cells);
    expect(
      outcome.kind === "problems" &&
        outcome.problems.map((p) => (p.source === "sheet" ? `${p.problem.kind} ${"table" in p.problem ? p.problem.table : ""}` : "core")),
    ).toEqual([
      "missingTable settings",
      "missingTable rates",
      "columns groups",
      "missingTable situations",
      "missingTable resources",
      "missingTable payers",
    ]);
  });

  it("says when the table is gone, and gives Excel's errors as problems", async () => {
    const { fake } = await workbook(true);
    expect(await inFake(fake, () => readBeforeAfter("SroiBeforeAfterGroups_7"))).toEqual({
      ok: false,
      problem: { kind: "tableMissing", name: "SroiBeforeAfterGroups_7" },
    });
    fake.failSync(fake.syncs + 2, "GeneralException");
    expect(await inFake(fake, () => readBeforeAfter("SroiBeforeAfterGroups"))).toEqual({
      ok: false,
      problem: { kind: "general", code: "GeneralException" },
    });
    fake.cellEditMode = "InvalidOperationInCellEditMode";
    expect(await inFake(fake, () => readBeforeAfter("SroiBeforeAfterGroups"))).toEqual({ ok: false, problem: { kind: "cellEditMode" } });
  });
});
