import type { EvidenceGrade } from "../../core/evidence";
import type { Language } from "../../core/language";
import { IMPACT_INPUTS } from "./impactColumns";
import { LISTS } from "../kit";
import { pick, picker, Text, tx } from "../kit";

/**
 * The worked example for the impact map: the seed's safety row (80 × 70 % × 0.8 × 0.95 × 0.9 ×
 * 15 000 = 574 560) and a few more outcomes of a small labour-market initiative with several
 * stakeholders, payers and dimensions, multi-year rows with drop-off and a negative environmental
 * value. Each row is graded by the comparison behind it (before–after and historical control C,
 * matched group and official statistics B, expert judgement D), so the optimism-bias adjustment
 * shows; every proxy has its price year. Figures are illustrative.
 */

interface ExampleOutcome {
  readonly stakeholder: Text;
  readonly outcome: Text;
  readonly indicator: Text;
  /** Index into the payer list. */
  readonly payer: number;
  /** Index into the dimension list. */
  readonly dimension: number;
  readonly quantity: number;
  readonly outcomeRate: number;
  readonly deadweight: number;
  readonly comparison: number;
  readonly attribution: number;
  readonly displacement: number;
  readonly proxy: number;
  /** The proxy's price year as years before the example's base year (none: the base year). */
  readonly proxyYearsBack?: number;
  readonly years: number;
  readonly dropOff?: number;
  readonly sources: { readonly quantity: Text; readonly deadweight: Text; readonly proxy: Text };
  /** The evidence grade, by the comparison and sources behind the row. */
  readonly grade: EvidenceGrade;
}

const PARTICIPANTS = tx("Participants", "Deltagare");
const REGISTER = tx("Project register", "Projektets register");
const SURVEY = tx("Survey before and after", "Enkät före och efter");

/** Payer indexes: 0 municipality, 1 region, 2 Försäkringskassan, 3 Arbetsförmedlingen, 4 samordningsförbund, 5 individual, 6 other. */
const IMPACT_EXAMPLE: readonly ExampleOutcome[] = [
  {
    stakeholder: PARTICIPANTS,
    outcome: tx("Feel safer", "Känner sig tryggare"),
    indicator: tx("Share who report feeling safer", "Andel som anger ökad trygghet"),
    payer: 5,
    dimension: 1,
    quantity: 80,
    outcomeRate: 0.7,
    deadweight: 0.2,
    comparison: 4,
    attribution: 0.05,
    displacement: 0.1,
    proxy: 15000,
    years: 1,
    grade: "C",
    sources: { quantity: REGISTER, deadweight: SURVEY, proxy: tx("Value survey, course example", "Värderingsstudie, kursexempel") },
  },
  {
    stakeholder: PARTICIPANTS,
    outcome: tx("Work or studies", "Arbete eller studier"),
    indicator: tx("Share in work or studies after 6 months", "Andel i arbete eller studier efter 6 månader"),
    payer: 3,
    dimension: 0,
    quantity: 80,
    outcomeRate: 0.25,
    deadweight: 0.3,
    comparison: 1,
    attribution: 0.1,
    displacement: 0.05,
    proxy: 60000,
    years: 3,
    dropOff: 0.2,
    grade: "B",
    sources: {
      quantity: REGISTER,
      deadweight: tx("Matched group in the same municipality", "Matchad grupp i samma kommun"),
      proxy: tx("Activity support saved per person and year", "Sparat aktivitetsstöd per person och år"),
    },
  },
  {
    stakeholder: tx("Social services", "Socialtjänsten"),
    outcome: tx("Less income support paid", "Mindre utbetalt ekonomiskt bistånd"),
    indicator: tx("Households leaving income support", "Hushåll som lämnar ekonomiskt bistånd"),
    payer: 0,
    dimension: 0,
    quantity: 80,
    outcomeRate: 0.2,
    deadweight: 0.25,
    comparison: 2,
    attribution: 0.1,
    displacement: 0,
    proxy: 45000,
    years: 3,
    dropOff: 0.25,
    grade: "B",
    sources: {
      quantity: REGISTER,
      deadweight: tx("Municipal statistics for the same group", "Kommunens statistik för samma grupp"),
      proxy: tx("Average yearly support per household", "Genomsnittligt årligt bistånd per hushåll"),
    },
  },
  {
    stakeholder: tx("Health care", "Hälso- och sjukvården"),
    outcome: tx("Fewer care visits", "Färre vårdbesök"),
    indicator: tx("Visits per participant and year", "Besök per deltagare och år"),
    payer: 1,
    dimension: 1,
    quantity: 80,
    outcomeRate: 0.4,
    deadweight: 0.2,
    comparison: 3,
    attribution: 0.2,
    displacement: 0,
    proxy: 8000,
    proxyYearsBack: 3,
    years: 2,
    dropOff: 0.5,
    grade: "D",
    sources: {
      quantity: REGISTER,
      deadweight: tx("Judgement of two physicians", "Bedömning av två läkare"),
      proxy: tx("Regional price list, three years old", "Regionens prislista, tre år gammal"),
    },
  },
  {
    stakeholder: tx("Försäkringskassan", "Försäkringskassan"),
    outcome: tx("Less sickness benefit paid", "Mindre utbetald sjukpenning"),
    indicator: tx("Days with sickness benefit", "Dagar med sjukpenning"),
    payer: 2,
    dimension: 0,
    quantity: 80,
    outcomeRate: 0.1,
    deadweight: 0.3,
    comparison: 5,
    attribution: 0.1,
    displacement: 0,
    proxy: 40000,
    years: 2,
    dropOff: 0.3,
    grade: "C",
    sources: {
      quantity: REGISTER,
      deadweight: tx("Earlier group of the same programme", "Tidigare grupp i samma program"),
      proxy: tx("Average benefit per case and year", "Genomsnittlig ersättning per ärende och år"),
    },
  },
  {
    stakeholder: tx("Environment", "Miljön"),
    outcome: tx("More travel to the activities", "Mer resande till aktiviteterna"),
    indicator: tx("Car kilometres per participant", "Bilkilometer per deltagare"),
    payer: 6,
    dimension: 2,
    quantity: 80,
    outcomeRate: 1,
    deadweight: 0,
    comparison: 3,
    attribution: 0,
    displacement: 0,
    proxy: -500,
    years: 1,
    grade: "D",
    sources: {
      quantity: REGISTER,
      deadweight: tx("No travel without the project", "Inga resor utan projektet"),
      proxy: tx("Emission cost per participant", "Utsläppskostnad per deltagare"),
    },
  },
];

