import type { BeforeAfterInput } from "../../../../src/core/actors";
import type { Language } from "../../../../src/core/language";
import { BA_EXAMPLE } from "../../../../src/templates/beforeAfter/beforeAfterExample";
import { readBeforeAfterSheet } from "../../../../src/templates/beforeAfter/read/beforeAfterRead";
import { BEFORE_AFTER_TABLES, templateTableBounds } from "../../../../src/templates/beforeAfter/read/beforeAfterTables";
import type { BeforeAfterCells, BeforeAfterTableKind, CellValue } from "../../../../src/workbook/ports";
import { exampleCells } from "../beforeAfterSheet";
import { BA } from "../../../../src/templates/beforeAfter/beforeAfterLayout";
import { columnLetter } from "../../../../src/templates/kit/a1";

/** The before/after sheet read back from its tables' data rows (src/templates/beforeAfter/read/beforeAfterRead.ts). */

/** A copy of `cells` with one table's rows changed (or the table removed when `change` gives undefined). */
function edited(
  cells: BeforeAfterCells,
  kind: BeforeAfterTableKind,
  change: (rows: CellValue[][]) => CellValue[][] | undefined,
): BeforeAfterCells {
  const rows = cells.tables[kind]!.map((row) => [...row]);
  const tables = { ...cells.tables };
  const changed = change(rows);
  if (changed === undefined) delete tables[kind];
  else tables[kind] = changed;
  return { ...cells, tables };
}

const E = BA_EXAMPLE;
const TEXT = {
  en: {
    municipality: "Municipality",
    region: "Region",
    fk: "Försäkringskassan",
    af: "Arbetsförmedlingen",
    state: "The state",
    yes: "Yes",
    no: "No",
    years: "years",
  },
  sv: {
    municipality: "Kommunen",
    region: "Region",
    fk: "Försäkringskassan",
    af: "Arbetsförmedlingen",
    state: "Staten",
    yes: "Ja",
    no: "Nej",
    years: "år",
  },
};

/** The input the example must read as, written out from BA_EXAMPLE and the 2025 rates (src/core/actors/rates.ts). */
function expectedInput(language: Language): BeforeAfterInput {
  const t = TEXT[language];
  const people = (n: readonly number[]) => ({
    socialAssistance: n[0],
    sicknessCompensation: n[1],
    activitySupport: n[2],
    employment: n[3],
    studies: n[4],
    other: n[5],
  });
  const resource = (i: number, unitCost: number, before: number, after: number, payer: string) => ({
    name: E.resources[i].name[language],
    unitCost,
    before,
    after,
    payer,
  });
  const blankResource = { name: "", unitCost: "", before: "", after: "", payer: "" };
  const rate = (value: number, source: { en: string; sv: string }) => ({ value, year: 2025, source: source[language] });
  return {
    groups: [
      { name: E.groups[0].name[language], size: 12, before: people([6, 2, 3, 0, 0, 1]), after: people([4, 2, 2, 2, 2, 0]) },
      { name: E.groups[1].name[language], size: 18, before: people([5, 9, 3, 0, 0, 1]), after: people([4, 8, 2, 2, 1, 1]) },
    ],
    situations: {
      socialAssistance: { monthlyAmount: 9000, payer: t.municipality, taxable: t.no },
      sicknessCompensation: { monthlyAmount: 12000, payer: t.fk, taxable: t.yes },
      activitySupport: { monthlyAmount: 8000, payer: t.af, taxable: t.yes },
      employment: { monthlyAmount: 24000 },
      studies: { monthlyAmount: 3500, payer: t.state, taxable: t.no },
      other: { monthlyAmount: 0, payer: t.state, taxable: t.no },
    },
    resources: [
      resource(0, 2500, 1, 0.8, t.region),
      resource(1, 4000, 0.5, 0.4, t.region),
      resource(2, 900, 4, 3, t.municipality),
      resource(3, 1800, 0.3, 0.2, t.municipality),
      resource(4, 800, 2, 1.5, t.af),
      resource(5, 800, 1.5, 1.2, t.fk),
      blankResource,
      blankResource,
    ],
    intervention: {
      costPerParticipant: 48000,
      payerShares: { municipality: 0.25, region: 0.25, forsakringskassan: 0.5, arbetsformedlingen: "", state: "", individual: "" },
    },
    horizon: { value: 2, unit: t.years },
    deadweight: 0.2,
    discountRate: 0.035,
    rates: {
      municipalTax: rate(0.2136, {
        en: "Statistics Sweden (SCB), local tax rates 2025: Alingsås municipality",
        sv: "SCB, kommunala skattesatser 2025: Alingsås kommun",
      }),
      regionalTax: rate(0.1148, {
        en: "Statistics Sweden (SCB), local tax rates 2025: Västra Götaland region",
        sv: "SCB, kommunala skattesatser 2025: Västra Götalandsregionen",
      }),
      stateTax: rate(0.2, {
        en: "Swedish Tax Agency (Skatteverket), state income tax 2025",
        sv: "Skatteverket, statlig inkomstskatt 2025",
      }),
      stateTaxThreshold: rate(643100, {
        en: "Swedish Tax Agency (Skatteverket), threshold 2025, under 66",
        sv: "Skatteverket, brytpunkt 2025 (under 66 år)",
      }),
      employerFees: rate(0.3142, {
        en: "Swedish Tax Agency (Skatteverket), employer fees 2025, full rate",
        sv: "Skatteverket, arbetsgivaravgifter 2025, full avgift",
      }),
    },
  };
}

