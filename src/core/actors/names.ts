import type { Language } from "../language";

/**
 * Names of the before/after fields as error messages show them. A field is addressed by a dotted
 * path of these ids, with a 1-based index where it is a row: "groups[2].after.employment" reads
 * "group 2 › after › employment" / "grupp 2 › efter › arbete" (see argumentName).
 */
export const FIELD_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  groups: { en: "group", sv: "grupp" },
  size: { en: "number of participants", sv: "antal deltagare" },
  basis: { en: "counts or shares", sv: "antal eller andelar" },
  before: { en: "before", sv: "före" },
  after: { en: "after", sv: "efter" },
  socialAssistance: { en: "social assistance", sv: "ekonomiskt bistånd" },
  sicknessCompensation: { en: "sickness or activity compensation", sv: "sjuk- eller aktivitetsersättning" },
  activitySupport: { en: "activity support", sv: "aktivitetsstöd" },
  employment: { en: "employment", sv: "arbete" },
  studies: { en: "studies", sv: "studier" },
  other: { en: "other", sv: "annat" },
  situations: { en: "income situation", sv: "försörjning" },
  monthly_amount: { en: "amount per month", sv: "belopp per månad" },
  payer: { en: "paid by", sv: "betalas av" },
  taxable: { en: "taxable", sv: "skattepliktig" },
  resources: { en: "resource row", sv: "resursrad" },
  unit_cost: { en: "unit cost", sv: "enhetskostnad" },
  intervention: { en: "intervention", sv: "insats" },
  cost_per_participant: { en: "cost per participant", sv: "kostnad per deltagare" },
  payer_shares: { en: "shares of the cost", sv: "andelar av kostnaden" },
  municipality: { en: "municipality", sv: "kommunen" },
  region: { en: "region", sv: "regionen" },
  forsakringskassan: { en: "Försäkringskassan", sv: "Försäkringskassan" },
  arbetsformedlingen: { en: "Arbetsförmedlingen", sv: "Arbetsförmedlingen" },
  state: { en: "the state", sv: "staten" },
  individual: { en: "the individual", sv: "individen" },
  horizon: { en: "horizon", sv: "tidshorisont" },
  horizon_unit: { en: "unit of the horizon", sv: "enhet för tidshorisonten" },
  rates: { en: "tax and fee rates", sv: "skatte- och avgiftssatser" },
  municipal_tax_rate: { en: "municipal tax rate", sv: "kommunal skattesats" },
  regional_tax_rate: { en: "regional tax rate", sv: "regional skattesats" },
  state_tax_rate: { en: "state income tax rate", sv: "statlig inkomstskatt" },
  state_tax_threshold: { en: "state income tax threshold (yearly income)", sv: "brytpunkt för statlig inkomstskatt (årsinkomst)" },
  employer_fee_rate: { en: "employer social fee rate", sv: "arbetsgivaravgift" },
  year: { en: "year", sv: "år" },
  source: { en: "source", sv: "källa" },
};

/** A field path: fieldPath("groups", 2, "after") → "groups[2].after". */
export function fieldPath(...parts: readonly (string | number)[]): string {
  return parts.reduce<string>((path, part) => (typeof part === "number" ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`), "");
}
