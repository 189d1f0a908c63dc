import type { FakeName, FakeSheet, Scalar } from "./fakeWorkbook";

/**
 * Formula calculation, injected into the fake (FakeExcelOptions.calculate) so that the fake
 * itself depends on no formula engine: fakeCalculation.ts provides one over HyperFormula.
 * Without a calculator, loading `values` over a formula cell throws, as it always did.
 */

/** One cell as the calculator sees it: formula text ("=…") or a constant. */
export interface CalculationCell {
  readonly row: number;
  readonly column: number;
  readonly formula?: string;
  readonly value?: Scalar;
}

/** The whole workbook's cells and defined names, 0-based rows and columns. */
export interface CalculationInput {
  readonly sheets: readonly { readonly name: string; readonly cells: readonly CalculationCell[] }[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

/** The computed values of one state of the workbook. */
export interface Calculation {
  /**
   * What Excel's `values` gives for the formula cell at (row, column) of the named sheet: a
   * number, text, boolean, "" or an error text ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?",
   * "#NUM!"). May throw a FakeOfficeError for what it cannot calculate.
   */
  valueOf(sheet: string, row: number, column: number): Scalar;
}

export type FakeCalculator = (input: CalculationInput) => Calculation;

/** The calculator's view of the fake workbook. */
function calculationInput(sheets: readonly FakeSheet[], names: readonly FakeName[]): CalculationInput {
  return {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells.entries()].flatMap(([key, cell]): CalculationCell[] => {
        const [row, column] = key.split(",").map(Number);
        if (cell.formula !== undefined) return [{ row, column, formula: cell.formula }];
        // an error constant ("#N/A" typed) is the error itself, as a formula of just the error
        if (cell.error) return [{ row, column, formula: `=${String(cell.value)}` }];
        return cell.value === null ? [] : [{ row, column, value: cell.value }];
      }),
    })),
    names: names.map((n) => ({ name: n.name, formula: n.formula })),
  };
}

/** Calculates once per state of the workbook: `revision` changes whenever the state does. */
export class CalculationCache {
  private cached: { revision: number; calculation: Calculation } | undefined;

  constructor(private readonly calculator: FakeCalculator) {}

  calculation(revision: number, sheets: readonly FakeSheet[], names: readonly FakeName[]): Calculation {
    if (this.cached?.revision !== revision) this.cached = { revision, calculation: this.calculator(calculationInput(sheets, names)) };
    return this.cached.calculation;
  }
}
