import type { Language } from "../../../src/core/language";
import { YES } from "../../../src/templates/beforeAfter/beforeAfterText";
import { wantedCells } from "../../templates/beforeAfter/beforeAfterSheet";
import { ANY_TEXT, ExpectedCells, number, PlannedSheets, text } from "./expected";

/**
 * Expected values of the before/after sheet: its inputs read into the core's input
 * (tests/templates/beforeAfter/beforeAfterSheet.ts), every result from evaluateBeforeAfter, every check blank.
 */
export function expectBeforeAfter(planned: PlannedSheets, expected: ExpectedCells, language: Language): void {
  const read = (row: number, column: number) => planned.value("beforeAfter", row, column);
  for (const { row, column, want } of wantedCells(read, YES[language])) {
    expected.set("beforeAfter", row, column, want === "anyText" ? ANY_TEXT : "text" in want ? text(want.text) : number(want.number));
  }
}
