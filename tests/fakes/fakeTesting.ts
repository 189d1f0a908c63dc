import { FakeExcel, FakeOfficeError, snapshotSheetNamed } from ".";
import { hyperFormulaCalculator } from "./fakeCalculation";
import type { FakeContext } from "./fakeContext";

/** What the fake's own tests share. */

/** Runs a batch on the fake and returns the rejection's code (or "ok"). */
export async function codeOf(fake: FakeExcel, batch: (context: FakeContext) => Promise<unknown>): Promise<string> {
  try {
    await fake.run(batch);
    return "ok";
  } catch (error) {
    return (error as FakeOfficeError).code;
  }
}

/** The chart tests' workbook: labels in A2:A4, numbers in B2:B4, formulas in C2:C4 on "Analys"; a second sheet "Data". */
export function chartWorkbook(options: { apiVersion?: string; calculate?: boolean } = {}): FakeExcel {
  return new FakeExcel({
    apiVersion: options.apiVersion,
    calculate: options.calculate ? hyperFormulaCalculator : undefined,
    sheets: [
      { name: "Analys", cells: { A2: "Base", A3: "Low", A4: "High", B2: 1.5, B3: 1.1, B4: "", C2: "=B2*2", C3: "=B3*2", C4: "=1/0" } },
      { name: "Data", cells: { A1: 10, A2: 20, A3: true } },
    ],
  });
}

/** The "Analys" sheet of a request, and the charts on it in the fake's snapshot. */
export const analys = (c: FakeContext) => c.workbook.worksheets.getItem("Analys");
export const chartsOf = (fake: FakeExcel) => snapshotSheetNamed(fake, "Analys")!.charts;
