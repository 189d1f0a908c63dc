import type { Language } from "../../../src/core/language";
import { portfolioWanted } from "../../templates/portfolio/portfolioSheet";
import { ANY_TEXT, ExpectedCells, number, PlannedSheets, text } from "./expected";

/** Expected values of the portfolio sheet: its inputs read into the core, every result from it. */
export function expectPortfolio(planned: PlannedSheets, expected: ExpectedCells, language: Language): void {
  const read = (row: number, column: number) => planned.value("portfolio", row, column);
  for (const { row, column, want } of portfolioWanted(read, language)) {
    expected.set("portfolio", row, column, want === "anyText" ? ANY_TEXT : "text" in want ? text(want.text) : number(want.number));
  }
}
