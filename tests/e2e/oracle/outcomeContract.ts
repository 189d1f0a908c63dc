import { contractWanted } from "../../templates/outcomeContract/contractSheet";
import { ANY_TEXT, ExpectedCells, number, PlannedSheets, text } from "./expected";

/**
 * Expected values of the outcome contract sheet: its inputs read into the core's input
 * (tests/templates/outcomeContract/contractSheet.ts), every result from evaluateContract.
 */
export function expectOutcomeContract(planned: PlannedSheets, expected: ExpectedCells): void {
  const read = (row: number, column: number) => planned.value("outcomeContract", row, column);
  for (const { row, column, want } of contractWanted(read).wanted) {
    expected.set("outcomeContract", row, column, want === "anyText" ? ANY_TEXT : "text" in want ? text(want.text) : number(want.number));
  }
}
