/**
 * What Excel makes of a string constant, typed into a cell or written through `values` or
 * `formulas` (an entry that is not a formula): the parse Excel applies to text in a cell formatted
 * General, as in an en-US Excel. The text is trimmed first ("  12 " is 12). Recognised, as Excel
 * recognises them and with the number format Excel gives a General cell:
 *
 * - numbers: "12", "-1.5", "1,234" (#,##0), "1E5" and "1.5e-3" (0.00E+00), "(5)" (-5, as in
 *   accounting), "$5" and "-$1,234.50" ($#,##0 / $#,##0.00), "50%" and "12.5 %" (0% / 0.00%);
 * - fractions: "1 1/2" (# ?/?);
 * - booleans: TRUE and FALSE in any case;
 * - error values: "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!" in any case
 *   (an error constant, not text: `values` shows the same text, `valueTypes` says Error);
 * - dates: ISO "2026-01-02" (yyyy-mm-dd), US "1/2/2026" and "1-2-26" (m/d/yyyy), "1/2" and "1-2"
 *   (d-mmm, in the current year), "2-Jan", "2 jan 2026", "Jan 2", "Jan 2, 2026" (English month names);
 * - times: "12:30", "7:05:09", "10 AM", "7:30 pm" (h:mm, h:mm:ss, h AM/PM, h:mm AM/PM).
 *
 * Anything else stays the text as given, untrimmed. Excel's parse follows the user's locale (a
 * Swedish Excel reads "1,5" as 1.5 and "SANT" as TRUE); the fake models en-US only.
 */

export type ParsedEntry =
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "text" };

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
const NUMBER = new RegExp(String.raw`^([+-]?)(${DIGITS}(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$`);
const PARENTHESISED = new RegExp(String.raw`^\(\s*(${DIGITS}(?:\.\d*)?|\.\d+)\s*\)$`);
const DOLLARS = new RegExp(String.raw`^([+-]?)\$\s*(${DIGITS}(?:\.\d*)?|\.\d+)$`);
const PERCENT = new RegExp(String.raw`^([+-]?)(${DIGITS}(?:\.(\d*))?|\.(\d+))\s*%$`);
const FRACTION = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/;
const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"];
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})[\s/-]+${MONTH}(?:[\s/-]+(\d{2}|\d{4}))?$`, "i");
const MONTH_DAY = new RegExp(String.raw`^${MONTH}[\s/-]+(\d{1,2})(?:,?\s+(\d{4}))?$`, "i");
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])m?)?$/i;
const HOUR = /^(\d{1,2})\s*([ap])m?$/i;

function number(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** Excel's serial number of a date (days since 1899-12-30); NaN for a day that does not exist. */
export function dateSerial(year: number, month: number, day: number): number {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1900 || year > 9999) return NaN;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

function fullYear(text: string | undefined, thisYear: number): number {
  if (text === undefined) return thisYear;
  const year = Number(text);
  return text.length === 4 ? year : year < 30 ? 2000 + year : 1900 + year;
}

function date(serial: number, format: string): ParsedEntry {
  return Number.isNaN(serial) ? { kind: "text" } : { kind: "number", value: serial, format };
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** What Excel makes of `entry` (a string that is not a formula); `thisYear` completes dates without a year. */
export function parseEntry(entry: string, thisYear = new Date().getFullYear()): ParsedEntry {
  const text = entry.trim();
  let m: RegExpExecArray | null;
  if ((m = NUMBER.exec(text)))
    return {
      kind: "number",
      value: Number(`${m[1]}${number(m[2])}${m[3] === undefined ? "" : `e${m[3]}`}`),
      ...(m[3] !== undefined ? { format: "0.00E+00" } : m[2].includes(",") ? { format: "#,##0" } : {}),
    };
  if ((m = PARENTHESISED.exec(text))) return { kind: "number", value: -number(m[1]) };
  if ((m = DOLLARS.exec(text)))
    return { kind: "number", value: (m[1] === "-" ? -1 : 1) * number(m[2]), format: m[2].includes(".") ? "$#,##0.00" : "$#,##0" };
  if ((m = PERCENT.exec(text)))
    return { kind: "number", value: ((m[1] === "-" ? -1 : 1) * number(m[2])) / 100, format: (m[3] ?? m[4] ?? "") === "" ? "0%" : "0.00%" };
  if ((m = FRACTION.exec(text)) && Number(m[4]) !== 0)
    return { kind: "number", value: (m[1] === "-" ? -1 : 1) * (Number(m[2]) + Number(m[3]) / Number(m[4])), format: "# ?/?" };
  if (/^(true|false)$/i.test(text)) return { kind: "boolean", value: text.toLowerCase() === "true" };
  const error = ERRORS.find((e) => e === text.toUpperCase());
  if (error) return { kind: "error", value: error };
  if ((m = ISO_DATE.exec(text))) return date(dateSerial(Number(m[1]), Number(m[2]), Number(m[3])), "yyyy-mm-dd");
  if ((m = US_DATE.exec(text)))
    return date(dateSerial(fullYear(m[3], thisYear), Number(m[1]), Number(m[2])), m[3] === undefined ? "d-mmm" : "m/d/yyyy");
  if ((m = DAY_MONTH.exec(text)))
    return date(dateSerial(fullYear(m[3], thisYear), monthNumber(m[2]), Number(m[1])), m[3] === undefined ? "d-mmm" : "d-mmm-yy");
  if ((m = MONTH_DAY.exec(text)))
    return date(dateSerial(fullYear(m[3], thisYear), monthNumber(m[1]), Number(m[2])), m[3] === undefined ? "d-mmm" : "d-mmm-yy");
  if ((m = TIME.exec(text))) return time(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4], m[3] === undefined ? "h:mm" : "h:mm:ss");
  if ((m = HOUR.exec(text))) return time(Number(m[1]), 0, 0, m[2], "h AM/PM");
  return { kind: "text" };
}

function time(hours: number, minutes: number, seconds: number, half: string | undefined, format: string): ParsedEntry {
  if (minutes > 59 || seconds > 59 || (half !== undefined && (hours < 1 || hours > 12))) return { kind: "text" };
  const h = half === undefined ? hours : (hours % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  return {
    kind: "number",
    value: (h * 3600 + minutes * 60 + seconds) / 86400,
    format: half === undefined ? format : format === "h AM/PM" ? format : "h:mm AM/PM",
  };
}
