/* global CustomFunctions */
import type { Dec } from "../core/decimal";
import { ErrorCode, SroiError, isSroiError } from "../core/errors";
import { functionArgumentName } from "../core/argumentNames";
import { errorMessageNaming } from "../core/messages";
import { displayLanguage } from "./displayLanguage";

/**
 * The one runner every custom function goes through: it calls a core entry point, turns its
 * Decimal result into the JavaScript number Excel stores (the only place a Decimal becomes a
 * float), and turns every failure into a `CustomFunctions.Error`, so nothing escapes uncaught and
 * no cell ever receives NaN or ±Infinity.
 */

/** A core result that is one number. */
export function toExcel(compute: () => Dec | number): number {
  return run(() => cellNumber(compute()));
}

/** A core result that is a list of yearly values, spilled as one row. */
export function toExcelRow(compute: () => readonly Dec[]): number[][] {
  return run(() => [compute().map(cellNumber)]);
}

function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    // CustomFunctions.Error is what Excel reads an error value and its message from; its type
    // declaration does not extend Error, so the rule cannot see that it is one.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw excelError(error);
  }
}

/** A finite JavaScript number for a cell; a value beyond Excel's range is #NUM!. */
function cellNumber(value: Dec | number): number {
  const number = typeof value === "number" ? value : value.toNumber();
  if (Number.isNaN(number)) throw new SroiError("VALUE", { kind: "unexpected" });
  if (!Number.isFinite(number)) throw new SroiError("NUM", { kind: "tooLarge" });
  return number === 0 ? 0 : number; // never −0 in a cell
}

const EXCEL_CODES: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  VALUE: "invalidValue",
  NA: "notAvailable",
  DIV0: "divisionByZero",
  NUM: "invalidNumber",
};

/**
 * Excel error values an argument may hold that a function can also return (#NAME? and #REF! are
 * input-only for custom functions; they, and the newer #SPILL!, #CALC!, …, come back as #VALUE!).
 */
const PASSED_ON: Readonly<Record<string, keyof typeof CustomFunctions.ErrorCode>> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/**
 * The Excel error for anything a calculation threw: a core `SroiError` keeps its code and gets its
 * message in the display language; an error value in an argument is passed on with its own code;
 * anything else is #VALUE! with a general message. (Excel shows the message for #VALUE! and #N/A
 * only; it is passed for every code all the same.)
 */
export function excelError(error: unknown): CustomFunctions.Error {
  const known = isSroiError(error) ? error : new SroiError("VALUE", { kind: "unexpected" });
  const passed = known.detail.kind === "errorValue" ? PASSED_ON[known.detail.error] : undefined;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[passed ?? EXCEL_CODES[known.code]], messageOf(known));
}

function messageOf(error: SroiError): string {
  try {
    const language = displayLanguage();
    return errorMessageNaming(error, language, (a) => functionArgumentName(a, language));
  } catch {
    return errorMessageNaming(new SroiError("VALUE", { kind: "unexpected" }), "en", (a) => functionArgumentName(a, "en"));
  }
}
