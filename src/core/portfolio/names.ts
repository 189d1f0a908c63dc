import type { Language } from "../language";

/**
 * Names of the portfolio fields as error messages show them: "candidates[2].scores[3]" reads
 * "candidate 2 › score on criterion 3" / "kandidat 2 › poäng på kriterium 3".
 */
export const PORTFOLIO_FIELD_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  weights: { en: "weight of criterion", sv: "vikt för kriterium" },
  weight: { en: "weight", sv: "vikt" },
  candidates: { en: "candidate", sv: "kandidat" },
  scores: { en: "score on criterion", sv: "poäng på kriterium" },
  present_value: { en: "present value", sv: "nuvärde" },
  length: { en: "length in years", sv: "längd i år" },
};
