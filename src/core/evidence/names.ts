import type { Language } from "../language";

/** Names of the evidence fields as error messages show them. */
export const EVIDENCE_FIELD_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  evidence_grade: { en: "evidence grade", sv: "evidensgrad" },
  grades: { en: "evidence grade", sv: "evidensgrad" },
  haircut: { en: "optimism-bias haircut", sv: "avdrag för optimism" },
  spread: { en: "default spread (±)", sv: "standardspridning (±)" },
};
