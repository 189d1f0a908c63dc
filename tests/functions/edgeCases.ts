import { Outcome, StubExcelError } from "./excelStub";

/**
 * Adversarial calls from issue 11 §3, run through the source functions (edgeCases.test.ts) and
 * through the built bundle (built.test.ts). Each expected value is worked out by hand in its comment.
 */
export interface EdgeCase {
  readonly name: string;
  readonly id: string;
  readonly args: readonly unknown[];
  /** The number (or row of numbers) the cell shows, or the Excel error and words its English message holds. */
  readonly expected: { value: unknown } | { error: string; says?: readonly string[] };
}

const na = new StubExcelError("#N/A");
const div0 = new StubExcelError("#DIV/0!", "from another function");
const num = new StubExcelError("#NUM!");
const nullRef = new StubExcelError("#NULL!");
const ref = new StubExcelError("#REF!");
const SEED = [80, 0.7, 0.2, 0.05, 0.1, 15000] as const; // year 1: 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560
const TEN_TWOS = [[2, 2, 2, 2, 2, 2, 2, 2, 2, 2]]; // Rosenberg: items 1,3,4,7,10 score 5 − 2, the others 2: 5×3 + 5×2 = 25

/** (a) A rate that is zero at 40 digits, or so small that 1 + r keeps one digit of it: undiscounted. */
const tinyRates: EdgeCase[] = [1e-40, -1e-40, 5e-324, -5e-324, 1e-300, 1e-39, -1e-39].map((rate) => ({
  // 1000 / 400 per year = 2.5 years = 30 months
  name: `PAYBACK(1000, 400, ${rate}) is the undiscounted 30 months`,
  id: "PAYBACK",
  args: [1000, 400, rate],
  expected: { value: 30 },
}));

const a: EdgeCase[] = [
  ...tinyRates,
  // −1000, then +400 a year: −600, −200, +200 → paid back 200/400 into year 3 = 12 × 2.5 = 30
  {
    name: "PAYBACK with a yearly profile and rate 1e-40",
    id: "PAYBACK",
    args: [[[1000]], [[400, 400, 400]], 1e-40],
    expected: { value: 30 },
  },
  // 1 467 000 / 1 405 000, undiscounted
  {
    name: "RATIO with rate 5e-324 is undiscounted",
    id: "RATIO",
    args: [[[1467000]], [[1405000]], 5e-324],
    expected: { value: 1467000 / 1405000 },
  },
  // 3 years × 574 560, no drop-off, undiscounted
  { name: "VALUE with rate -1e-40 is undiscounted", id: "VALUE", args: [...SEED, 3, 0, -1e-40], expected: { value: 1723680 } },
];

/** (b) Text of spaces is text, not a blank cell: #VALUE! naming the argument. */
const b: EdgeCase[] = [
  {
    name: 'VALUE with years " "',
    id: "VALUE",
    args: [...SEED, " "],
    expected: { error: "#VALUE!", says: ["years must be a number", '" "'] },
  },
  {
    name: "VALUE with discount_rate a non-breaking space",
    id: "VALUE",
    args: [...SEED, 1, 0, "\u00a0"],
    expected: { error: "#VALUE!", says: ["discount_rate"] },
  },
  {
    name: 'RATIO({" ", 100}, 50)',
    id: "RATIO",
    args: [[[" ", 100]], [[50]]],
    expected: { error: "#VALUE!", says: ["benefits must be a number"] },
  },
  {
    name: "RATIO with a non-breaking space in the investment range",
    id: "RATIO",
    args: [[[100]], [[50, "\u00a0"]]],
    expected: { error: "#VALUE!", says: ["investment"] },
  },
  { name: 'PAYBACK(" ", 100)', id: "PAYBACK", args: [" ", 100], expected: { error: "#VALUE!", says: ["investment must be a number"] } },
  { name: 'PAYBACK({" "}, {100})', id: "PAYBACK", args: [[[" "]], [[100]]], expected: { error: "#VALUE!", says: ["investment"] } },
  {
    name: "ADJUST with deadweight a tab",
    id: "ADJUST",
    args: [1000, "\t"],
    expected: { error: "#VALUE!", says: ["deadweight must be a number"] },
  },
  {
    name: 'ADJUST with optional attribution "  "',
    id: "ADJUST",
    args: [1000, 0.25, "  "],
    expected: { error: "#VALUE!", says: ["attribution must be a number"] },
  },
  {
    name: 'EFFECTSIZE(" ", 0.1)',
    id: "EFFECTSIZE",
    args: [" ", 0.1],
    expected: { error: "#VALUE!", says: ["target_change must be a number"] },
  },
  {
    name: "ROSENBERG with a cell of spaces",
    id: "ROSENBERG",
    args: [[[2, 2, 2, 2, " ", 2, 2, 2, 2, 2]]],
    expected: { error: "#VALUE!", says: ["answers must be a number"] },
  },
  {
    name: 'BREAKEVEN with the assumption " "',
    id: "BREAKEVEN",
    args: [" ", 1000, ...SEED],
    expected: { error: "#VALUE!", says: ['assumption " " is not known'] },
  },
  {
    name: 'PROFILE with years " " (required, not blank)',
    id: "PROFILE",
    args: [...SEED, " "],
    expected: { error: "#VALUE!", says: ["years must be a number"] },
  },
];

