import { Dec } from "./decimal";
import { SroiError } from "./errors";
import { checkRange, readWhole } from "./validate";

/** Items scored in reverse (1-based, as printed on the scale). */
export const ROSENBERG_REVERSED: readonly number[] = [2, 5, 6, 8, 9];
const ROSENBERG_ITEMS = 10;

export type RosenbergLevel = "good" | "some" | "low";

/**
 * Rosenberg self-esteem score, 10–40. Answers are coded 1–4 in the order printed
 * (1 = strongly agree … 4 = strongly disagree). Items 1, 3, 4, 7, 10 score 5 − code;
 * items 2, 5, 6, 8, 9 score the code itself (seed 000).
 */
export function rosenbergScore(answers: readonly unknown[]): number {
  if (answers.length !== ROSENBERG_ITEMS) {
    throw new SroiError("VALUE", { kind: "count", argument: "answers", given: answers.length, expected: ROSENBERG_ITEMS });
  }
  return answers.reduce<number>((score, answer, i) => {
    const code = readAnswer(answer);
    return score + (ROSENBERG_REVERSED.includes(i + 1) ? code : 5 - code);
  }, 0);
}

function readAnswer(answer: unknown): number {
  return readWhole("answers", answer, { min: 1, max: 4 });
}

/** The range of a Rosenberg total score. */
const ROSENBERG_SCORE_RANGE = { min: 10, max: 40 } as const;

/**
 * Level of a score: 30–40 good, 26–29 some (needs support), 10–25 low (needs much support).
 * A score that is not a whole number in 10–40 is a #VALUE! error naming the argument "score".
 */
export function rosenbergLevel(score: number): RosenbergLevel {
  if (!Number.isInteger(score)) {
    throw new SroiError("VALUE", { kind: "notInteger", argument: "score", given: score, allowed: ROSENBERG_SCORE_RANGE });
  }
  checkRange("score", new Dec(score), ROSENBERG_SCORE_RANGE);
  if (score >= 30) return "good";
  if (score >= 26) return "some";
  return "low";
}
