import { Dec, sum } from "../decimal";
import { fieldPath } from "../actors/names";
import { isBlank, readNonNegative, readNumber } from "../validate";
import { rankScores, readWeights, weightedScore } from "./scores";

/**
 * A balanced portfolio (seed 002, section 4): the chosen candidates' investment, present value and
 * ratio, and how they spread over operations, target groups, lengths and complexity.
 */

export type Complexity = "low" | "medium" | "high";

export interface CandidateInput {
  readonly name?: string;
  /** The operation (verksamhet) that runs it; compared ignoring case, as COUNTIFS does. */
  readonly operation?: string;
  readonly targetGroup?: string;
  /** Length in years; blank when unknown. */
  readonly length?: unknown;
  readonly complexity?: Complexity | null;
  readonly investment: unknown;
  /** Expected present value of the benefits (may be negative). */
  readonly presentValue: unknown;
  /** Scores 1–5, one per criterion, in the order of the weights. */
  readonly scores: readonly unknown[];
  readonly chosen: boolean;
}

/** Length bands of the balance: up to 2 years, over 2 up to 4, over 4. */
const LENGTH_BANDS = [2, 4] as const;
export type LengthBand = "short" | "medium" | "long";

export interface Portfolio {
  readonly scores: readonly Dec[];
  readonly ranks: readonly number[];
  readonly chosen: number;
  readonly investment: Dec;
  readonly presentValue: Dec;
  /** Σ PV / Σ investment of the chosen; null when their investment is 0. */
  readonly ratio: Dec | null;
  /** Chosen per operation and target group, in order of first appearance among all candidates (0 for one with none chosen). */
  readonly byOperation: readonly (readonly [string, number])[];
  readonly byTargetGroup: readonly (readonly [string, number])[];
  readonly byLength: Readonly<Record<LengthBand, number>>;
  readonly byComplexity: Readonly<Record<Complexity, number>>;
}

/** The band of a length in years. */
export function lengthBand(years: Dec): LengthBand {
  if (years.lte(LENGTH_BANDS[0])) return "short";
  return years.lte(LENGTH_BANDS[1]) ? "medium" : "long";
}

/** Counts of chosen candidates per label, labels compared ignoring case; blank labels are left out. */
function countBy(candidates: readonly CandidateInput[], label: (c: CandidateInput) => string | undefined): [string, number][] {
  const counts: [string, number][] = [];
  for (const c of candidates) {
    const text = (label(c) ?? "").trim();
    if (text === "") continue;
    let entry = counts.find(([k]) => k.toLocaleLowerCase() === text.toLocaleLowerCase());
    if (!entry) counts.push((entry = [text, 0]));
    if (c.chosen) entry[1]++;
  }
  return counts;
}

/** A candidate's investment (1-based `candidate` for messages): a number of 0 or more. */
export const readCandidateInvestment = (c: CandidateInput, candidate: number): Dec =>
  readNonNegative(fieldPath("candidates", candidate, "investment"), c.investment);

/** A candidate's present value: any number. */
export const readCandidatePresentValue = (c: CandidateInput, candidate: number): Dec =>
  readNumber(fieldPath("candidates", candidate, "present_value"), c.presentValue);

/** A candidate's length in years: blank (null) or 0 or more. */
export const readCandidateLength = (c: CandidateInput, candidate: number): Dec | null =>
  isBlank(c.length) ? null : readNonNegative(fieldPath("candidates", candidate, "length"), c.length);

/** Scores, ranks, the chosen totals and the balance; throws an SroiError for the first bad field. */
export function evaluatePortfolio(weights: readonly unknown[], candidates: readonly CandidateInput[]): Portfolio {
  const w = readWeights(weights);
  const scores = candidates.map((c, i) => weightedScore(w, c.scores, i + 1));
  const read = candidates.map((c, i) => ({
    investment: readCandidateInvestment(c, i + 1),
    presentValue: readCandidatePresentValue(c, i + 1),
    length: readCandidateLength(c, i + 1),
  }));
  const chosen = candidates.map((c, i) => ({ ...read[i], c })).filter((x) => x.c.chosen);
  const investment = sum(chosen.map((x) => x.investment));
  const presentValue = sum(chosen.map((x) => x.presentValue));
  const byLength: Record<LengthBand, number> = { short: 0, medium: 0, long: 0 };
  const byComplexity: Record<Complexity, number> = { low: 0, medium: 0, high: 0 };
  for (const x of chosen) {
    if (x.length !== null) byLength[lengthBand(x.length)]++;
    if (x.c.complexity) byComplexity[x.c.complexity]++;
  }
  return {
    scores,
    ranks: rankScores(scores),
    chosen: chosen.length,
    investment,
    presentValue,
    ratio: investment.isZero() ? null : presentValue.div(investment),
    byOperation: countBy(candidates, (c) => c.operation),
    byTargetGroup: countBy(candidates, (c) => c.targetGroup),
    byLength,
    byComplexity,
  };
}
