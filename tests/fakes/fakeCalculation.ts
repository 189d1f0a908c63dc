import { DetailedCellError, ErrorType, HyperFormula, RawCellContent, SerializedNamedExpression } from "hyperformula";
import type { CalculationCell, CalculationInput, FakeCalculator } from "./fakeCalculator";
import { EXCEL_LIKE } from "../templates/hyperformula";
import { FakeOfficeError } from "./fakeErrors";
import type { Scalar } from "./fakeWorkbook";

/**
 * A FakeCalculator over HyperFormula: builds one engine from every sheet of the fake (constants
 * and formula texts) and its defined names, and answers in Excel's terms:
 *
 * - text constants are given to HyperFormula behind an apostrophe, so "2026" typed as text, "50%"
 *   kept as text or a text cell holding "=A1" stay text (HyperFormula would parse them);
 * - a formula whose result is an empty reference gives 0, as in Excel (`evaluateNullToZero`);
 * - text comparisons are case-insensitive but accent-sensitive, as in Excel ("å" is not "a");
 * - the literals TRUE and FALSE, which HyperFormula knows only as functions, are names for them;
 * - errors come back as Excel's texts (#DIV/0!, #N/A, #VALUE!, #REF!, #NAME?, #NUM!, #SPILL!).
 *   A circular reference or a formula HyperFormula cannot parse throws GeneralException (Excel
 *   would show 0 with a warning, or would have refused the formula): stricter, so tests notice.
 *
 * Only tests and the browser stub import this file; the fake itself never does.
 */

const EXCEL_ERRORS: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.SPILL]: "#SPILL!",
};

const LITERALS: SerializedNamedExpression[] = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

function content(cell: CalculationCell): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  return typeof cell.value === "string" ? `'${cell.value}` : (cell.value ?? null);
}

/** A sheet's cells as the dense grid HyperFormula builds from. */
function grid(cells: readonly CalculationCell[]): RawCellContent[][] {
  const rows = Math.max(0, ...cells.map((c) => c.row + 1));
  const columns = Math.max(0, ...cells.map((c) => c.column + 1));
  const out: RawCellContent[][] = Array.from({ length: rows }, () => new Array<RawCellContent>(columns).fill(null));
  for (const cell of cells) out[cell.row][cell.column] = content(cell);
  return out;
}

function build(input: CalculationInput): HyperFormula {
  const data: Record<string, RawCellContent[][]> = {};
  for (const sheet of input.sheets) data[sheet.name] = grid(sheet.cells);
  const names = [...LITERALS, ...input.names.map((n) => ({ name: n.name, expression: n.formula }))];
  try {
    return HyperFormula.buildFromSheets(data, { ...EXCEL_LIKE, evaluateNullToZero: true, accentSensitive: true }, names);
  } catch (error) {
    throw new FakeOfficeError("GeneralException", `HyperFormula could not load the workbook: ${(error as Error).message}`);
  }
}

export const hyperFormulaCalculator: FakeCalculator = (input) => {
  const engine = build(input);
  return {
    valueOf(sheetName: string, row: number, column: number): Scalar {
      const sheet = engine.getSheetId(sheetName);
      if (sheet === undefined) throw new FakeOfficeError("GeneralException", `HyperFormula has no sheet "${sheetName}".`);
      const value = engine.getCellValue({ sheet, row, col: column });
      if (value instanceof DetailedCellError) {
        const text = EXCEL_ERRORS[value.type];
        if (text === undefined)
          throw new FakeOfficeError(
            "GeneralException",
            `${value.address ?? sheetName}: HyperFormula gives ${value.type} (${value.message}); the fake does not calculate this like Excel.`,
          );
        return text;
      }
      return value ?? 0;
    },
  };
};
