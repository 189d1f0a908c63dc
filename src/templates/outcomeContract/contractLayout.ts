import { cellAddress, columnLetter, rangeAddress } from "../kit";

/**
 * Where everything sits on the outcome contract sheet (0-based rows and columns), shared by the
 * builder, the formulas and the tests. The year columns are always ten (the longest contract); the
 * contract years cell decides how many of them count.
 */

/** Year columns offered: contracts of 1–10 years. */
export const CONTRACT_MAX_YEARS = 10;
/** Blank rows for outcomes. */
const OUTCOME_ROWS = 8;

/** The contract terms: label in A, value in B, check in C. */
export const TERMS = { header: 4, years: 5, rate: 6, fee: 7, cap: 8 } as const;

/** The key figures: label in A, value in B, what it means in C. */
export const KEY = {
  header: 10,
  payments: 11,
  outcomePayments: 12,
  savings: 13,
  commissionerNet: 14,
  presentValue: 15,
  irr: 16,
  multiple: 17,
  atRisk: 18,
  breakEven: 19,
  /** The sheet's overall check, under the key figures. */
  check: 20,
} as const;

/** The outcome table: A outcome, B how measured, C price, D saving, E… expected per year, then total and check. */
export const OUTCOMES = { help: 22, header: 23, first: 24, last: 24 + OUTCOME_ROWS - 1 } as const;
export const OUTCOME_COLUMNS = {
  name: 0,
  measure: 1,
  price: 2,
  saving: 3,
  firstYear: 4,
  total: 4 + CONTRACT_MAX_YEARS,
  check: 5 + CONTRACT_MAX_YEARS,
} as const;

/** The per-year block under the outcomes: label in A, how it is worked out in B, years from column E, total after. */
export const YEARS = {
  header: OUTCOMES.last + 2,
  deliveryCost: OUTCOMES.last + 3,
  uncapped: OUTCOMES.last + 4,
  outcomePayments: OUTCOMES.last + 5,
  fixedFee: OUTCOMES.last + 6,
  payments: OUTCOMES.last + 7,
  savings: OUTCOMES.last + 8,
  commissionerNet: OUTCOMES.last + 9,
  investorNet: OUTCOMES.last + 10,
  investorPosition: OUTCOMES.last + 11,
  check: OUTCOMES.last + 12,
} as const;

/** 0-based column of contract year t (1-based). */
export function yearColumn(t: number): number {
  return OUTCOME_COLUMNS.firstYear + t - 1;
}

/** The absolute address of a term's value: "$B$6" for the contract years. */
export function termCell(row: number): string {
  return cellAddress(row, 1, true);
}

/** One row's year cells E…N, relative: "E36:N36". */
export function yearRange(row: number): string {
  return rangeAddress(row, yearColumn(1), row, yearColumn(CONTRACT_MAX_YEARS));
}

/** The total column's cell of a per-year row: "O36". */
export function totalCell(row: number): string {
  return cellAddress(row, OUTCOME_COLUMNS.total);
}

/** The letter of contract year t's column. */
export function yearLetter(t: number): string {
  return columnLetter(yearColumn(t));
}
