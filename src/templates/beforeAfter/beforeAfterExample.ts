import type { Actor, PublicActor, Situation } from "../../core/actors";
import { Text, tx } from "../kit";

/**
 * The worked example of the before/after sheet: a pre-rehabilitation intervention of a
 * samordningsförbund (seed 004: up to 24 weeks, for people 16–64 who need support from more than one
 * authority). Thirty participants in two groups; amounts, unit costs and follow-up figures are
 * illustrative. The intervention is paid as a samordningsförbund is funded (seed 004): half by the
 * state, here through Försäkringskassan, a quarter each by the region and the municipality. The tax
 * and fee rates are the core's EXAMPLE_RATES_2025. Society is paid back in about nine months (seed 004
 * reports about twelve on average); Försäkringskassan pays half but gains less than it pays within the
 * horizon, the split the seed warns about.
 */

export interface ExampleSituation {
  readonly amount: number;
  /** Absent for employment (paid by an employer, always taxable). */
  readonly payer?: PublicActor;
  readonly taxable?: boolean;
  readonly source: Text;
}

export interface ExampleGroup {
  readonly name: Text;
  readonly size: number;
  /** People per situation in the order of SITUATIONS. */
  readonly before: readonly number[];
  readonly after: readonly number[];
}

export interface ExampleResource {
  readonly name: Text;
  readonly unit: Text;
  readonly unitCost: number;
  readonly before: number;
  readonly after: number;
  readonly payer: Actor;
  readonly source: Text;
}

const ILLUSTRATIVE = tx("Made up: replace", "Påhittad: byt ut");

export const BA_EXAMPLE = {
  horizon: 2,
  unit: "years" as const,
  deadweight: 0.2,
  /** Index into the comparison alternatives of the lists sheet: historical control. */
  comparison: 5,
  deadweightSource: tx("Earlier participants referred without the intervention", "Tidigare deltagare som remitterades utan insatsen"),
  discountRate: 0.035,
  cost: 48000,
  costSource: tx("About 24 weeks at 2 000 kr a week, illustrative", "Cirka 24 veckor à 2 000 kr, påhittad siffra"),
  groups: [
    { name: tx("Young adults 19–29", "Unga vuxna 19–29 år"), size: 12, before: [6, 2, 3, 0, 0, 1], after: [4, 2, 2, 2, 2, 0] },
    {
      name: tx("Long absence from work, 30–64", "Lång frånvaro från arbete, 30–64 år"),
      size: 18,
      before: [5, 9, 3, 0, 0, 1],
      after: [4, 8, 2, 2, 1, 1],
    },
  ] as readonly ExampleGroup[],
  situations: {
    socialAssistance: { amount: 9000, payer: "municipality", taxable: false, source: ILLUSTRATIVE },
    sicknessCompensation: { amount: 12000, payer: "forsakringskassan", taxable: true, source: ILLUSTRATIVE },
    activitySupport: { amount: 8000, payer: "arbetsformedlingen", taxable: true, source: ILLUSTRATIVE },
    employment: { amount: 24000, source: tx("Made-up entry wage before tax", "Påhittad ingångslön före skatt") },
    studies: {
      amount: 3500,
      payer: "state",
      taxable: false,
      source: tx("Grant part of student aid only; the loan is repaid", "Bara bidragsdelen av studiemedlen; lånet betalas tillbaka"),
    },
    other: { amount: 0, payer: "state", taxable: false, source: tx("No public income", "Ingen offentlig försörjning") },
  } as Readonly<Record<Situation, ExampleSituation>>,
  resources: [
    {
      name: tx("Primary care visits", "Besök i primärvården"),
      unit: tx("visit", "besök"),
      unitCost: 2500,
      before: 1,
      after: 0.8,
      payer: "region",
      source: ILLUSTRATIVE,
    },
    {
      name: tx("Psychiatric outpatient visits", "Besök i öppenpsykiatrin"),
      unit: tx("visit", "besök"),
      unitCost: 4000,
      before: 0.5,
      after: 0.4,
      payer: "region",
      source: ILLUSTRATIVE,
    },
    {
      name: tx("Social services case work", "Handläggning i socialtjänsten"),
      unit: tx("hour", "timme"),
      unitCost: 900,
      before: 4,
      after: 3,
      payer: "municipality",
      source: ILLUSTRATIVE,
    },
    {
      name: tx("Supported housing", "Stödboende"),
      unit: tx("day", "dygn"),
      unitCost: 1800,
      before: 0.3,
      after: 0.2,
      payer: "municipality",
      source: ILLUSTRATIVE,
    },
    {
      name: tx("Case officer at Arbetsförmedlingen", "Handläggare på Arbetsförmedlingen"),
      unit: tx("hour", "timme"),
      unitCost: 800,
      before: 2,
      after: 1.5,
      payer: "arbetsformedlingen",
      source: ILLUSTRATIVE,
    },
    {
      name: tx("Case officer at Försäkringskassan", "Handläggare på Försäkringskassan"),
      unit: tx("hour", "timme"),
      unitCost: 800,
      before: 1.5,
      after: 1.2,
      payer: "forsakringskassan",
      source: ILLUSTRATIVE,
    },
  ] as readonly ExampleResource[],
  payerShares: { forsakringskassan: 0.5, region: 0.25, municipality: 0.25 } as Readonly<Partial<Record<Actor, number>>>,
};
