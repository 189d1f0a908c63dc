import { Dec, ZERO } from "../decimal";
import { collectErrors, SroiError } from "../errors";
import {
  CandidateInput,
  evaluatePortfolio,
  Portfolio,
  readCandidateInvestment,
  readCandidateLength,
  readCandidatePresentValue,
} from "./portfolio";
import { allZeroWeights, readScore, readWeight } from "./scores";

/**
 * Every problem of a portfolio at once, for a pane that lists them all: each weight, each score,
 * each candidate's investment, present value and length are read on their own with the readers
 * evaluatePortfolio uses; "every weight is 0" is one problem of its own.
 */

export type PortfolioValidation =
  | { readonly ok: true; readonly portfolio: Portfolio }
  /** Every SroiError found: the weights first, then candidate by candidate. */
  | { readonly ok: false; readonly errors: readonly SroiError[] };

/** Validates every field; errors other than SroiError are not input problems and are thrown. */
export function validatePortfolio(weights: readonly unknown[], candidates: readonly CandidateInput[]): PortfolioValidation {
  const { errors } = collectErrors((part) => {
    const read = weights.map((w, i) => part(() => readWeight(w, i + 1)));
    if (read.every((w) => w !== undefined && !w.gt(0)))
      part(() => {
        throw allZeroWeights();
      });
    // A weight that cannot be read counts as 0 here: its scores are checked when given, not required.
    const known: Dec[] = read.map((w) => w ?? ZERO);
    candidates.forEach((c, i) => {
      known.forEach((w, j) => part(() => readScore(w, c.scores[j], i + 1, j + 1)));
      part(() => readCandidateInvestment(c, i + 1));
      part(() => readCandidatePresentValue(c, i + 1));
      part(() => readCandidateLength(c, i + 1));
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, portfolio: evaluatePortfolio(weights, candidates) };
}
