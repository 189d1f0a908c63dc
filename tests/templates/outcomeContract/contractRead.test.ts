import { Dec } from "../../../src/core";
import { DEFAULT_OPTIONS } from "../../../src/templates/kit/options";
import type { CellValue } from "../../../src/templates/kit";
import {
  KEY,
  OUTCOME_COLUMNS as OC,
  OUTCOMES,
  outcomeContractTemplate,
  readContractSheet,
  TERMS,
  yearColumn,
  YEARS,
} from "../../../src/templates/outcomeContract";
import { checkContractCells, templateProblemTexts } from "../../../src/taskpane/templateCheck";
import { at, gridCellsOf } from "../gridCells";

/** The outcome contract reader (templates/outcomeContract/read/contractRead.ts) on sheets built from the template, without Excel. */

const sheet = (language: "en" | "sv", edits: Record<string, CellValue> = {}, example = true) =>
  gridCellsOf(outcomeContractTemplate.build({ ...DEFAULT_OPTIONS, language, example }, {})[0], edits);

const problems = (edits: Record<string, CellValue>, language: "en" | "sv" = "en") => {
  const outcome = checkContractCells(sheet(language, edits));
  return outcome.kind === "problems" ? outcome.problems.map((p) => templateProblemTexts(p, language)) : [];
};

describe("readContractSheet", () => {
  it("reads the example's terms, its two outcome rows and the delivery costs, in either language", () => {
    for (const language of ["en", "sv"] as const) {
      const { input, problems: found } = readContractSheet(sheet(language));
      expect(found).toEqual([]);
      expect(input).toMatchObject({ years: 3, discountRate: 0.035, fixedFee: 100000, cap: 2000000 });
      expect(input?.outcomes.map((o) => [o.price, o.saving, o.expected.slice(0, 4)])).toEqual([
        [60000, 110000, [5, 10, 12, ""]],
        [20000, 35000, [8, 10, 10, ""]],
      ]);
      expect(input?.deliveryCost.slice(0, 4)).toEqual([800000, 700000, 700000, ""]);
    }
  });

  it("skips blank outcome rows and numbers the others as the core counts them, each field at its cell", () => {
    const row = OUTCOMES.first + 4;
    const reading = readContractSheet(
      sheet("en", { [at(row, OC.name)]: "Housing kept", [at(row, OC.price)]: 1000, [at(row, OC.saving)]: 0 }),
    );
    expect(reading.input?.outcomes).toHaveLength(3);
    expect(reading.placeOf("outcomes[3].price")).toEqual({ cell: at(row, OC.price), label: "Housing kept" });
    expect(reading.placeOf("outcomes[3]")).toEqual({ cell: `${at(row, 0)}:${at(row, OC.total - 1)}`, label: "Housing kept" });
    expect(reading.placeOf("delivery_cost[2]")?.cell).toBe(at(YEARS.deliveryCost, yearColumn(2)));
  });

  it("keeps the key figures the sheet shows with their cells", () => {
    const reading = readContractSheet(sheet("en", { [at(KEY.irr, 1)]: 0.2867 }));
    expect(reading.shown?.irr).toEqual({ value: 0.2867, cell: at(KEY.irr, 1) });
  });
});

describe("the contract's bad inputs, each listed with its cell and a message naming it", () => {
  it("a negative price", () => {
    expect(problems({ [at(OUTCOMES.first, OC.price)]: -60000 })).toEqual([
      {
        cell: "C25",
        place: "In work six months after",
        message: "Price per validated outcome must be 0 or more, but the cell holds \u221260,000.",
      },
    ]);
  });

  it("a negative saving and a negative delivery cost", () => {
    expect(problems({ [at(OUTCOMES.first + 1, OC.saving)]: -1, [at(YEARS.deliveryCost, yearColumn(3))]: -700000 }, "sv")).toEqual([
      {
        cell: "D26",
        place: "Avslutad kurs på gymnasienivå",
        message: "Besparing per utfall ska vara 0 eller mer, men cellen innehåller \u22121.",
      },
      {
        cell: "G35",
        place: "Utförarens leveranskostnad (förfinansieras)",
        message: "Leveranskostnad år 3 ska vara 0 eller mer, men cellen innehåller \u2212700\u00a0000.",
      },
    ]);
  });

  it("a cap below zero", () => {
    expect(problems({ [at(TERMS.cap, 1)]: -5 }).map((p) => [p.cell, p.message])).toEqual([
      ["B9", "Cap on outcome payments must be 0 or more, but the cell holds \u22125."],
    ]);
  });

  it("text in a number cell, and an error value", () => {
    expect(problems({ [at(OUTCOMES.first, yearColumn(2))]: "ten", [at(TERMS.rate, 1)]: "#REF!" }).map((p) => [p.cell, p.message])).toEqual([
      ["B7", "Discount rate shows the error #REF!: a formula or reference in the cell is broken. Enter the figure again."],
      ["F25", "Expected outcomes in year 2 must be a number, but the cell holds “ten”."],
    ]);
  });

  it("contract years out of range, with every other problem still listed", () => {
    expect(problems({ [at(TERMS.years, 1)]: 11, [at(OUTCOMES.first, OC.price)]: -1 }).map((p) => p.cell)).toEqual(["B6", "C25"]);
  });
});

describe("a sheet whose layout was changed", () => {
  it("names a table that is gone or moved, and a label typed over, and reads nothing", () => {
    const cells = sheet("en", { [at(YEARS.deliveryCost, 0)]: "Costs" });
    const { SroiContractOutcomes: outcomes, ...others } = cells.tables;
    void outcomes;
    const moved = { ...others, SroiContractResults: { top: 11, left: 0, bottom: 20, right: 2 } };
    const reading = readContractSheet({ ...cells, tables: moved });
    expect(reading.input).toBeUndefined();
    expect(reading.problems).toEqual([
      { kind: "movedTable", table: "SroiContractResults", expected: "A11:C20", found: "A12:C21" },
      { kind: "missingTable", table: "SroiContractOutcomes" },
      {
        kind: "label",
        cell: at(YEARS.deliveryCost, 0),
        expected: { en: "Provider's delivery cost (funded up front)", sv: "Utförarens leveranskostnad (förfinansieras)" },
      },
    ]);
  });
});

describe("the figures compared", () => {
  it("are the core's, and none agrees with a sheet whose formulas were not calculated", () => {
    const outcome = checkContractCells(sheet("en"));
    if (outcome.kind !== "results") throw new Error("results expected");
    const payments = outcome.figures[0];
    expect(payments.core).toEqual({ kind: "number", value: new Dec(2300000) });
    expect([payments.cell, payments.sheet, payments.agrees]).toEqual(["B12", "", false]);
  });
});
