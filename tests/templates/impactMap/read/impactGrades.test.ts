import { DEFAULT_GRADES, Dec, GradeTable } from "../../../../src/core";
import { impactColumn } from "../../../../src/templates/impactMap/impactColumns";
import { ImpactMapRead, ImpactReadResult, ImpactTableCells, readImpactMap } from "../../../../src/templates/impactMap/read/impactRead";
import { impactReadProblemText, skippedRowText } from "../../../../src/templates/impactMap/read/impactReadMessages";
import type { TemplateOptions } from "../../../../src/templates/kit/model";
import { impactMapFixture } from "../impactCells";

/** Reading evidence grades back: each row's grade and over-claim warnings, and the Lists sheet's grade table. */

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true };
const EN: TemplateOptions = { ...SV, language: "en" };
const col = impactColumn;

function read(cells: ImpactTableCells): ImpactMapRead {
  const result = readImpactMap(cells);
  if (!result.ok) throw new Error(`expected a map, got ${JSON.stringify(result.problem)}`);
  return result.map;
}

function problemOf(result: ImpactReadResult) {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

/** Every cell of a fully sourced row: 10 × 50 % × (1 − 20 %) × (1 − 10 %) × (1 − 0) × 1 000, 3 years, 10 % drop-off. */
function sourcedRow(width: number): unknown[] {
  const row: unknown[] = Array.from({ length: width }, () => "");
  const set: Record<string, unknown> = {
    stakeholder: "Deltagare",
    outcome: "Arbete",
    quantity: 10,
    quantitySource: "Register",
    outcomeRate: 0.5,
    outcomeRateSource: "Enkät",
    deadweight: 0.2,
    deadweightSource: "Matchning",
    attribution: 0.1,
    attributionSource: "Bedömning",
    displacement: 0,
    displacementSource: "Analys",
    proxy: 1000,
    proxyYear: 2023,
    proxySource: "Prislista",
    years: 3,
    dropOff: 0.1,
    periodSource: "Uppföljning",
    grade: "B",
  };
  for (const [id, value] of Object.entries(set)) row[col(id)] = value;
  return row;
}

/** The example's cells with the body replaced by the given rows (the rest blank). */
function withRows(rows: readonly (readonly unknown[])[], options = SV, gradeTable?: unknown[][] | null): ImpactTableCells {
  const { cells } = impactMapFixture(options);
  const width = cells.body[0].length;
  const body = cells.body.map((_, i) => (rows[i] ? [...rows[i]] : Array.from({ length: width }, () => "")));
  const base = { ...cells, body };
  if (gradeTable === null) {
    const { gradeTable: _, ...rest } = base;
    return rest;
  }
  return gradeTable === undefined ? base : { ...base, gradeTable };
}

function changed(edit: Record<string, unknown>): unknown[] {
  const row = sourcedRow(impactMapFixture(SV).cells.body[0].length);
  for (const [id, value] of Object.entries(edit)) row[col(id)] = value;
  return row;
}

const warningsOf = (edit: Record<string, unknown>) => read(withRows([changed(edit)])).rows[0].warnings;

describe("readImpactMap: evidence grades", () => {
  it("reads the Lists sheet's grade table as the product's defaults, in both languages", () => {
    for (const options of [SV, EN]) {
      const { cells } = impactMapFixture(options);
      expect(cells.gradeTable?.map((r) => r[0])).toEqual(["A", "B", "C", "D"]);
      expect(read(cells).grades).toEqual(DEFAULT_GRADES);
    }
  });

  it("reads each row's grade, in either case and with spaces, and a blank grade as ungraded", () => {
    const map = read(withRows([changed({ grade: "A" }), changed({ grade: " c " }), changed({ grade: "" })]));
    expect(map.rows.map((r) => r.row.grade)).toEqual(["A", "C", null]);
  });

  it("takes the product's defaults when the workbook has no grade table", () => {
    expect(read(withRows([changed({})], SV, null)).grades).toBe(DEFAULT_GRADES);
  });

  it("reads an edited grade table, leaving blank rows out", () => {
    const table = [
      ["D", "egen", 0.5, 0.6],
      ["", "", "", ""],
      ["A", "egen", 0, 0.05],
      ["B", "egen", 0.15, 0.25],
      ["c", "egen", 0.3, 0.4],
    ];
    const grades: GradeTable = read(withRows([changed({})], SV, table)).grades;
    expect(Object.fromEntries(Object.entries(grades).map(([g, r]) => [g, [r.haircut.toString(), r.spread.toString()]]))).toEqual({
      A: ["0", "0.05"],
      B: ["0.15", "0.25"],
      C: ["0.3", "0.4"],
      D: ["0.5", "0.6"],
    });
  });

  it.each([
    [
      "a haircut over 100 %",
      [
        ["A", "", 1.5, 0.1],
        ["B", "", 0.1, 0.2],
        ["C", "", 0.25, 0.35],
        ["D", "", 0.4, 0.5],
      ],
    ],
    [
      "a grade twice",
      [
        ["A", "", 0, 0.1],
        ["A", "", 0.1, 0.2],
        ["C", "", 0.25, 0.35],
        ["D", "", 0.4, 0.5],
      ],
    ],
    [
      "a grade missing",
      [
        ["A", "", 0, 0.1],
        ["B", "", 0.1, 0.2],
        ["C", "", 0.25, 0.35],
      ],
    ],
    [
      "a letter that is no grade",
      [
        ["A", "", 0, 0.1],
        ["B", "", 0.1, 0.2],
        ["C", "", 0.25, 0.35],
        ["E", "", 0.4, 0.5],
      ],
    ],
    [
      "a negative spread",
      [
        ["A", "", 0, -0.1],
        ["B", "", 0.1, 0.2],
        ["C", "", 0.25, 0.35],
        ["D", "", 0.4, 0.5],
      ],
    ],
  ])("refuses a grade table with %s, saying where in both languages", (_, table) => {
    const problem = problemOf(readImpactMap(withRows([changed({})], SV, table as unknown[][])));
    expect(problem.kind).toBe("badGrades");
    expect(impactReadProblemText(problem, "en")).toMatch(/^The evidence-grade table on the Lists sheet cannot be read: .+/);
    expect(impactReadProblemText(problem, "sv")).toMatch(/^Tabellen över evidensgrader på bladet Listor går inte att läsa: .+/);
  });

  it("skips a row with a grade that is no grade, naming the column, and reads the others", () => {
    const map = read(withRows([changed({ grade: "E" }), changed({ grade: "A" })]));
    expect(map.rows.map((r) => r.row.grade)).toEqual(["A"]);
    expect(map.skipped.map((s) => [s.sheetRow, s.column])).toEqual([[6, "Evidensgrad"]]);
    expect(skippedRowText(map.skipped[0], "en")).toContain('column "Evidensgrad"');
    expect(skippedRowText(map.skipped[0], "en")).toContain('"E"');
  });
});

describe("readImpactMap: over-claim warnings per row", () => {
  it("finds none on a graded, fully sourced row with deadweight, drop-off and a price year", () => {
    expect(warningsOf({})).toEqual([]);
  });

  it.each([
    ["no grade (counts as D)", { grade: "" }, ["ungraded"]],
    ["deadweight and attribution both 0", { deadweight: 0, attribution: 0 }, ["noCounterfactual"]],
    ["only deadweight 0", { deadweight: 0 }, []],
    ["drop-off 0 over 3 years", { dropOff: 0 }, ["noDropOff"]],
    ["drop-off blank over 3 years (counts as 0)", { dropOff: "" }, ["noDropOff"]],
    ["drop-off 0 in a one-year row", { dropOff: 0, years: 1 }, []],
    ["6 years on grade C", { years: 6, grade: "C" }, ["longOnWeakEvidence"]],
    ["6 years on grade B", { years: 6 }, []],
    ["5 years on grade D", { years: 5, grade: "D" }, []],
    ["6 years ungraded", { years: 6, grade: "" }, ["ungraded", "longOnWeakEvidence"]],
    ["a source of the period missing", { periodSource: "" }, ["noSource"]],
    ["a source of only spaces", { quantitySource: "  " }, ["noSource"]],
    ["no price year", { proxyYear: "" }, ["noPriceYear"]],
  ])("warns of %s", (_, edit, expected) => {
    expect(warningsOf(edit)).toEqual(expected);
  });

  it("judges the benefit period as written, before it is cut to the map's year columns", () => {
    const map = read(withRows([changed({ years: 8, grade: "D" })]));
    expect(map.capped).toHaveLength(1);
    expect(map.rows[0].row.years).toBe(5);
    expect(map.rows[0].warnings).toEqual(["longOnWeakEvidence"]);
  });

  it("judges the price year as written, before the proxy is converted to the base year", () => {
    const map = read(withRows([changed({ proxyYear: 2020 })]));
    expect(map.rows[0].row.proxyYear).toBe(2023);
    expect(map.rows[0].row.proxy.gt(new Dec(1000))).toBe(true);
    expect(map.rows[0].warnings).toEqual([]);
  });

  it("counts a source column the map no longer has as a figure without source", () => {
    const cells = withRows([changed({})]);
    const header = [...cells.header];
    header[col("proxySource")] = "Mina anteckningar";
    expect(read({ ...cells, header }).rows[0].warnings).toEqual(["noSource"]);
  });
});
