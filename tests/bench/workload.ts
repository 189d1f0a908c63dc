/**
 * The benchmark's workload: a deterministic impact map of realistic rows (seeded PRNG), and the
 * summary each implementation must produce from it, so the three can be checked against each other.
 */

/** Years in the profile grid: every row's benefit period is 1…PROFILE_YEARS. */
export const PROFILE_YEARS = 5;

export const STAKEHOLDERS = ["Participants", "Families", "Employers", "Schools", "Health care", "Social services", "Environment"] as const;
export const PAYERS = ["Kommun", "Region", "Försäkringskassan", "Arbetsförmedlingen", "Staten"] as const;
export const DIMENSIONS = ["economic", "social", "environmental"] as const;

/** One impact-map row as a sheet holds it: plain numbers and labels. */
export interface BenchRow {
  readonly stakeholder: string;
  readonly payer: string;
  readonly dimension: string;
  readonly quantity: number;
  readonly outcomeRate: number;
  readonly deadweight: number;
  readonly attribution: number;
  readonly displacement: number;
  readonly proxy: number;
  readonly years: number;
  readonly dropOff: number;
}

export interface Workload {
  readonly rows: readonly BenchRow[];
  readonly discountRate: number;
  /** Investment paid at the start of each year. */
  readonly investment: readonly number[];
}

/** What every implementation reports, as floats (for comparison only). */
export interface BenchSummary {
  readonly totalPresentValue: number;
  readonly investmentPresentValue: number;
  readonly ratio: number;
  readonly netValue: number;
  /** Undiscounted total per year, PROFILE_YEARS entries. */
  readonly yearly: readonly number[];
  /** PV per label, keyed "stakeholder:…", "payer:…", "dimension:…". */
  readonly groups: Readonly<Record<string, number>>;
}

/** mulberry32: a small, fast, seeded PRNG with good enough spread for test data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic impact map of `rowCount` rows; shares have two decimals, proxies whole kronor. */
export function makeWorkload(rowCount: number, seed = 2024): Workload {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (low: number, high: number, step: number): number => Math.round((low + random() * (high - low)) / step) * step;
  const share = (low: number, high: number): number => Number(between(low, high, 0.01).toFixed(2));
  const rows: BenchRow[] = [];
  for (let i = 0; i < rowCount; i++) {
    const stakeholder = pick(STAKEHOLDERS);
    const harm = stakeholder === "Environment" && random() < 0.5;
    rows.push({
      stakeholder,
      payer: pick(PAYERS),
      dimension: stakeholder === "Environment" ? "environmental" : pick(DIMENSIONS),
      quantity: between(1, 500, 1),
      outcomeRate: share(0.05, 1),
      deadweight: share(0, 0.6),
      attribution: share(0, 0.5),
      displacement: share(0, 0.3),
      proxy: (harm ? -1 : 1) * between(500, 250_000, 50),
      years: between(1, PROFILE_YEARS, 1),
      dropOff: share(0, 0.5),
    });
  }
  const yearly = Math.round(rowCount * 2_000_000);
  return { rows, discountRate: 0.035, investment: [yearly * 2, yearly, yearly, yearly * 0.5, yearly * 0.5] };
}

/** Group key of a label kind and label, as used in BenchSummary.groups. */
export function groupKey(kind: "stakeholder" | "payer" | "dimension", label: string): string {
  return `${kind}:${label}`;
}

/**
 * The largest relative difference between two summaries over every figure they report
 * (|a − b| / max(|a|, |b|, 1)); Infinity when their shapes differ.
 */
export function largestDifference(a: BenchSummary, b: BenchSummary): number {
  const pairs: [number, number][] = [
    [a.totalPresentValue, b.totalPresentValue],
    [a.investmentPresentValue, b.investmentPresentValue],
    [a.ratio, b.ratio],
    [a.netValue, b.netValue],
  ];
  if (a.yearly.length !== b.yearly.length) return Infinity;
  a.yearly.forEach((v, i) => pairs.push([v, b.yearly[i]]));
  const keys = Object.keys(a.groups);
  if (keys.length !== Object.keys(b.groups).length || keys.some((k) => !(k in b.groups))) return Infinity;
  keys.forEach((k) => pairs.push([a.groups[k], b.groups[k]]));
  return Math.max(...pairs.map(([x, y]) => (x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1))));
}
