import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { checkRange, describeGiven, isBlank, readNumber } from "../validate";
import { KPI_ANNUAL } from "./kpi";

/**
 * Price indexes and the conversion between price years:
 * amount in to-year prices = amount × index(to) / index(from). Converting within one year needs no
 * index (the factor is exactly 1), so a year outside the table is only an error when the two years
 * differ. The sheets use the same rule (a blank or equal price year gives the amount unchanged).
 */

/** An index by year: every value above 0. */
export type PriceIndex = ReadonlyMap<number, Dec>;

/** The shipped KPI (see kpi.ts). */
export const KPI: PriceIndex = new Map(KPI_ANNUAL.map(([year, value]) => [year, new Dec(value)]));

/** "2006–2023" or "2006–2010, 2015, 2020–2023": the years of an index, for messages. */
export function availableYears(index: PriceIndex): string {
  const years = [...index.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** The index value of a year, or #N/A naming the years the index has. */
function indexValue(index: PriceIndex, year: number, argument: string): Dec {
  const value = index.get(year);
  if (value === undefined) throw new SroiError("NA", { kind: "yearNotInIndex", argument, given: year, available: availableYears(index) });
  return value;
}

/** The argument names a missing year is reported under. */
export interface YearArguments {
  readonly from: string;
  readonly to: string;
}

const FROM_TO: YearArguments = { from: "from_year", to: "to_year" };

/** index(to) / index(from); exactly 1 when the years are equal. */
export function priceFactor(index: PriceIndex, fromYear: number, toYear: number, names: YearArguments = FROM_TO): Dec {
  if (fromYear === toYear) return new Dec(1);
  return indexValue(index, toYear, names.to).div(indexValue(index, fromYear, names.from));
}

/** An amount in fromYear's prices expressed in toYear's prices. */
export function convertPrice(amount: Dec, fromYear: number, toYear: number, index: PriceIndex = KPI, names: YearArguments = FROM_TO): Dec {
  return amount.times(priceFactor(index, fromYear, toYear, names));
}

/** Years a price index may hold. */
const YEAR_RANGE = { min: 1, max: 9999 } as const;

/** Reads a year: a whole number from 1 to 9999 (a float like 2020.0 from a cell is fine). */
export function readYear(argument: string, value: unknown): number {
  const year = readNumber(argument, value);
  if (!year.isInteger()) throw new SroiError("VALUE", { kind: "notInteger", argument, given: year.toNumber(), allowed: YEAR_RANGE });
  return checkRange(argument, year, YEAR_RANGE).toNumber();
}

/**
 * Reads a user's index from a two-column range of year and index value. Rows with a blank year and
 * value are skipped (a table with room to grow); a year that is not whole, a value that is not a
 * number above 0, text or a repeated year is #VALUE! naming the argument.
 */
export function readPriceIndex(argument: string, range: unknown): PriceIndex {
  const rows = Array.isArray(range) ? (range as unknown[]) : [[range]];
  const width = rows.length === 0 ? 0 : Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
  if (width !== 2)
    throw new SroiError("VALUE", { kind: "shape", argument, rows: rows.length, columns: width, expected: "yearIndexColumns" });
  const index = new Map<number, Dec>();
  for (const row of rows as unknown[][]) {
    const [year, value] = row;
    if (isBlank(year) && isBlank(value)) continue;
    const y = readYear(argument, year);
    const v = readNumber(argument, value);
    if (v.lte(0))
      throw new SroiError("VALUE", { kind: "outOfRange", argument, given: describeGiven(value), allowed: { min: 0, minExclusive: true } });
    if (index.has(y)) throw new SroiError("VALUE", { kind: "duplicateYear", argument, given: y });
    index.set(y, v);
  }
  if (index.size === 0) throw new SroiError("VALUE", { kind: "empty", argument });
  return index;
}
