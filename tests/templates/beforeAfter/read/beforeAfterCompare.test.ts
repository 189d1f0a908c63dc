import { ACTORS, splitByActor } from "../../../../src/core/actors";
import { beforeAfterTemplate } from "../../../../src/templates/beforeAfter/beforeAfter";
import { compareSummary } from "../../../../src/templates/beforeAfter/read/beforeAfterCompare";
import { BA } from "../../../../src/templates/beforeAfter/beforeAfterLayout";
import { readBeforeAfterSheet } from "../../../../src/templates/beforeAfter/read/beforeAfterRead";
import { DEFAULT_OPTIONS } from "../../../../src/templates/kit/options";
import type { BeforeAfterCells } from "../../../../src/workbook/ports";
import { tableCells } from "../beforeAfterSheet";
import { SheetEngine } from "../../hyperformula";

/** The sheet's own Summary against the core (src/templates/beforeAfter/read/beforeAfterCompare.ts), on sheets HyperFormula calculates. */

const K = "beforeAfter";

function exampleEngine(): SheetEngine {
  return new SheetEngine(beforeAfterTemplate.build({ ...DEFAULT_OPTIONS, language: "en", example: true }, {}));
}

/** The tables as Excel would give them, calculated cells included. */
const calculated = (engine: SheetEngine): BeforeAfterCells => tableCells((row, column) => engine.getAt(K, row, column), true);

function check(cells: BeforeAfterCells) {
  const reading = readBeforeAfterSheet(cells);
  return { reading, result: splitByActor(reading.input), summary: compareSummary(reading.summary, splitByActor(reading.input)) };
}

const region = ACTORS.indexOf("region");

describe("compareSummary", () => {
  it("finds no difference on the untouched example: the template's formulas reproduce the core", () => {
    expect(check(calculated(exampleEngine())).summary).toEqual({ kind: "compared", differences: [], missingRows: [] });
  });

  it("agrees on a payback that never comes ('Does not pay back' on the sheet, null in the core)", () => {
    const engine = exampleEngine();
    engine.setAt(K, BA.settings.deadweight, 1, 1);
    const { result, summary } = check(calculated(engine));
    expect(result.actors[region].paybackMonths).toBeNull();
    expect(engine.getAt(K, BA.summary.first + region, BA.summary.left + BA.summary.columns.payback)).toBe("Does not pay back");
    expect(summary).toEqual({ kind: "compared", differences: [], missingRows: [] });
  });

  it("names every figure an edited formula changes, with both values", () => {
    const engine = exampleEngine();
    // The region's change per month typed over its formula: yearly, value, net value and payback follow it on the sheet.
    engine.setAt(K, BA.summary.first + region, BA.summary.left + BA.summary.columns.monthly, 1000);
    const { result, summary } = check(calculated(engine));
    if (summary.kind !== "compared") throw new Error(`compared expected, got ${summary.kind}`);
    expect(summary.differences.map((d) => [d.actor, d.figure])).toEqual([
      ["region", "monthly"],
      ["region", "yearly"],
      ["region", "horizonValue"],
      ["region", "netValue"],
      ["region", "payback"],
    ]);
    expect(summary.differences[0]).toEqual({
      actor: "region",
      place: { table: "summary", row: 2, label: "Region" },
      figure: "monthly",
      sheet: 1000,
      core: result.actors[region].monthly,
    });
    expect(summary.differences[1].sheet).toBe(12000);
  });

  it("compares society's row under the Summary table, as the sheet shows it", () => {
    const engine = exampleEngine();
    const cells = calculated(engine);
    expect(cells.belowSummary?.[0]).toBe("Society");
    engine.setAt(K, BA.summary.society, BA.summary.left + BA.summary.columns.investment, 0);
    const { result, summary } = check(calculated(engine));
    if (summary.kind !== "compared") throw new Error(`compared expected, got ${summary.kind}`);
    // society's investment is the whole cost, 48 000 × 30 = 1 440 000; typed over with 0 the net value and payback follow
    expect(summary.differences.map((d) => [d.actor, d.figure, d.core?.toString()])).toEqual([
      ["society", "investment", "1440000"],
      ["society", "netValue", result.society.netValue.toString()],
      ["society", "payback", result.society.paybackMonths?.toString()],
    ]);
    expect(summary.differences[0].place).toEqual({ table: "summary", row: BA.summary.society - BA.summary.header, label: "Society" });
  });

  it("lists society as not compared when its row is gone", () => {
    const engine = exampleEngine();
    engine.setAt(K, BA.summary.society, BA.summary.left, null);
    expect(check(calculated(engine)).summary).toEqual({ kind: "compared", differences: [], missingRows: ["society"] });
  });

  it("shows a group row the sheet's totals do not include", () => {
    const cells = calculated(exampleEngine());
    const groups = cells.tables.groups!.map((row, i) => (i === 2 ? ["Added", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, ""] : row));
    const { result, summary } = check({ ...cells, tables: { ...cells.tables, groups } });
    if (summary.kind !== "compared") throw new Error(`compared expected, got ${summary.kind}`);
    const municipality = summary.differences.find((d) => d.actor === "municipality" && d.figure === "monthly");
    // One more person from social assistance into work, kept at 80 % after deadweight: the municipality saves
    // 9 000 × 0.8 = 7 200 of benefit, gains 24 000 × 21.36 % × 0.8 = 4 101.12 of tax, and (900 + 0.1 × 1 800) × 0.8 = 864
    // of resource use for the 31st participant: 12 165.12 a month more than the sheet shows.
    expect(
      result.actors[0].monthly
        .minus(municipality!.sheet as number)
        .toDecimalPlaces(6)
        .toString(),
    ).toBe("12165.12");
  });

  it("lists actor rows it could not find", () => {
    const cells = calculated(exampleEngine());
    const summaryRows = cells.tables.summary!.filter((row) => row[0] !== "The state");
    expect(check({ ...cells, tables: { ...cells.tables, summary: summaryRows } }).summary).toEqual({
      kind: "compared",
      differences: [],
      missingRows: ["state"],
    });
  });

  it("says when the sheet shows no results, and when there is no Summary to compare with", () => {
    const engine = exampleEngine();
    const uncalculated = tableCells((row, column) => engine.getAt(K, row, column));
    expect(check(uncalculated).summary).toEqual({ kind: "blank" });
    const result = splitByActor(readBeforeAfterSheet(uncalculated).input);
    expect(compareSummary(undefined, result)).toEqual({ kind: "unavailable" });
    expect(compareSummary({}, result)).toEqual({ kind: "unavailable" });
  });
});
