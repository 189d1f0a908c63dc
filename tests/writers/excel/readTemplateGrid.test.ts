import { FakeExcel, snapshotWorkbook } from "../../fakes";
import { hyperFormulaCalculator } from "../../fakes/fakeCalculation";
import { checkContractCells, checkPortfolioCells, templateProblemTexts, TemplateOutcome } from "../../../src/taskpane/templateCheck";
import { cellAddress } from "../../../src/templates/kit/a1";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { KEY, OUTCOME_COLUMNS, OUTCOMES, TERMS, yearColumn, YEARS } from "../../../src/templates/outcomeContract/contractLayout";
import { CANDIDATES, COLUMNS, CRITERIA_ROWS } from "../../../src/templates/portfolio/portfolioLayout";
import { createSheets, listSources, readOutcomeContract, readPortfolio } from "../../../src/writers/excel";
import { templateTables } from "../../../src/writers/excel/readTemplateGrid";
import type { SheetGridCells } from "../../../src/workbook/ports";
import { inFake } from "./inFake";

/** Outcome contract and portfolio sheets read back through Office.js (on the fake, formulas calculated) and checked as the pane does. */

const OPTIONS: TemplateOptions = { language: "en", years: 5, startYear: 2026, currency: "kr", example: true };

async function workbook(templates: ("outcomeContract" | "portfolio")[], options = OPTIONS): Promise<{ fake: FakeExcel; sheets: string[] }> {
  const fake = new FakeExcel({ calculate: hyperFormulaCalculator });
  const made = await inFake(fake, () => createSheets({ templates, options }));
  if (!made.ok) throw new Error(JSON.stringify(made.problem));
  return { fake, sheets: made.sheets.map((s) => s.name) };
}

async function contract(fake: FakeExcel, table = "SroiContractTerms"): Promise<SheetGridCells> {
  const result = await inFake(fake, () => readOutcomeContract(table));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.cells;
}

async function portfolio(fake: FakeExcel, table = "SroiPortfolioCriteria"): Promise<SheetGridCells> {
  const result = await inFake(fake, () => readPortfolio(table));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.cells;
}

const messages = (outcome: TemplateOutcome) =>
  outcome.kind === "problems" ? outcome.problems.map((p) => templateProblemTexts(p, "en")) : `results: ${JSON.stringify(outcome.figures)}`;

describe("templateTables", () => {
  it("takes each table with the anchor's number, else the first by name", () => {
    const onSheet = ["SroiContractTerms_2", "SroiContractResults", "SroiContractResults_2", "SroiContractOutcomes_3", "Table1"];
    expect(templateTables("SroiContractTerms_2", ["SroiContractTerms", "SroiContractResults", "SroiContractOutcomes"], onSheet)).toEqual({
      SroiContractTerms: "SroiContractTerms_2",
      SroiContractResults: "SroiContractResults_2",
      SroiContractOutcomes: "SroiContractOutcomes_3",
    });
  });
});

describe("readOutcomeContract and readPortfolio", () => {
  it("need Excel", async () => {
    expect(await readOutcomeContract("SroiContractTerms")).toEqual({ ok: false, problem: { kind: "noExcel" } });
    expect(await readPortfolio("SroiPortfolioCriteria")).toEqual({ ok: false, problem: { kind: "noExcel" } });
  });

  it("are listed, and read in one run of two syncs, writing nothing", async () => {
    const { fake, sheets } = await workbook(["outcomeContract", "portfolio"]);
    const listed = await inFake(fake, () => listSources());
    expect(listed.ok && [listed.sources.contracts, listed.sources.portfolios]).toEqual([
      [{ table: "SroiContractTerms", sheet: sheets[0] }],
      [{ table: "SroiPortfolioCriteria", sheet: sheets[1] }],
    ]);
    const before = snapshotWorkbook(fake);
    const [syncs, runs] = [fake.syncs, fake.runs];
    const cells = await contract(fake);
    expect([fake.syncs - syncs, fake.runs - runs]).toEqual([2, 1]);
    expect(snapshotWorkbook(fake)).toEqual(before);
    expect(cells.sheet).toBe(sheets[0]);
    expect(cells.tables.SroiContractTerms).toEqual({ top: TERMS.header, left: 0, bottom: TERMS.cap, right: 2 });
    expect((await portfolio(fake)).sheet).toBe(sheets[1]);
  });

  it("a missing table is a problem, not an error", async () => {
    const { fake } = await workbook(["outcomeContract"]);
    expect(await inFake(fake, () => readOutcomeContract("SroiContractTerms_7"))).toEqual({
      ok: false,
      problem: { kind: "tableMissing", name: "SroiContractTerms_7" },
    });
  });
});