/** (c) Within 1e-12 of a limit or a whole number: that limit or number, and the value used. */
const c: EdgeCase[] = [
  // outcome_rate 0.1*3/0.3 = 1.0000000000000002 → 1: 80 × 1 × 0.8 × 0.95 × 0.9 × 15 000 = 820 800
  {
    name: "VALUE with outcome_rate 0.1*3/0.3",
    id: "VALUE",
    args: [80, (0.1 * 3) / 0.3, 0.2, 0.05, 0.1, 15000],
    expected: { value: 820800 },
  },
  // years 3.0000000000000004 → 3: 3 × 574 560
  { name: "VALUE with years 3.0000000000000004", id: "VALUE", args: [...SEED, 3.0000000000000004], expected: { value: 1723680 } },
  { name: "VALUE with years 2.9999999999999996", id: "VALUE", args: [...SEED, 2.9999999999999996], expected: { value: 1723680 } },
  // deadweight 0.3 − 0.1 − 0.2 = −2.8e−17 → 0: 80 × 0.7 × 15 000 = 840 000
  { name: "VALUE with deadweight 0.3-0.1-0.2", id: "VALUE", args: [80, 0.7, 0.3 - 0.1 - 0.2, 0, 0, 15000], expected: { value: 840000 } },
  // drop_off 1.0000000000000002 → 1: year 1 stays, later years are 0
  {
    name: "PROFILE with drop_off 1.0000000000000002",
    id: "PROFILE",
    args: [...SEED, 3, 1.0000000000000002],
    expected: { value: [[574560, 0, 0]] },
  },
  {
    name: "PROFILE with years 3.0000000000000004 spills 3 cells",
    id: "PROFILE",
    args: [...SEED, 3.0000000000000004],
    expected: { value: [[574560, 574560, 574560]] },
  },
  // deadweight 1 + 2.2e−16 → 1: 1000 × 0 = 0
  { name: "ADJUST with deadweight 1.0000000000000002", id: "ADJUST", args: [1000, 1.0000000000000002], expected: { value: 0 } },
  // one answer 2.0000000000000004 → 2: 25 as for ten 2s
  {
    name: "ROSENBERG with an answer 2.0000000000000004",
    id: "ROSENBERG",
    args: [[[2, 2, 2.0000000000000004, 2, 2, 2, 2, 2, 2, 2]]],
    expected: { value: 25 },
  },
  { name: "ROSENBERG with ten 2s (control)", id: "ROSENBERG", args: [TEN_TWOS], expected: { value: 25 } },
  // an investment of −1e−13 is 0: the ratio has no investment
  { name: "RATIO with investment -1e-13", id: "RATIO", args: [[[100]], [[-1e-13]]], expected: { error: "#DIV/0!" } },
  // beyond the noise, still refused
  {
    name: "VALUE with years 3.000000001 is refused",
    id: "VALUE",
    args: [...SEED, 3.000000001],
    expected: { error: "#VALUE!", says: ["whole number"] },
  },
  {
    name: "VALUE with deadweight 1.000001 is refused as a percentage",
    id: "VALUE",
    args: [80, 0.7, 1.000001, 0.05, 0.1, 15000],
    expected: { error: "#VALUE!", says: ["rates are fractions"] },
  },
];

const MEGABYTE = "x".repeat(1_000_000);

