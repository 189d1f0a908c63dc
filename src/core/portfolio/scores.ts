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

/** Reads criterion weights (blank counts as 0, none negative); throws allZero when every weight is 0. */
export function readWeights(weights: readonly unknown[]): Dec[] {
  const read = weights.map((w, i) => (isBlank(w) ? ZERO : readNonNegative(fieldPath("weights", i + 1), w)));
  if (!read.some((w) => w.gt(0))) throw new SroiError("VALUE", { kind: "allZero", argument: "weight" });
  return read;
}

/**
 * The weighted score of one candidate (1-based `candidate` for messages): Σ wᵢ sᵢ / Σ wᵢ. A score
 * is required, in 1–5, for every criterion with a weight above 0; a criterion weighted 0 is left
 * out (its score may be blank, and when given it must still be in 1–5).
 */
export function weightedScore(weights: readonly Dec[], scores: readonly unknown[], candidate: number): Dec {
  let weighted = ZERO;
  weights.forEach((w, i) => {
    const argument = fieldPath("candidates", candidate, "scores", i + 1);
    if (w.isZero() && isBlank(scores[i])) return;
    const score = checkRange(argument, readNumber(argument, scores[i]), SCORE_RANGE);
    weighted = weighted.plus(w.times(score));
  });
  return weighted.div(sum(weights));
}

/** Ranks by score, highest first: 1 + the number of strictly higher scores, so ties share a rank (Excel's RANK). */
export function rankScores(scores: readonly Dec[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other.gt(s)).length);
}
