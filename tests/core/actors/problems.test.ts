import fc from "fast-check";
import { errorMessage, SroiError } from "../../../src/core";
import { BeforeAfterInput, parseBeforeAfter, validateBeforeAfter } from "../../../src/core/actors";
import { caught } from "../helpers";
import { oneIntoWork, withAmounts } from "./inputs";

/** Every problem of a before/after input at once (src/core/actors/problems.ts). */

function errorsOf(input: BeforeAfterInput): readonly SroiError[] {
  const validation = validateBeforeAfter(input);
  if (validation.ok) throw new Error("expected problems, the input was accepted");
  return validation.errors;
}

const base = oneIntoWork();

/** Two groups that do not add up, a negative amount and unit cost, shares short of 1 and a missing rate. */
const manyProblems: BeforeAfterInput = {
  ...withAmounts(base, { socialAssistance: -100 }),
  groups: [
    { name: "A", size: 3, before: { socialAssistance: 2 }, after: { employment: 3 } },
    { name: "B", size: 2, before: { other: 2 }, after: { employment: 1 } },
  ],
  resources: [{ name: "Visits", unitCost: -5, before: 1, after: 0, payer: "Region" }],
  intervention: { costPerParticipant: 1000, payerShares: { municipality: 0.5, region: 0.4 } },
  rates: { ...base.rates, regionalTax: { value: "", year: 2025, source: "" } },
};

describe("validateBeforeAfter", () => {
  it("reports every problem, in the order the parts are read, with exact messages in both languages", () => {
    const errors = errorsOf(manyProblems);
    // Messages as messages.ts renders sumMismatch, outOfRange and required (see validation.test.ts).
    expect(errors.map((e) => errorMessage(e, "en"))).toEqual([
      "group 1 › before adds up to 2; it must equal group 1 › number of participants, 3.",
      "group 2 › after adds up to 1; it must equal group 2 › number of participants, 2.",
      "income situation › social assistance › amount per month is -100; allowed: ≥ 0.",
      "resource row 1 › unit cost is -5; allowed: ≥ 0.",
      "intervention › shares of the cost adds up to 0.9; it must equal 1.",
      "regional tax rate is required but was blank.",
    ]);
    expect(errors.map((e) => errorMessage(e, "sv"))).toEqual([
      "grupp 1 › före summerar till 2; summan ska vara grupp 1 › antal deltagare, 3.",
      "grupp 2 › efter summerar till 1; summan ska vara grupp 2 › antal deltagare, 2.",
      "försörjning › ekonomiskt bistånd › belopp per månad är -100; tillåtet: ≥ 0.",
      "resursrad 1 › enhetskostnad är -5; tillåtet: ≥ 0.",
      "insats › andelar av kostnaden summerar till 0,9; summan ska vara 1.",
      "regional skattesats måste anges men är tom.",
    ]);
  });

  it("reports before and after of one group separately", () => {
    const input = oneIntoWork({ groups: [{ size: 2, before: { socialAssistance: 1 }, after: { employment: 3 } }] });
    expect(errorsOf(input).map((e) => e.detail)).toEqual([
      { kind: "sumMismatch", argument: "groups[1].before", given: 1, expected: 2, of: "groups[1].size" },
      { kind: "sumMismatch", argument: "groups[1].after", given: 3, expected: 2, of: "groups[1].size" },
    ]);
  });

  it("does not add up a group whose size is unusable", () => {
    const input = oneIntoWork({ groups: [{ size: "twelve", before: { socialAssistance: 1 }, after: {} }] });
    expect(errorsOf(input).map((e) => e.detail)).toEqual([{ kind: "notNumber", argument: "groups[1].size", given: "twelve" }]);
  });

  it("does not add up the shares of a cost that is unusable", () => {
    const input = oneIntoWork({ intervention: { costPerParticipant: -1, payerShares: { municipality: 0.5 } } });
    expect(errorsOf(input).map((e) => e.detail.kind === "outOfRange" && e.detail.argument)).toEqual(["intervention.cost_per_participant"]);
  });

  it("still checks everything else when there are no groups", () => {
    const input = oneIntoWork({ groups: [], deadweight: 2, horizon: { value: 0 } });
    expect(errorsOf(input).map((e) => ("argument" in e.detail ? e.detail.argument : ""))).toEqual(["groups", "horizon", "deadweight"]);
  });

  it("reports each missing rate", () => {
    const blank = { value: "" };
    const input = oneIntoWork({
      rates: { municipalTax: blank, regionalTax: blank, stateTax: blank, stateTaxThreshold: blank, employerFees: blank },
    });
    expect(errorsOf(input).map((e) => errorMessage(e, "en"))).toEqual([
      "municipal tax rate is required but was blank.",
      "regional tax rate is required but was blank.",
      "state income tax rate is required but was blank.",
      "state income tax threshold (yearly income) is required but was blank.",
      "employer social fee rate is required but was blank.",
    ]);
  });

  it("returns the model parseBeforeAfter returns for a good input", () => {
    const input = oneIntoWork({
      resources: [{ name: "Visits", unitCost: 500, before: 2, after: 1, payer: "Region" }, {}],
      discountRate: 0.03,
    });
    expect(validateBeforeAfter(input)).toEqual({ ok: true, model: parseBeforeAfter(input) });
  });

  describe("properties", () => {
    /** Ways to spoil one part of the hand-worked input; any combination may be applied. */
    const spoilers: readonly ((input: BeforeAfterInput) => BeforeAfterInput)[] = [
      (i) => ({ ...i, groups: [{ size: 2, before: { socialAssistance: 1 }, after: { employment: 2 } }] }),
      (i) => withAmounts(i, { sicknessCompensation: -1 }),
      (i) => withAmounts(i, { employment: "wage" as unknown as number }),
      (i) => ({ ...i, resources: [{ name: "x", unitCost: 1, before: -1, after: 0, payer: "Region" }] }),
      (i) => ({ ...i, intervention: { costPerParticipant: 10, payerShares: { state: 0.2 } } }),
      (i) => ({ ...i, horizon: { value: 2.5 } }),
      (i) => ({ ...i, deadweight: 1.5 }),
      (i) => ({ ...i, discountRate: 5 }),
      (i) => ({ ...i, rates: { ...i.rates, employerFees: { value: 0.3, year: 1800 } } }),
      (i) => ({ ...i, rates: { ...i.rates, stateTaxThreshold: { value: -1 } } }),
    ];

    it("accepts exactly what parseBeforeAfter accepts, and its first problem is the one parseBeforeAfter throws", () => {
      fc.assert(
        fc.property(fc.subarray([...spoilers.keys()]), (chosen) => {
          const input = chosen.reduce((acc, k) => spoilers[k](acc), base);
          const validation = validateBeforeAfter(input);
          if (chosen.length === 0) return expect(validation).toEqual({ ok: true, model: parseBeforeAfter(input) });
          expect(validation.ok).toBe(false);
          if (validation.ok) return;
          expect(validation.errors).toHaveLength(chosen.length);
          expect(validation.errors[0].detail).toEqual(caught(() => parseBeforeAfter(input)).detail);
        }),
        { numRuns: 200 },
      );
    });
  });
});
