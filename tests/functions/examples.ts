/**
 * Worked examples for every custom function, with arguments shaped as Excel passes them (ranges
 * as 2-D arrays, omitted optional arguments as null). Each expected value is worked out by hand or
 * with `bc`, independently of the code; the comment shows the arithmetic or names the source.
 * Shared by the adapter tests (source functions) and the contract test (built functions.js).
 */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly args: readonly unknown[];
  /** A number, or a 2-D array of numbers for a spilled result. */
  readonly expected: number | number[][];
  /** Compare to this many decimals instead of exactly (results that do not terminate). */
  readonly digits?: number;
}

export const EXAMPLES: readonly Example[] = [
  // DOMAIN.md / seed 000: 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560.
  { id: "VALUE", title: "the seed's safety outcome, one year", args: [80, 0.7, 0.2, 0.05, 0.1, 15000], expected: 574560 },
  {
    id: "VALUE",
    title: "omitted optional arguments (null) take their defaults",
    args: [80, 0.7, 0.2, 0.05, 0.1, 15000, null, null, null],
    expected: 574560,
  },
  // 574 560 + 574 560 × 0.9 + 574 560 × 0.81 = 574 560 + 517 104 + 465 393.6 = 1 557 057.6.
  { id: "VALUE", title: "three years with 10 % drop-off", args: [80, 0.7, 0.2, 0.05, 0.1, 15000, 3, 0.1], expected: 1557057.6 },
  // bc: 574560/1.035 + 517104/1.035^2 + 465393.6/1.035^3 = 1457610.914769458371003534149749…
  {
    id: "VALUE",
    title: "three years, 10 % drop-off, discounted at 3.5 % from year 1",
    args: [80, 0.7, 0.2, 0.05, 0.1, 15000, 3, 0.1, 0.035],
    expected: 1457610.9147695,
    digits: 6,
  },
  // The same yearly values as above, undiscounted, one row.
  {
    id: "PROFILE",
    title: "three years with 10 % drop-off",
    args: [80, 0.7, 0.2, 0.05, 0.1, 15000, 3, 0.1],
    expected: [[574560, 517104, 465393.6]],
  },
  { id: "PROFILE", title: "drop-off omitted (0)", args: [80, 0.7, 0.2, 0.05, 0.1, 15000, 2, null], expected: [[574560, 574560]] },
  // DOMAIN.md / seed 000 "Alla barn i skolan": 11 600 000 × 0.75 × 1 × 0.9 = 7 830 000.
  { id: "ADJUST", title: "the seed's school saving", args: [11600000, 0.25, 0, 0.1], expected: 7830000 },
  // 1000 × (1 − 0.2) = 800.
  { id: "ADJUST", title: "attribution and displacement omitted (0)", args: [1000, 0.2, null, null], expected: 800 },
  // DOMAIN.md / seed 000 stakeholder summary: 1 467 000 / 1 405 000 = 1.044128113879003558718861…
  { id: "RATIO", title: "the seed's stakeholder summary", args: [[[1467000]], [[1405000]], null], expected: 1.044128113879, digits: 12 },
  // Per year 100 + 300 = 400 and 200 + 400 = 600; 1000 / 500 = 2.
  {
    id: "RATIO",
    title: "a block: one row per outcome, one column per year",
    args: [
      [
        [100, 200],
        [300, 400],
      ],
      [[500]],
      null,
    ],
    expected: 2,
  },
  // 110 / 1.1 + 121 / 1.21 = 200; investment 100 + 110 / 1.1 = 200; 200 / 200 = 1.
  { id: "RATIO", title: "discounted benefits against a yearly investment", args: [[[110, 121]], [[100, 110]], 0.1], expected: 1 },
  // DOMAIN.md / seed 000: 1 467 000 − 1 405 000 = 62 000.
  { id: "NETVALUE", title: "the seed's stakeholder summary", args: [[[1467000]], [[1405000]], null], expected: 62000 },
  // (110 / 1.1 + 121 / 1.21) − 150 = 200 − 150 = 50.
  { id: "NETVALUE", title: "a discounted column of benefits", args: [[[110], [121]], [[150]], 0.1], expected: 50 },
  // DOMAIN.md: months = investment / (V / 12) = 1200 / 50 = 24.
  { id: "PAYBACK", title: "a constant yearly value", args: [[[1200]], [[600]], null], expected: 24 },
  // 400 + 400 = 800 after two years; the remaining 200 is half of year 3: 2.5 years = 30 months.
  { id: "PAYBACK", title: "a yearly profile, interpolated within year 3", args: [[[1000]], [[400, 400, 400]], null], expected: 30 },
  // Year 1's value 1100 / 1.1 = 1000 covers the 1000 invested exactly at the end of year 1.
  { id: "PAYBACK", title: "a constant value, discounted at 10 %", args: [[[1000]], [[1100]], 0.1], expected: 12 },
  // DOMAIN.md / seed 002: absence −30 % vs −12 % → −0.30 − (−0.12) = −0.18.
  { id: "EFFECTSIZE", title: "the seed's school absence", args: [-0.3, -0.12], expected: -0.18 },
  // Items 1, 3, 4, 7, 10 score 5 − 1 = 4 each (20); items 2, 5, 6, 8, 9 score 1 each (5): 25.
  { id: "ROSENBERG", title: "every answer 'strongly agree'", args: [[[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]], expected: 25 },
  // Positive items answered 1 (4 points each), reversed items answered 4 (4 points each): 40.
  { id: "ROSENBERG", title: "the highest score, as a column", args: [[[1], [4], [1], [1], [4], [4], [1], [4], [4], [1]]], expected: 40 },
  // Positive items answered 4 (1 point each), reversed items answered 1 (1 point each): 10.
  {
    id: "ROSENBERG",
    title: "the lowest score, as a 2 × 5 block",
    args: [
      [
        [4, 1, 4, 4, 1],
        [1, 4, 1, 1, 4],
      ],
    ],
    expected: 10,
  },
  // The seed's outcome without its proxy: 80 × 0.7 × 0.8 × 0.95 × 0.9 = 38.304 per krona of proxy;
  // 574 560 / 38.304 = 15 000.
  {
    id: "BREAKEVEN",
    title: "the seed's proxy at which the value equals 574 560",
    args: ["proxy", [[574560]], 80, 0.7, 0.2, 0.05, 0.1, 15000],
    expected: 15000,
  },
  // Without deadweight: 80 × 0.7 × 0.95 × 0.9 × 15 000 = 718 200; 1 − d = 574 560 / 718 200 = 0.8, so d = 0.2.
  {
    id: "BREAKEVEN",
    title: "deadweight, named in Swedish, from a base of 0.5",
    args: ["dödvikt", [[574560]], 80, 0.7, 0.5, 0.05, 0.1, 15000, null, null, null],
    expected: 0.2,
  },
  // 574 560 a year without drop-off: 1 year gives 574 560 < 1 000 000, 2 years 1 149 120 ≥ 1 000 000.
  {
    id: "BREAKEVEN",
    title: "years: the first whole year that reaches the investment",
    args: ["years", [[1000000]], 80, 0.7, 0.2, 0.05, 0.1, 15000, 5],
    expected: 2,
  },
  // No range: every run is the seed's outcome, so P10 = P50 = P90 = SROI.VALUE = 574 560.
  {
    id: "SIMULATE",
    title: "no range: all three equal SROI.VALUE",
    args: [[[80]], [[0.7]], [[0.2]], [[0.05]], [[0.1]], [[15000]]],
    expected: [[574560, 574560, 574560]],
  },
  // Years triangular 1 / 2 / 3 rounded to whole years: P(1) = 0.125, P(2) = 0.75, P(3) = 0.125, so
  // (574 560 a year, rate 0) P10 = 1 year, P50 = 2 years, P90 = 3 years (F(2) = 0.875 < 0.9).
  {
    id: "SIMULATE",
    title: "years 1 / 2 / 3 in a column, 10 000 runs, seed 7",
    args: [[[80]], [[0.7]], [[0.2]], [[0.05]], [[0.1]], [[15000]], [[1], [2], [3]], null, null, 10000, 7],
    expected: [[574560, 1149120, 1723680]],
  },
  // SCB KPI annual means 2022 371.91, 2023 403.70: 1 000 × 403.70 / 371.91 = 1 085.4776693286010056… (Python decimal).
  {
    id: "REAL",
    title: "1 000 kr in 2022 prices, in 2023 prices (shipped KPI)",
    args: [1000, 2022, 2023, null],
    expected: 1085.4776693286,
    digits: 10,
  },
  // 100 000 × 335.92 / 403.70 = 83 210.304681694327470894… (Python decimal): back from 2023 to 2020.
  { id: "REAL", title: "back from 2023 to 2020 prices", args: [100000, 2023, 2020, null], expected: 83210.3046816943, digits: 10 },
  // Own index 2020 = 100, 2025 = 125: 80 000 × 125 / 100 = 100 000.
  {
    id: "REAL",
    title: "an own index range",
    args: [
      80000,
      2020,
      2025,
      [
        [2020, 100],
        [2025, 125],
      ],
    ],
    expected: 100000,
  },
];

/** Checks a result against an example's expected value. */
export function expectExample(actual: unknown, example: Example): void {
  if (typeof example.expected === "number" && example.digits !== undefined) {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(example.expected, example.digits);
  } else {
    expect(actual).toEqual(example.expected);
  }
}