/** (d) Echoed text is cut to 60 characters with an ellipsis. */
const d: EdgeCase[] = [
  {
    name: "EFFECTSIZE with 1 MB of text",
    id: "EFFECTSIZE",
    args: [MEGABYTE, 0],
    expected: { error: "#VALUE!", says: [`"${"x".repeat(59)}…"`] },
  },
  {
    name: "BREAKEVEN with a 100 000-character name",
    id: "BREAKEVEN",
    args: ["y".repeat(100_000), 1000, ...SEED],
    expected: { error: "#VALUE!", says: [`"${"y".repeat(59)}…" is not known`] },
  },
  {
    name: "RATIO with long text in a range",
    id: "RATIO",
    args: [[[1, "z".repeat(61)]], [[1]]],
    expected: { error: "#VALUE!", says: [`"${"z".repeat(59)}…"`] },
  },
  {
    name: "VALUE with 60 characters of text, echoed whole",
    id: "VALUE",
    args: ["w".repeat(60), 0.7, 0.2, 0.05, 0.1, 15000],
    expected: { error: "#VALUE!", says: [`"${"w".repeat(60)}"`] },
  },
];

/** (e) Error values are passed on with their own code; the first one, row by row, wins. */
const e: EdgeCase[] = [
  {
    name: "RATIO with #N/A in the benefits",
    id: "RATIO",
    args: [[[100, na]], [[400]]],
    expected: { error: "#N/A", says: ["benefits holds the error #N/A"] },
  },
  {
    name: "RATIO: an error beats text earlier in the range",
    id: "RATIO",
    args: [
      [
        [1, "abc"],
        [div0, 2],
      ],
      [[400]],
    ],
    expected: { error: "#DIV/0!", says: ["benefits"] },
  },
  {
    name: "NETVALUE: the first error row by row",
    id: "NETVALUE",
    args: [
      [
        [1, num],
        [na, 2],
      ],
      [[400]],
    ],
    expected: { error: "#NUM!" },
  },
  { name: "NETVALUE: an error beats a ragged range", id: "NETVALUE", args: [[[1, 2], [na]], [[400]]], expected: { error: "#N/A" } },
  {
    name: "VALUE with #NULL! as quantity",
    id: "VALUE",
    args: [nullRef, ...SEED.slice(1)],
    expected: { error: "#NULL!", says: ["quantity"] },
  },
  {
    name: "VALUE with #REF! (which a function cannot return) gives #VALUE! naming it",
    id: "VALUE",
    args: [80, ref, ...SEED.slice(2)],
    expected: { error: "#VALUE!", says: ["outcome_rate holds the error #REF!"] },
  },
  {
    name: "VALUE with #N/A as the optional discount_rate",
    id: "VALUE",
    args: [...SEED, 1, 0, na],
    expected: { error: "#N/A", says: ["discount_rate"] },
  },
  {
    name: "PAYBACK with #DIV/0! as a scalar investment",
    id: "PAYBACK",
    args: [div0, 100],
    expected: { error: "#DIV/0!", says: ["investment"] },
  },
  {
    name: "ROSENBERG: an error beats the count of cells",
    id: "ROSENBERG",
    args: [[[2, 2, 2, na]]],
    expected: { error: "#N/A", says: ["answers"] },
  },
  {
    name: "BREAKEVEN with #N/A as the assumption",
    id: "BREAKEVEN",
    args: [na, 1000, ...SEED],
    expected: { error: "#N/A", says: ["assumption"] },
  },
  {
    name: "EFFECTSIZE with a data-type error value",
    id: "EFFECTSIZE",
    args: [0.1, { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
    expected: { error: "#N/A", says: ["comparison_change"] },
  },
  {
    name: 'ADJUST: the text "#N/A" is text, not an error',
    id: "ADJUST",
    args: ["#N/A", 0.25],
    expected: { error: "#VALUE!", says: ['amount must be a number; got "#N/A"'] },
  },
];

export const EDGE_CASES: readonly EdgeCase[] = [...a, ...b, ...c, ...d, ...e];

/** Checks what a cell shows against an edge case's expectation. */
export function expectEdgeCase(c: EdgeCase, result: Outcome): void {
  if ("value" in c.expected) {
    expect(result).toEqual({ value: c.expected.value });
    return;
  }
  expect(result).toMatchObject({ error: c.expected.error });
  const message = (result as { message: string }).message;
  for (const words of c.expected.says ?? []) expect(message).toContain(words);
  expect(message.length).toBeLessThan(400);
}
