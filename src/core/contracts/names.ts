import type { Language } from "../language";

/**
 * Names of the outcome-contract fields as error messages show them. Rows and years are addressed
 * by paths (see actors/names fieldPath): "outcomes[2].expected[3]" reads "outcome 2 › expected
 * outcomes in year 3" / "utfall 2 › förväntade utfall år 3".
 */
export const CONTRACT_FIELD_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  contract_years: { en: "contract years", sv: "kontraktsår" },
  fixed_fee: { en: "fixed fee per year", sv: "fast ersättning per år" },
  cap: { en: "cap on outcome payments", sv: "tak för utfallsersättningen" },
  outcomes: { en: "outcome", sv: "utfall" },
  price: { en: "price per validated outcome", sv: "pris per validerat utfall" },
  saving: { en: "saving per outcome", sv: "besparing per utfall" },
  expected: { en: "expected outcomes in year", sv: "förväntade utfall år" },
  delivery_cost: { en: "delivery cost in year", sv: "leveranskostnad år" },
};
