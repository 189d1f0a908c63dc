/**
 * Where everything sits on the portfolio sheet (0-based rows and columns), shared by the builder,
 * the formulas and the tests.
 */

/** Criteria: the seed's four plus one of the user's own. */
export const CRITERIA = 5;
/** Blank rows for candidates (and so for operations and target groups in the balance). */
export const CANDIDATE_ROWS = 12;

/** Criteria table: A criterion, B weight, C share of the weights, D the question to ask. */
export const CRITERIA_ROWS = { header: 4, first: 5, last: 5 + CRITERIA - 1, total: 5 + CRITERIA, check: 6 + CRITERIA } as const;

/** Candidate table. */
export const CANDIDATES = { help: 13, names: 14, header: 15, first: 16, last: 16 + CANDIDATE_ROWS - 1 } as const;
export const COLUMNS = {
  name: 0,
  operation: 1,
  targetGroup: 2,
  length: 3,
  complexity: 4,
  investment: 5,
  presentValue: 6,
  ratio: 7,
  payback: 8,
  firstScore: 9,
  score: 9 + CRITERIA,
  rank: 10 + CRITERIA,
  chosen: 11 + CRITERIA,
  check: 12 + CRITERIA,
  operationNo: 13 + CRITERIA,
  targetGroupNo: 14 + CRITERIA,
} as const;

/** The chosen portfolio's totals: label in A, value in B. */
const S = CANDIDATES.last + 2;
export const SUMMARY = { header: S, chosen: S + 1, investment: S + 2, presentValue: S + 3, net: S + 4, ratio: S + 5 } as const;

/** Balance tables: by operation in A:B, by target group in C:D, by length and by complexity in F:G. */
const B = SUMMARY.ratio + 2;
export const BALANCE = {
  title: B,
  header: B + 1,
  first: B + 2,
  last: B + 1 + CANDIDATE_ROWS,
  lengthFirst: B + 2,
  complexityHeader: B + 6,
  complexityFirst: B + 7,
} as const;
