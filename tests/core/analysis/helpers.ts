import { Dec, ImpactRow, parseImpactRow, ImpactRowInput } from "../../../src/core";

/** A decimal from a literal. */
export { d } from "../helpers";

/** Exact fraction p / q as a decimal (for expected values worked out by hand as fractions). */
export const frac = (p: number | string, q: number | string): Dec => new Dec(p).div(q);

/** Asserts |actual − expected| ≤ 10^−digits · max(1, |expected|). */
export function expectClose(actual: Dec | null, expected: Dec | number | string, digits = 30): void {
  expect(actual).not.toBeNull();
  const want = new Dec(expected);
  const allowed = new Dec(10).pow(-digits).times(Dec.max(1, want.abs()));
  const off = (actual as Dec).minus(want).abs();
  if (off.gt(allowed)) throw new Error(`expected ${want.toString()} ± ${allowed.toString()}, got ${(actual as Dec).toString()}`);
}

/** A validated impact-map row from plain numbers (stakeholder etc. blank). */
export function row(input: ImpactRowInput): ImpactRow {
  return parseImpactRow(input);
}

/**
 * The two-row map of the hand-worked examples (discount rate 0):
 * A: 10 people × 0.5 × (1 − 0.2) × 1 × 1 × 1 000 = 4 000 in year 1; 2 years, drop-off 0.5 → 4 000 + 2 000 = 6 000.
 * B: 20 × 1 × 1 × (1 − 0.5) × (1 − 0.1) × 100 = 900 in year 1; 1 year → 900.
 * Total PV 6 900.
 */
export const TWO_ROWS: readonly ImpactRow[] = [
  row({ quantity: 10, outcomeRate: 0.5, deadweight: 0.2, attribution: 0, displacement: 0, proxy: 1000, years: 2, dropOff: 0.5 }),
  row({ quantity: 20, outcomeRate: 1, deadweight: 0, attribution: 0.5, displacement: 0.1, proxy: 100, years: 1, dropOff: 0 }),
];