const blankRow = (width: number): CellValue[] => Array.from({ length: width }, () => "");

describe("readBeforeAfterSheet", () => {
  it("finds the input tables in column A and who pays and the results beside the settings, where the layout puts them", () => {
    expect(BEFORE_AFTER_TABLES.map((kind) => templateTableBounds(kind).left)).toEqual([0, 0, 0, 0, 0, BA.payers.left, BA.summary.left]);
    // the results from G beside the settings, who pays from K beside the rates
    expect([BA.summary.left, BA.payers.left]).toEqual([6, 10]);
  });

  describe.each<Language>(["en", "sv"])("on the template's example sheet in %s", (language) => {
    const reading = readBeforeAfterSheet(exampleCells(language));

    it("reads the input the example was made from, without problems", () => {
      expect(reading.problems).toEqual([]);
      expect(reading.input).toEqual(expectedInput(language));
    });

    it("reads the actor rows of the Summary table and society's under it (blank: the example's results are formulas)", () => {
      expect(Object.keys(reading.summary ?? {})).toEqual([
        "municipality",
        "region",
        "forsakringskassan",
        "arbetsformedlingen",
        "state",
        "individual",
        "society",
      ]);
      expect(reading.summary?.state).toEqual({
        place: { table: "summary", row: 5, label: TEXT[language].state },
        monthly: "",
        yearly: "",
        investment: "",
        horizonValue: "",
        netValue: "",
        payback: "",
      });
      // the row right under the table's six data rows
      expect(reading.summary?.society?.place).toEqual({ table: "summary", row: 7, label: language === "en" ? "Society" : "Samhället" });
    });
  });

  describe("placeOf", () => {
    const reading = readBeforeAfterSheet(exampleCells("en"));

    it.each<[string, object | undefined]>([
      ["groups[2].after.employment", { table: "groups", row: 2, label: "Long absence from work, 30–64" }],
      ["groups", { table: "groups" }],
      ["municipal_tax_rate.year", { table: "rates", row: 1, label: "Municipal income tax (share of taxable income)" }],
      ["intervention.payer_shares", { table: "payers" }],
      ["intervention.payer_shares.state", { table: "payers", row: 5, label: "The state" }],
      ["intervention.cost_per_participant", { table: "settings", row: 4, label: "Intervention cost per participant (paid at the start)" }],
      ["horizon_unit", { table: "settings", row: 1, label: "Horizon: how long the after situation lasts" }],
      ["situations.employment.monthly_amount", { table: "situations", row: 4, label: "Employment (wage)" }],
      ["resources[3].unit_cost", { table: "resources", row: 3, label: "Social services case work" }],
      ["resources[7].payer", { table: "resources", row: 7 }],
      ["groups[3].size", { table: "groups" }],
      ["somewhere_else", undefined],
    ])("places %s", (field, place) => {
      expect(reading.placeOf(field)).toEqual(place);
    });
  });

  describe("on edited tables", () => {
    const cells = exampleCells("en");
    const width = cells.tables.groups![0].length;

    it("reads groups added inside the table and skips blank rows, keeping each group's sheet row", () => {
      const more = edited(cells, "groups", (rows) => {
        const added = blankRow(width);
        added.splice(0, 8, "Added group", 4, 0, 0, 4, 0, 0, 0);
        return [rows[0], blankRow(width), rows[1], ...rows.slice(2), added];
      });
      const reading = readBeforeAfterSheet(more);
      expect(reading.problems).toEqual([]);
      expect(reading.input.groups.map((g) => [g.name, g.size])).toEqual([
        ["Young adults 19–29", 12],
        ["Long absence from work, 30–64", 18],
        ["Added group", 4],
      ]);
      expect(reading.input.groups[2].before).toEqual({
        socialAssistance: 0,
        sicknessCompensation: 0,
        activitySupport: 4,
        employment: 0,
        studies: 0,
        other: 0,
      });
      // the blank second row moves group 2 to row 3; the added group is row 7 of 7
      expect(reading.placeOf("groups[2].size")).toEqual({ table: "groups", row: 3, label: "Long absence from work, 30–64" });
      expect(reading.placeOf("groups[3]")).toEqual({ table: "groups", row: 7, label: "Added group" });
    });

    it("finds the fixed rows by their label when rows are reordered", () => {
      let shuffled = edited(cells, "settings", (rows) => [rows[3], rows[1], rows[0], rows[2]]);
      shuffled = edited(shuffled, "rates", (rows) => [...rows].reverse());
      shuffled = edited(shuffled, "situations", (rows) => [rows[5], rows[3], rows[0], rows[1], rows[2], rows[4]]);
      shuffled = edited(shuffled, "payers", (rows) => [rows[4], rows[0], rows[5], rows[2], rows[1], rows[3]]);
      const reading = readBeforeAfterSheet(shuffled);
      expect(reading.problems).toEqual([]);
      expect(reading.input).toEqual(expectedInput("en"));
      expect(reading.placeOf("employer_fee_rate")).toEqual({
        table: "rates",
        row: 1,
        label: "Employer social fees (share of the wage, paid on top of it)",
      });
    });

    it("finds them by their label in the other language, in any case and spacing", () => {
      const sv = exampleCells("sv");
      let relabelled = cells;
      for (const kind of ["settings", "rates", "situations", "payers"] as const) {
        relabelled = edited(relabelled, kind, (rows) => rows.map((row, i) => [String(sv.tables[kind]![i][0]), ...row.slice(1)]));
      }
      relabelled = edited(relabelled, "rates", (rows) =>
        rows.map((row) => [`  ${String(row[0]).toUpperCase().replace(/ /g, "   ")} `, ...row.slice(1)]),
      );
      const reading = readBeforeAfterSheet(relabelled);
      expect(reading.problems).toEqual([]);
      expect(reading.input).toEqual(expectedInput("en"));
    });

    it("passes text in number cells to the core unchanged (it says what is wrong)", () => {
      const text = edited(cells, "groups", (rows) => rows.map((row, i) => (i === 0 ? [row[0], "12", ...row.slice(2)] : row)));
      const reading = readBeforeAfterSheet(text);
      expect(reading.problems).toEqual([]);
      expect(reading.input.groups[0].size).toBe("12");
    });

    it("reports an error value in an input cell with its place and field, and ignores one in a check column", () => {
      let broken = edited(cells, "rates", (rows) => rows.map((row, i) => (i === 1 ? [row[0], "#REF!", ...row.slice(2)] : row)));
      broken = edited(broken, "groups", (rows) =>
        rows.map((row, i) => (i === 0 ? [...row.slice(0, 9), " #N/A ", ...row.slice(10, -1), "#VALUE!"] : row)),
      );
      broken = edited(broken, "situations", (rows) => rows.map((row) => [...row.slice(0, 5), "#DIV/0!", ...row.slice(6)]));
      const reading = readBeforeAfterSheet(broken);
      expect(reading.problems).toEqual([
        {
          kind: "errorValue",
          place: { table: "groups", row: 1, label: "Young adults 19–29" },
          field: "groups[1].after.sicknessCompensation",
          error: "#N/A",
          fields: ["groups[1].after.sicknessCompensation"],
        },
        {
          kind: "errorValue",
          place: { table: "rates", row: 2, label: "Regional income tax (share of taxable income)" },
          field: "regional_tax_rate",
          error: "#REF!",
          fields: ["regional_tax_rate"],
        },
      ]);
    });

    it("reports a missing table with the fields it would have given", () => {
      const reading = readBeforeAfterSheet(edited(cells, "rates", () => undefined));
      expect(reading.problems).toEqual([
        {
          kind: "missingTable",
          table: "rates",
          fields: ["municipal_tax_rate", "regional_tax_rate", "state_tax_rate", "state_tax_threshold", "employer_fee_rate"],
        },
      ]);
      expect(reading.input.rates.municipalTax).toEqual({ value: "", year: "", source: "" });
      expect(readBeforeAfterSheet(edited(cells, "payers", () => undefined)).problems).toEqual([
        {
          kind: "missingTable",
          table: "payers",
          fields: [
            "intervention.payer_shares",
            ...["municipality", "region", "forsakringskassan", "arbetsformedlingen", "state", "individual"].map(
              (a) => `intervention.payer_shares.${a}`,
            ),
          ],
        },
      ]);
    });

    it("reports a fixed row whose label cannot be found", () => {
      const renamed = edited(cells, "settings", (rows) => rows.map((row, i) => (i === 2 ? ["Rate of discount", ...row.slice(1)] : row)));
      const reading = readBeforeAfterSheet(renamed);
      expect(reading.problems).toEqual([{ kind: "missingRow", table: "settings", row: "discountRate", fields: ["discount_rate"] }]);
      expect(reading.input.discountRate).toBe("");
    });

    it("reports a table whose columns changed and reads nothing from it", () => {
      const wider = edited(cells, "resources", (rows) => rows.map((row) => [...row.slice(0, 3), "", ...row.slice(3)]));
      const reading = readBeforeAfterSheet(wider);
      expect(reading.problems).toEqual([{ kind: "columns", table: "resources", found: 10, expected: 9, fields: ["resources"] }]);
      expect(reading.input.resources).toEqual([]);
    });

    it("leaves the Summary out, without a problem, when it is missing or changed", () => {
      expect(readBeforeAfterSheet(edited(cells, "summary", () => undefined))).toMatchObject({ problems: [], summary: undefined });
      expect(readBeforeAfterSheet(edited(cells, "summary", (rows) => rows.map((r) => r.slice(1))))).toMatchObject({
        problems: [],
        summary: undefined,
      });
    });
  });
});

