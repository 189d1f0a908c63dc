import type { BeforeAfterInput, Situation } from "../../../src/core/actors";

/**
 * The hand-worked input of the before/after tests: one person moves from social assistance
 * (ekonomiskt bistånd, 8 000 kr a month, not taxable, paid by the municipality) to a job at
 * 20 000 kr a month. Rates chosen round for hand arithmetic: municipal tax 20 %, regional tax 12 %,
 * state income tax 20 % above 600 000 kr a year (50 000 a month), employer fees 30 %. The
 * intervention costs 78 000 kr, half paid by the municipality and half by the state. No
 * deadweight, no discounting, a horizon of 24 months.
 */
export function oneIntoWork(overrides: Partial<BeforeAfterInput> = {}): BeforeAfterInput {
  return {
    groups: [{ name: "Anna", size: 1, before: { socialAssistance: 1 }, after: { employment: 1 } }],
    situations: {
      socialAssistance: { monthlyAmount: 8000, payer: "municipality", taxable: false },
      sicknessCompensation: { monthlyAmount: 12000, payer: "forsakringskassan", taxable: true },
      activitySupport: { monthlyAmount: 7000, payer: "arbetsformedlingen", taxable: true },
      employment: { monthlyAmount: 20000 },
      studies: { monthlyAmount: 3500, payer: "state", taxable: false },
      other: { monthlyAmount: 0, payer: "state", taxable: false },
    },
    resources: [],
    intervention: { costPerParticipant: 78000, payerShares: { municipality: 0.5, state: 0.5 } },
    horizon: { value: 24, unit: "months" },
    deadweight: 0,
    discountRate: 0,
    rates: {
      municipalTax: { value: 0.2, year: 2025, source: "hand-worked" },
      regionalTax: { value: 0.12, year: 2025, source: "hand-worked" },
      stateTax: { value: 0.2, year: 2025, source: "hand-worked" },
      stateTaxThreshold: { value: 600000, year: 2025, source: "hand-worked" },
      employerFees: { value: 0.3, year: 2025, source: "hand-worked" },
    },
    ...overrides,
  };
}

/** The same input with other situation amounts (kr a month per person). */
export function withAmounts(input: BeforeAfterInput, amounts: Partial<Record<Situation, number>>): BeforeAfterInput {
  const situations = { ...input.situations };
  for (const [s, amount] of Object.entries(amounts) as [Situation, number][]) situations[s] = { ...situations[s], monthlyAmount: amount };
  return { ...input, situations };
}