/** The example's stakeholders, once each, in order of first appearance. */
export function exampleStakeholders(language: Language): string[] {
  return [...new Set(IMPACT_EXAMPLE.map((o) => pick(o.stakeholder, language)))];
}

/** Example rows as input values in the column order of IMPACT_INPUTS; years capped at `maxYears`. */
export function impactExampleRows(language: Language, maxYears: number, baseYear: number): (string | number | undefined)[][] {
  const p = picker(language);
  return IMPACT_EXAMPLE.map((o) => {
    const values: Record<string, string | number | undefined> = {
      stakeholder: p(o.stakeholder),
      outcome: p(o.outcome),
      indicator: p(o.indicator),
      payer: p(LISTS.payers.items[o.payer]),
      dimension: p(LISTS.dimensions.items[o.dimension]),
      quantity: o.quantity,
      quantitySource: p(o.sources.quantity),
      outcomeRate: o.outcomeRate,
      outcomeRateSource: p(SURVEY),
      deadweight: o.deadweight,
      comparison: p(LISTS.comparisons.items[o.comparison]),
      deadweightSource: p(o.sources.deadweight),
      attribution: o.attribution,
      attributionSource: p(tx("Partners' own estimate", "Samarbetsparternas bedömning")),
      displacement: o.displacement,
      displacementSource: p(tx("Labour market analysis", "Arbetsmarknadsanalys")),
      proxy: o.proxy,
      proxyYear: baseYear - (o.proxyYearsBack ?? 0),
      proxySource: p(o.sources.proxy),
      years: Math.min(o.years, maxYears),
      dropOff: o.dropOff,
      periodSource: p(tx("Follow-up studies of similar programmes", "Uppföljningar av liknande program")),
      grade: o.grade,
    };
    return IMPACT_INPUTS.map((c) => values[c.id]);
  });
}
