import { Dec, evaluateImpactMap } from "../../../../src/core";
import { impactColumn } from "../../../../src/templates/impactMap/impactColumns";
import { impactLayout } from "../../../../src/templates/impactMap/impactLayout";
import { ImpactMapRead, ImpactReadResult, ImpactTableCells, readImpactMap } from "../../../../src/templates/impactMap/read/impactRead";
import { cappedRowText, impactReadProblemText, skippedRowText } from "../../../../src/templates/impactMap/read/impactReadMessages";
import type { TemplateOptions } from "../../../../src/templates/kit/model";
import { impactMapFixture } from "../impactCells";
import { expectClose } from "../../hyperformula";

/** Reading an impact map back: the template's own example, then maps edited and damaged by hand. */

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true };
const EN: TemplateOptions = { ...SV, language: "en" };
const L = impactLayout(5);
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

/** The example's cells with body row `i` (0-based) changed by `edit`. */
function edited(options: TemplateOptions, edit: (body: unknown[][]) => void): ImpactTableCells {
  const { cells } = impactMapFixture(options);
  const body = cells.body.map((r) => [...r]);
  edit(body);
  return { ...cells, body };
}

describe("readImpactMap", () => {
  describe.each([
    ["Swedish", SV],
    ["English", EN],
  ])("the template's example (%s)", (_, options) => {
    const fixture = impactMapFixture(options);
    const map = read(fixture.cells);

    it("reads the six example rows at sheet rows 6–11, nothing skipped", () => {
      expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 8, 9, 10, 11]);
      expect(map.skipped).toEqual([]);
      expect(map.capped).toEqual([]);
    });

    it("reads the seed row exactly: 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 (seed 000)", () => {
      const seed = map.rows[0].row;
      expect([seed.quantity, seed.outcomeRate, seed.deadweight, seed.attribution, seed.displacement, seed.proxy].map(String)).toEqual([
        "80",
        "0.7",
        "0.2",
        "0.05",
        "0.1",
        "15000",
      ]);
      expect([seed.years, seed.dropOff.toString()]).toEqual([1, "0"]);
    });

    it("reads the discount rate, the investment and the year columns of the summary", () => {
      expect([map.rate.toString(), map.investment.map(String)]).toEqual(["0.035", ["1500000"]]);
      expect([map.yearColumns, map.startYear]).toEqual([5, 2026]);
      expect([map.sheet, map.table]).toEqual([fixture.spec.name, "SroiImpactMap"]);
    });

    it("values the rows read to the sheet's own total present value (HyperFormula)", () => {
      const core = evaluateImpactMap(
        map.rows.map((r) => r.row),
        map.rate,
        map.investment,
      );
      expectClose(core.totalPresentValue.toNumber(), fixture.engine.numAt("impactMap", L.totalPresentValueRow, 1));
    });
  });

  describe("an edited map", () => {
    it("reads rows the user added inside the table (the summary under it moved down with it)", () => {
      const { cells } = impactMapFixture(SV);
      const extra = [...cells.body[0]];
      extra[col("quantity")] = 40;
      const body = [...cells.body.slice(0, 6), extra, ...cells.body.slice(6), ...Array.from({ length: 5 }, () => cells.body[10])];
      // the summary is read relative to the table's last row, so it moved down with the table
      const map = read({ ...cells, body });
      expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 8, 9, 10, 11, 12]);
      expect(map.rows[6].row.quantity.toString()).toBe("40");
      expect(map.investment.map(String)).toEqual(["1500000"]);
    });

    it("skips blank rows between filled ones and keeps the sheet row numbers", () => {
      const cells = edited(SV, (body) =>
        body.splice(
          2,
          0,
          body[15].map(() => ""),
          body[15].map(() => ""),
        ),
      );
      expect(read(cells).rows.map((r) => r.sheetRow)).toEqual([6, 7, 10, 11, 12, 13]);
    });

    it("finds columns by their header in either language, moved or among columns of the user's own", () => {
      const { cells } = impactMapFixture(SV);
      const order = [...cells.header.keys()].reverse();
      const move = (r: readonly unknown[]): unknown[] => ["my note", ...order.map((i) => r[i])];
      const header = move(cells.header);
      header[1 + order.indexOf(col("proxy"))] = "Financial proxy"; // English header on a Swedish map
      const map = read({ ...cells, header, body: cells.body.map(move) });
      // The care-visits proxy is from three years before the base year 2023: 8 000 × 403.70 / 335.92 (KPI 2023 / 2020).
      expect(map.rows.map((r) => r.row.proxy.toDecimalPlaces(30).toString())).toEqual([
        "15000",
        "60000",
        "45000",
        "9614.193855679923791378899738032865",
        "40000",
        "-500",
      ]);
      expect(map.rows[1].outcome).toBe("Arbete eller studier");
    });

    it("counts a benefit period longer than the year columns as the sheet does, and says so", () => {
      const cells = edited(SV, (body) => (body[1][col("years")] = 8));
      const map = read(cells);
      expect(map.rows[1].row.years).toBe(5);
      expect(map.capped).toEqual([{ sheetRow: 7, given: 8, years: 5 }]);
      expect(cappedRowText(map.capped[0], "sv")).toBe(
        "Rad 7: nyttoperioden på 8 år är längre än kartans 5 årskolumner; räknas som 5 år, som bladet gör.",
      );
    });
  });

  describe("a damaged map", () => {
    it("lists a row with text in a number cell, naming row, column and value, and reads the others", () => {
      const map = read(edited(SV, (body) => (body[2][col("deadweight")] = "tjugo")));
      expect(map.rows.map((r) => r.sheetRow)).toEqual([6, 7, 9, 10, 11]);
      expect(map.skipped.map((s) => skippedRowText(s, "sv"))).toEqual([
        'Rad 8 (Socialtjänsten – Mindre utbetalt ekonomiskt bistånd), kolumn "Dödvikt": dödvikt måste vara ett tal; fick "tjugo".',
      ]);
      expect(skippedRowText(map.skipped[0], "en")).toBe(
        'Row 8 (Socialtjänsten – Mindre utbetalt ekonomiskt bistånd), column "Dödvikt": deadweight must be a number; got "tjugo".',
      );
    });

    it("explains a percentage typed as a whole number, an error value and a half-filled row", () => {
      const map = read(
        edited(EN, (body) => {
          body[0][col("outcomeRate")] = 70;
          body[1][col("proxy")] = "#N/A";
          body[6][col("stakeholder")] = "Volunteers";
        }),
      );
      expect(map.skipped.map((s) => skippedRowText(s, "en"))).toEqual([
        'Row 6 (Participants – Feel safer), column "Outcome rate": outcome_rate is 70: rates are fractions, so enter 0.7 for 70 % (allowed: [0, 1]).',
        'Row 7 (Participants – Work or studies), column "Financial proxy": proxy must be a number; got "#N/A".',
        'Row 12 (Volunteers), column "Quantity": quantity is required but was blank.',
      ]);
      expect(map.rows).toHaveLength(4);
    });

    it("lists a row with only its indicator and a source filled in, as the sheet's own check flags it", () => {
      const map = read(
        edited(EN, (body) => {
          body[6][col("indicator")] = "Self-reported safety";
          body[6][col("proxySource")] = "Survey 2025";
        }),
      );
      expect(map.skipped.map((s) => skippedRowText(s, "en"))).toEqual(['Row 12, column "Quantity": quantity is required but was blank.']);
      expect(map.rows).toHaveLength(6);
    });

    it("refuses a map without a required column, naming it", () => {
      const { cells } = impactMapFixture(EN);
      const header = cells.header.map((h, i) => (i === col("attribution") ? "Credit" : h));
      const problem = problemOf(readImpactMap({ ...cells, header }));
      expect(impactReadProblemText(problem, "en")).toBe(
        'The impact map lacks the column(s) "Attribution". Restore their headers, or create a new impact map.',
      );
    });

    it("refuses a map whose summary labels are gone, or whose rate or investment is unusable", () => {
      const { cells } = impactMapFixture(SV);
      const without = cells.below.map((r) => (String(r[0]).startsWith("Diskonteringsränta") ? ["Ränta", r[1]] : r));
      expect(impactReadProblemText(problemOf(readImpactMap({ ...cells, below: without })), "sv")).toBe(
        'Ingen rad med texten "Diskonteringsränta" finns i första kolumnen under effektkartans tabell. Återställ texten eller flytta tillbaka sammanfattningen under tabellen.',
      );
      const badRate = cells.below.map((r) => (r[0] === "Diskonteringsränta" ? [r[0], 3.5] : r));
      expect(impactReadProblemText(problemOf(readImpactMap({ ...cells, below: badRate })), "en")).toBe(
        "Discount rate: discount_rate is 3.5: rates are fractions, so enter 0.035 for 3.5 % (allowed: (-1, 1)).",
      );
      const noInvestment = cells.below.map((r) => (String(r[0]).startsWith("Investering") ? [r[0], ""] : r));
      expect(impactReadProblemText(problemOf(readImpactMap({ ...cells, below: noInvestment })), "sv")).toBe(
        "Investering (betalas i början): investering måste anges men är tom.",
      );
    });

    it("takes a blank discount rate as 0, as the sheet's NPV does", () => {
      const { cells } = impactMapFixture(SV);
      const below = cells.below.map((r) => (r[0] === "Diskonteringsränta" ? [r[0], ""] : r));
      expect(read({ ...cells, below }).rate.eq(new Dec(0))).toBe(true);
    });

    it("refuses a map with no row that can be valued, and keeps the reasons", () => {
      const cells = edited(SV, (body) => body.forEach((r) => (r[col("proxy")] = "")));
      const problem = problemOf(readImpactMap(cells));
      expect(impactReadProblemText(problem, "sv")).toBe("Ingen av effektkartans 6 ifyllda rader kan värderas; se orsakerna nedan.");
      expect(problem.kind === "noRows" && problem.skipped.map((s) => s.sheetRow)).toEqual([6, 7, 8, 9, 10, 11]);
      const blank = impactMapFixture({ ...SV, example: false }).cells;
      expect(impactReadProblemText(problemOf(readImpactMap(blank)), "en")).toMatch(/^The impact map has no row that can be valued/);
    });
  });
});

