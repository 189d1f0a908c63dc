import type { ErrorCode } from "./errors";
import type { Language } from "./language";

/**
 * Excel's error values (#N/A, #DIV/0!, …) as arguments. Excel's own functions pass an error in an
 * argument on as their result; so do the SROI functions. With the metadata the build generates,
 * Excel does that itself and never calls a function with an error; a host that passes error values
 * (JSON metadata with `allowErrorForDataTypeAny`, or an error inside a range) hands the function a
 * `CustomFunctions.Error`, an object whose `code` is the error's English text. Data types give an
 * error as `{ type: "Error", basicValue: "#N/A" }`. Both are recognised here, without Office.
 */

/** Every error value Excel shows, by its English text, with its Swedish text. */
const SWEDISH: Readonly<Record<string, string>> = {
  "#NULL!": "#SKÄRNING!",
  "#DIV/0!": "#DIVISION/0!",
  "#VALUE!": "#VÄRDEFEL!",
  "#REF!": "#REFERENS!",
  "#NAME?": "#NAMN?",
  "#NUM!": "#OGILTIGT!",
  "#N/A": "#SAKNAS!",
  "#GETTING_DATA": "#HÄMTAR_DATA",
  "#SPILL!": "#SPILL!",
  "#CALC!": "#BERÄKNA!",
  "#FIELD!": "#FÄLT!",
  "#BLOCKED!": "#BLOCKERAD!",
  "#CONNECT!": "#ANSLUT!",
  "#BUSY!": "#UPPTAGEN!",
  "#UNKNOWN!": "#OKÄNT!",
  "#PYTHON!": "#PYTHON!",
};

/** The English text of the Excel error `value` is (e.g. "#N/A"), or null when it is not one. */
export function excelErrorOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { code, type, basicValue } = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string" && code in SWEDISH) return code;
  if (type === "Error" && typeof basicValue === "string" && basicValue in SWEDISH) return basicValue;
  return null;
}

/**
 * The English text of the Excel error a cell shows as text (Office.js `values` gives "#REF!", and
 * "#REFERENS!" in Swedish Excel), or null when the text is not one.
 */
export function errorValueOfText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim().toUpperCase();
  if (text in SWEDISH) return text;
  return Object.keys(SWEDISH).find((english) => SWEDISH[english] === text) ?? null;
}

/**
 * The first Excel error in a value: the value itself, or the first error cell of a range read row
 * by row (as Excel's own functions pick the error they pass on), or null.
 */
export function firstExcelError(value: unknown): string | null {
  if (!Array.isArray(value)) return excelErrorOf(value);
  for (const item of value) {
    const found = firstExcelError(item);
    if (found !== null) return found;
  }
  return null;
}

/** The core's code for an error passed on; errors a function cannot return count as #VALUE!. */
export function errorCodeOf(error: string): ErrorCode {
  if (error === "#N/A") return "NA";
  if (error === "#DIV/0!") return "DIV0";
  if (error === "#NUM!") return "NUM";
  return "VALUE";
}

/** An error value as Excel shows it in a language ("#N/A", "#SAKNAS!"). */
export function errorValueText(error: string, language: Language): string {
  return language === "sv" ? (SWEDISH[error] ?? error) : error;
}
