import { DEFAULT_OPTIONS } from "../../../src/templates/kit/options";
import type { CellValue } from "../../../src/templates/kit";
import { CANDIDATES, COLUMNS, CRITERIA_ROWS, portfolioTemplate, readPortfolioSheet, SUMMARY } from "../../../src/templates/portfolio";
import { checkPortfolioCells, templateProblemTexts } from "../../../src/taskpane/templateCheck";
import { at, gridCellsOf } from "../gridCells";

/** The portfolio reader (templates/portfolio/read/portfolioRead.ts) on sheets built from the template, without Excel. */

const sheet = (language: "en" | "sv", edits: Record<string, CellValue> = {}) =>
  gridCellsOf(portfolioTemplate.build({ ...DEFAULT_OPTIONS, language, example: true }, {})[0], edits);

const problems = (edits: Record<string, CellValue>, language: "en" | "sv" = "en") => {
  const outcome = checkPortfolioCells(sheet(language, edits));
  return outcome.kind === "problems" ? outcome.problems.map((p) => templateProblemTexts(p, language)) : [];
};

const score = (candidate: number, criterion: number) => at(CANDIDATES.first + candidate - 1, COLUMNS.firstScore + criterion - 1);
const weight = (criterion: number) => at(CRITERIA_ROWS.first + criterion - 1, 1);

describe("readPortfolioSheet", () => {
  it("reads the example's weights and three candidates, in either language", () => {
    for (const language of ["en", "sv"] as const) {
      const { input, problems: found, shown } = readPortfolioSheet(sheet(language));
      expect(found).toEqual([]);
      expect(input?.weights).toEqual([0.3, 0.25, 0.25, 0.2, ""]);
      expect(input?.candidates.map((c) => [c.scores.slice(0, 4), c.investment, c.presentValue, c.chosen, c.complexity])).toEqual([
        [[5, 4, 3, 4], 1200000, 3000000, true, "low"],
        [[4, 3, 4, 3], 2000000, 3600000, false, "medium"],
        [[3, 5, 4, 3], 1500000, 3300000, true, "high"],
      ]);
      expect(shown?.candidates.map((c) => c.row)).toEqual([CANDIDATES.first, CANDIDATES.first + 1, CANDIDATES.first + 2]);
    }
  });

  it("lets a candidate not chosen wait for its investment and present value, as the sheet does", () => {
    const row = CANDIDATES.first + 3;
    const outcome = checkPortfolioCells(
      sheet("en", { [at(row, COLUMNS.name)]: "Idea", ...Object.fromEntries([1, 2, 3, 4].map((i) => [score(4, i), 3])) }),
    );
    expect(outcome.kind).toBe("results");
    const chosen = {
      [at(row, COLUMNS.name)]: "Idea",
      [at(row, COLUMNS.chosen)]: "Yes",
      ...Object.fromEntries([1, 2, 3, 4].map((i) => [score(4, i), 3])),
    };
    expect(problems(chosen).map((p) => [p.cell, p.message])).toEqual([
      [at(row, COLUMNS.investment), "Investment is blank; enter a value."],
      [at(row, COLUMNS.presentValue), "Present value is blank; enter a value."],
    ]);
  });
});

describe("the portfolio's bad inputs, each listed with its cell and a message naming it", () => {
  it("scores outside 1–5", () => {
    expect(problems({ [score(1, 1)]: 6, [score(3, 4)]: 0 })).toEqual([
      {
        cell: score(1, 1),
        place: "Early reading support (grades 1–3)",
        message: "Score on criterion 1 must be from 1 to 5, but the cell holds 6.",
      },
      { cell: score(3, 4), place: "Family support at home", message: "Score on criterion 4 must be from 1 to 5, but the cell holds 0." },
    ]);
  });

  it("weights that are all zero, in Swedish", () => {
    expect(problems({ [weight(1)]: 0, [weight(2)]: 0, [weight(3)]: "", [weight(4)]: 0 }, "sv")).toEqual([
      { cell: "B6:B10", place: undefined, message: "Varje vikt är 0 eller tom; ge minst en ett värde över 0." },
    ]);
  });

  it("a negative weight, a negative investment and text for a score", () => {
    expect(
      problems({ [weight(2)]: -0.25, [at(CANDIDATES.first + 1, COLUMNS.investment)]: -5, [score(3, 2)]: "high" }).map((p) => [
        p.cell,
        p.message,
      ]),
    ).toEqual([
      [weight(2), "Weight of criterion 2 must be 0 or more, but the cell holds \u22120.25."],
      [at(CANDIDATES.first + 1, COLUMNS.investment), "Investment must be 0 or more, but the cell holds \u22125."],
      [score(3, 2), "Score on criterion 2 must be a number, but the cell holds “high”."],
    ]);
  });
});

describe("a sheet whose layout was changed", () => {
  it("names a label typed over and reads nothing", () => {
    const reading = readPortfolioSheet(sheet("en", { [at(SUMMARY.ratio, 0)]: "Ratio" }));
    expect(reading.input).toBeUndefined();
    expect(reading.problems.map((p) => p.kind)).toEqual(["label"]);
  });
});