describe("the contract check on the example sheet", () => {
  it("gives the hand-worked figures of issue 18, and the sheet agrees", async () => {
    const { fake } = await workbook(["outcomeContract"]);
    const outcome = checkContractCells(await contract(fake));
    if (outcome.kind !== "results") throw new Error(JSON.stringify(messages(outcome)));
    const core = (i: number, places = 6) => {
      const c = outcome.figures[i].core;
      return c.kind === "number" ? c.value.toFixed(places) : c.kind;
    };
    // Issue 18: payments 2 300 000, outcome payments 2 000 000, savings 3 950 000, net 1 650 000,
    // PV 1 522 912.90, IRR 28.67 %, multiple 1.0455 (2 300 000 / 2 200 000), at risk 2 000 000 / 2 300 000,
    // break-even (2 200 000 − 300 000) / 2 180 000.
    expect([0, 1, 2, 3].map((i) => core(i, 0))).toEqual(["2300000", "2000000", "3950000", "1650000"]);
    expect(core(4, 2)).toBe("1522912.90");
    expect(core(5, 4)).toBe("0.2867");
    expect(core(6, 4)).toBe("1.0455");
    expect(core(7)).toBe("0.869565");
    expect(core(8, 4)).toBe("0.8716");
    expect(outcome.figures.filter((f) => !f.agrees)).toEqual([]);
  });

  it("lists each bad input with its cell: negative price, negative cost, cap below zero, text in a number cell", async () => {
    const { fake, sheets } = await workbook(["outcomeContract"]);
    const price = cellAddress(OUTCOMES.first, OUTCOME_COLUMNS.price);
    const expected = cellAddress(OUTCOMES.first + 1, OUTCOME_COLUMNS.firstYear + 1);
    fake.user.typeInto(sheets[0], price, -60000);
    fake.user.typeInto(sheets[0], cellAddress(TERMS.cap, 1), -1);
    fake.user.typeInto(sheets[0], expected, "ten");
    const delivery = cellAddress(YEARS.deliveryCost, yearColumn(2));
    fake.user.typeInto(sheets[0], delivery, -700000);
    const cells = await contract(fake);
    const outcome = checkContractCells(cells);
    expect(messages(outcome)).toEqual([
      {
        cell: "B9",
        place: "Cap on total outcome payments (blank = none)",
        message: "Cap on outcome payments must be 0 or more, but the cell holds \u22121.",
      },
      {
        cell: price,
        place: "In work six months after",
        message: "Price per validated outcome must be 0 or more, but the cell holds \u221260,000.",
      },
      {
        cell: expected,
        place: "Completed an upper-secondary course",
        message: "Expected outcomes in year 2 must be a number, but the cell holds “ten”.",
      },
      {
        cell: delivery,
        place: "Provider's delivery cost (funded up front)",
        message: "Delivery cost in year 2 must be 0 or more, but the cell holds \u2212700,000.",
      },
    ]);
    // each is flagged by a check cell on the sheet too
    const flagged = [
      cells.values[TERMS.cap][2],
      cells.values[OUTCOMES.first][OUTCOME_COLUMNS.check],
      cells.values[OUTCOMES.first + 1][OUTCOME_COLUMNS.check],
      cells.values[YEARS.check][0],
    ];
    expect(flagged).toEqual([
      "The cap must be a number of 0 or more, or blank for no cap",
      "Enter a price of 0 or more",
      "Expected outcomes must be numbers of 0 or more",
      "Delivery costs must be numbers of 0 or more",
    ]);
  });

  it("names a key figure typed over", async () => {
    const { fake, sheets } = await workbook(["outcomeContract"]);
    fake.user.typeInto(sheets[0], cellAddress(KEY.payments, 1), 1);
    const outcome = checkContractCells(await contract(fake));
    expect(outcome.kind === "results" && outcome.figures.filter((f) => !f.agrees).map((f) => f.cell)).toEqual(["B12"]);
  });

  it("cannot read a sheet with rows inserted above its tables, and says so", async () => {
    const { fake, sheets } = await workbook(["outcomeContract"]);
    fake.user.insertRows(sheets[0], 2);
    const outcome = checkContractCells(await contract(fake));
    expect(outcome.kind).toBe("problems");
    expect(outcome.kind === "problems" && outcome.problems.every((p) => p.source === "sheet")).toBe(true);
    expect(JSON.stringify(messages(outcome))).toContain("The table SroiContractTerms is at A6:C10; the template put it at A5:C9.");
  });
});

