import { Dec, sum, ZERO } from "../decimal";
import { Range, SroiError } from "../errors";
import { fieldPath } from "../actors/names";
import { checkRange, isBlank, readNonNegative, readNumber } from "../validate";

/**
 * Choosing among candidate investments (seed 002, section 4): each candidate is scored 1–5 on a
 * set of criteria with weights; the weighted score is Σ weight × score / Σ weight and the rank
 * orders the candidates by it, ties sharing a rank.
 */

const SCORE_RANGE: Range = { min: 1, max: 5 };

/** Reads one criterion weight (1-based `criterion`): blank counts as 0, none negative. */
export function readWeight(value: unknown, criterion: number): Dec {
  return isBlank(value) ? ZERO : readNonNegative(fieldPath("weights", criterion), value);
}

/** The error when every weight is 0 or blank. */
export function allZeroWeights(): SroiError {
  return new SroiError("VALUE", { kind: "allZero", argument: "weight" });
}

/** Reads criterion weights (blank counts as 0, none negative); throws allZero when every weight is 0. */
export function readWeights(weights: readonly unknown[]): Dec[] {
  const read = weights.map((w, i) => readWeight(w, i + 1));
  if (!read.some((w) => w.gt(0))) throw allZeroWeights();
  return read;
}

/**
 * One score of a candidate (1-based `candidate` and `criterion` for messages): required, in 1–5,
 * for a criterion with a weight above 0; for a criterion weighted 0 it may be blank (null), and
 * when given it must still be in 1–5.
 */
export function readScore(weight: Dec, value: unknown, candidate: number, criterion: number): Dec | null {
  const argument = fieldPath("candidates", candidate, "scores", criterion);
  if (weight.isZero() && isBlank(value)) return null;
  return checkRange(argument, readNumber(argument, value), SCORE_RANGE);
}

/** The weighted score of one candidate (1-based `candidate` for messages): Σ wᵢ sᵢ / Σ wᵢ, scores read by readScore. */
export function weightedScore(weights: readonly Dec[], scores: readonly unknown[], candidate: number): Dec {
  let weighted = ZERO;
  weights.forEach((w, i) => {
    const score = readScore(w, scores[i], candidate, i + 1);
    if (score !== null) weighted = weighted.plus(w.times(score));
  });
  return weighted.div(sum(weights));
}

/** Ranks by score, highest first: 1 + the number of strictly higher scores, so ties share a rank (Excel's RANK). */
export function rankScores(scores: readonly Dec[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other.gt(s)).length);
}
