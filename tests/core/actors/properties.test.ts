import fc from "fast-check";
import { Dec, sum } from "../../../src/core";
import {
  ACTORS,
  BeforeAfterInput,
  BENEFIT_SITUATIONS,
  GroupInput,
  PUBLIC_ACTORS,
  Situation,
  SITUATIONS,
  splitByActor,
} from "../../../src/core/actors";
import { expectRelativelyClose } from "../helpers";

/** Laws of the before/after split on random models. */

const counts = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 });
const asSituations = (values: readonly number[]): Record<Situation, number> =>
  Object.fromEntries(SITUATIONS.map((s, i) => [s, values[i]])) as Record<Situation, number>;

/** A group whose before and after counts each add up to its size (after reshuffles before). */
const group = fc.tuple(counts, fc.array(fc.nat(), { minLength: 60, maxLength: 60 })).map(([before, moves]): GroupInput => {
  const after = [...before];
  moves.forEach((m, i) => {
    const from = m % 6;
    const to = (i + m) % 6;
    if (after[from] > 0) {
      after[from] -= 1;
      after[to] += 1;
    }
  });
  return { size: before.reduce((a, b) => a + b, 0), before: asSituations(before), after: asSituations(after) };
});

const share = fc.integer({ min: 0, max: 5000 }).map((n) => n / 10000);
const amount = fc.integer({ min: 0, max: 60000 });
const rate = (value: number) => ({ value, year: 2025, source: "test" });

const model = fc
  .record({
    groups: fc.array(group, { minLength: 1, maxLength: 3 }),
    amounts: fc.array(amount, { minLength: 6, maxLength: 6 }),
    payers: fc.array(fc.constantFrom(...PUBLIC_ACTORS), { minLength: 5, maxLength: 5 }),
    taxable: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    resources: fc.array(
      fc.record({
        unitCost: amount,
        before: fc.integer({ min: 0, max: 10 }),
        after: fc.integer({ min: 0, max: 10 }),
        payer: fc.constantFrom(...ACTORS),
      }),
      { maxLength: 3 },
    ),
    rates: fc.tuple(share, share, share, fc.integer({ min: 0, max: 800000 }), share),
    deadweight: share,
    discountRate: fc.integer({ min: 0, max: 800 }).map((n) => n / 10000),
  })
  .map((m): BeforeAfterInput => ({
    groups: m.groups,
    situations: {
      ...Object.fromEntries(
        BENEFIT_SITUATIONS.map((s, i) => [s, { monthlyAmount: m.amounts[i], payer: m.payers[i], taxable: m.taxable[i] }]),
      ),
      employment: { monthlyAmount: m.amounts[5] },
    },
    resources: m.resources,
    intervention: { costPerParticipant: 40000, payerShares: { municipality: 0.25, region: 0.25, forsakringskassan: 0.5 } },
    horizon: { value: 30 },
    deadweight: m.deadweight,
    discountRate: m.discountRate,
    rates: {
      municipalTax: rate(m.rates[0]),
      regionalTax: rate(m.rates[1]),
      stateTax: rate(m.rates[2]),
      stateTaxThreshold: rate(m.rates[3]),
      employerFees: rate(m.rates[4]),
    },
  }));

describe("splitByActor properties", () => {
  it("nets every transfer to exactly zero across the actors, the individual included", () => {
    fc.assert(
      fc.property(model, (input) => {
        const result = splitByActor(input);
        for (const f of result.flows.filter((x) => x.kind === "transfer")) expect(sum(ACTORS.map((a) => f.byActor[a])).isZero()).toBe(true);
        expect(result.transferBalance.isZero()).toBe(true);
        expect(result.society.transfers.isZero()).toBe(true);
        expectRelativelyClose(sum(result.actors.map((r) => r.transfers)), new Dec(0), "1e-25");
      }),
    );
  });

  it("makes society's change the sum of the actors' changes: production plus resource use", () => {
    fc.assert(
      fc.property(model, (input) => {
        const result = splitByActor(input);
        expect(result.society.monthly.eq(result.society.production.plus(result.society.resources))).toBe(true);
        expectRelativelyClose(sum(result.actors.map((r) => r.monthly)), result.society.monthly, "1e-25");
      }),
    );
  });

  it("leaves society's gain unchanged when only benefit amounts, payers or tax status change", () => {
    const benefitTerms = fc.array(fc.tuple(amount, fc.constantFrom(...PUBLIC_ACTORS), fc.boolean()), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(model, benefitTerms, (input, terms) => {
        const situations = { ...input.situations };
        BENEFIT_SITUATIONS.forEach((s, i) => (situations[s] = { monthlyAmount: terms[i][0], payer: terms[i][1], taxable: terms[i][2] }));
        const before = splitByActor(input).society;
        const after = splitByActor({ ...input, situations }).society;
        expect(after.monthly.eq(before.monthly)).toBe(true);
        expect(after.netValue.eq(before.netValue)).toBe(true);
      }),
    );
  });

  it("never lowers society's gain when more participants move into work", () => {
    fc.assert(
      fc.property(model, fc.nat(), fc.constantFrom(...BENEFIT_SITUATIONS), fc.integer({ min: 1, max: 5 }), (input, g, from, k) => {
        const groups = input.groups.map((x) => ({ ...x, after: { ...x.after } }));
        const target = groups[g % groups.length];
        const after = target.after as Record<Situation, number>;
        const moved = Math.min(k, after[from]);
        after[from] -= moved;
        after.employment += moved;
        const base = splitByActor(input).society;
        const more = splitByActor({ ...input, groups }).society;
        expect(more.monthly.gte(base.monthly)).toBe(true);
        expect(more.netValue.gte(base.netValue)).toBe(true);
      }),
    );
  });
});