describe("the portfolio check on the example sheet", () => {
  it("gives the hand-worked scores of issue 18, and the sheet agrees", async () => {
    const { fake } = await workbook(["portfolio"]);
    const outcome = checkPortfolioCells(await portfolio(fake));
    if (outcome.kind !== "results") throw new Error(JSON.stringify(messages(outcome)));
    const shown = outcome.figures.map((f) => [
      typeof f.label === "string" ? f.label : f.label.en,
      f.core.kind === "number" ? f.core.value.toString() : f.core.kind,
    ]);
    // Issue 18: 4.05, 3.55, 3.75 → ranks 1, 3, 2; chosen reading and family support: 2 700 000, 6 300 000, ratio 2.3333.
    expect(shown.slice(0, 6)).toEqual([
      ["Early reading support (grades 1–3)", "4.05"],
      ["Early reading support (grades 1–3)", "1"],
      ["Job coaching for youth", "3.55"],
      ["Job coaching for youth", "3"],
      ["Family support at home", "3.75"],
      ["Family support at home", "2"],
    ]);
    expect(shown.slice(6).map(([, v]) => v.slice(0, 8))).toEqual(["2", "2700000", "6300000", "3600000", "2.333333"]);
    expect(outcome.figures.filter((f) => !f.agrees)).toEqual([]);
  });

  it("lists every score outside 1–5, and weights that are all zero", async () => {
    const { fake, sheets } = await workbook(["portfolio"]);
    const score = (row: number, i: number) => cellAddress(CANDIDATES.first + row, COLUMNS.firstScore + i);
    fake.user.typeInto(sheets[0], score(0, 0), 6);
    fake.user.typeInto(sheets[0], score(2, 3), 0);
    const cells = await portfolio(fake);
    expect(cells.values[CANDIDATES.first][COLUMNS.check]).toBe("Scores must be from 1 to 5");
    expect(messages(checkPortfolioCells(cells))).toEqual([
      {
        cell: score(0, 0),
        place: "Early reading support (grades 1–3)",
        message: "Score on criterion 1 must be from 1 to 5, but the cell holds 6.",
      },
      { cell: score(2, 3), place: "Family support at home", message: "Score on criterion 4 must be from 1 to 5, but the cell holds 0." },
    ]);
    for (let i = 0; i < 4; i++) fake.user.typeInto(sheets[0], cellAddress(CRITERIA_ROWS.first + i, 1), 0);
    fake.user.typeInto(sheets[0], score(0, 0), 5);
    fake.user.typeInto(sheets[0], score(2, 3), 3);
    const zero = await portfolio(fake);
    expect(zero.values[CRITERIA_ROWS.check][0]).toBe("Give at least one criterion a weight above 0");
    expect(messages(checkPortfolioCells(zero))).toEqual([
      { cell: "B6:B10", place: undefined, message: "Every weight is 0 or blank; give at least one a value above 0." },
    ]);
  });
});