describe("cell addresses", () => {
  it("gives the cell of a field when the cells say where each table starts (in column A when they do not say)", () => {
    // groups' first data row on sheet row 20: group 2 is row 21; its size is the layout's size column
    const cells = { ...exampleCells("en"), firstRows: { groups: 20, rates: 40, situations: 30 } };
    const reading = readBeforeAfterSheet(cells);
    expect(reading.placeOf("groups[2].size")).toEqual({
      table: "groups",
      row: 21,
      label: "Long absence from work, 30–64",
      cell: `${columnLetter(BA.groups.sizeColumn)}21`,
    });
    expect(reading.placeOf("groups[2]")).toEqual({ table: "groups", row: 21, label: "Long absence from work, 30–64" });
    // rates' value is its second column: B; the municipal tax is the rates table's first row
    expect(reading.placeOf("municipal_tax_rate")?.cell).toBe("B40");
    expect(reading.placeOf("situations.employment.monthly_amount")?.cell).toBe(`${columnLetter(BA.situations.columns.amount)}33`);
    // a table whose start is not known gives rows counted in the table, and no cell
    expect(reading.placeOf("resources[3].unit_cost")).toEqual({ table: "resources", row: 3, label: "Social services case work" });
  });

  it("counts a cell's column from its table's first column when the cells say where it is", () => {
    // the payers' table from column K (10), its first data row on sheet row 7: the state (5th actor) is row 11, its share column L
    const cells = { ...exampleCells("en"), firstRows: { payers: 7, rates: 18 }, firstColumns: { payers: 10, rates: 0 } };
    const reading = readBeforeAfterSheet(cells);
    expect(reading.placeOf("intervention.payer_shares.state")?.cell).toBe("L11");
    expect(reading.placeOf("municipal_tax_rate")?.cell).toBe("B18");
    // a workbook made before the payers moved: its table in column A, the share in B
    const old = readBeforeAfterSheet({ ...cells, firstColumns: { payers: 0 } });
    expect(old.placeOf("intervention.payer_shares.state")?.cell).toBe("B11");
  });
});