describe("readImpactMap: price years", () => {
  const careRow = 3; // the example's care-visits row: 8 000 kr in 2020 prices, base year 2023
  it("converts a proxy from another price year to the summary's base year, with the workbook's KPI when given", () => {
    const { cells } = impactMapFixture(EN);
    const shipped = read(cells);
    expect(shipped.baseYear).toBe(2023);
    // 8 000 × 403.70 / 335.92 (SCB's annual means 2023 and 2020)
    expect(shipped.rows[careRow].row.proxy.toFixed(6)).toBe(new Dec(8000).times("403.70").div("335.92").toFixed(6));
    // an own index (the user replaced the KPI sheet's values): 2020 = 100, 2023 = 110 → 8 800
    const own = read({
      ...cells,
      priceIndex: [
        [2020, 100, "own"],
        [2023, 110, ""],
        ["", "", ""],
      ],
    });
    expect(own.rows[careRow].row.proxy.toString()).toBe("8800");
  });

  it("skips a row whose price year the index lacks, naming the column", () => {
    const cells = edited(EN, (body) => (body[careRow][col("proxyYear")] = 1999));
    const map = read(cells);
    expect(map.rows).toHaveLength(5);
    expect(map.skipped[0]).toMatchObject({ sheetRow: L.firstRow + 1 + careRow, column: "Proxy price year" });
    expect(map.skipped[0].error.detail).toMatchObject({ kind: "yearNotInIndex", argument: "proxy_year", given: 1999 });
  });
});
