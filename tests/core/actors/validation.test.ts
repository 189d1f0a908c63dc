import { errorMessage, Language } from "../../../src/core";
import { BeforeAfterInput, splitByActor } from "../../../src/core/actors";
import { caught } from "../helpers";
import { oneIntoWork, withAmounts } from "./inputs";

/** Bad before/after input: typed errors whose messages name the field, in both languages. */

function messages(input: BeforeAfterInput): Record<Language, string> {
  const error = caught(() => splitByActor(input));
  return { en: errorMessage(error, "en"), sv: errorMessage(error, "sv") };
}

const base = oneIntoWork();

describe("splitByActor on bad input", () => {
  it("says when a group's people do not add up to its size", () => {
    const input = oneIntoWork({ groups: [{ size: 3, before: { socialAssistance: 2 }, after: { employment: 3 } }] });
    const error = caught(() => splitByActor(input));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "sumMismatch", argument: "groups[1].before", given: 2, expected: 3, of: "groups[1].size" });
    expect(messages(input)).toEqual({
      en: "group 1 › before adds up to 2; it must equal group 1 › number of participants, 3.",
      sv: "grupp 1 › före summerar till 2; summan ska vara grupp 1 › antal deltagare, 3.",
    });
  });

  it("says when a group's shares do not add up to 1", () => {
    const group = { size: 10, basis: "share", before: { socialAssistance: 1 }, after: { employment: 0.5, studies: 0.4 } };
    const input = oneIntoWork({ groups: [group, group] });
    expect(messages(input)).toEqual({
      en: "group 1 › after adds up to 0.9; it must equal 1.",
      sv: "grupp 1 › efter summerar till 0,9; summan ska vara 1.",
    });
  });

  it("says when the shares of the intervention cost do not add up to 1", () => {
    const input = oneIntoWork({ intervention: { costPerParticipant: 1000, payerShares: { municipality: 0.5, region: 0.4 } } });
    expect(messages(input).en).toBe("intervention › shares of the cost adds up to 0.9; it must equal 1.");
    expect(messages(input).sv).toBe("insats › andelar av kostnaden summerar till 0,9; summan ska vara 1.");
  });

  it("lets a free intervention go without payers", () => {
    const input = oneIntoWork({ intervention: { costPerParticipant: 0, payerShares: {} } });
    expect(splitByActor(input).society.investment.toString()).toBe("0");
  });

  it.each<[string, BeforeAfterInput, string, string]>([
    [
      "a negative benefit amount",
      withAmounts(base, { socialAssistance: -100 }),
      "income situation › social assistance › amount per month is -100; allowed: ≥ 0.",
      "försörjning › ekonomiskt bistånd › belopp per månad är -100; tillåtet: ≥ 0.",
    ],
    [
      "a negative wage",
      withAmounts(base, { employment: -1 }),
      "income situation › employment › amount per month is -1; allowed: ≥ 0.",
      "försörjning › arbete › belopp per månad är -1; tillåtet: ≥ 0.",
    ],
    [
      "a negative number of people",
      oneIntoWork({ groups: [{ size: 1, before: { socialAssistance: 2, other: -1 }, after: { employment: 1 } }] }),
      "group 1 › before › other is -1; allowed: ≥ 0.",
      "grupp 1 › före › annat är -1; tillåtet: ≥ 0.",
    ],
    [
      "a negative unit cost",
      oneIntoWork({
        resources: [
          { name: "x", unitCost: 10, before: 1, after: 0, payer: "Region" },
          { name: "y", unitCost: -5, before: 1, after: 0, payer: "Region" },
        ],
      }),
      "resource row 2 › unit cost is -5; allowed: ≥ 0.",
      "resursrad 2 › enhetskostnad är -5; tillåtet: ≥ 0.",
    ],
    [
      "a negative intervention cost",
      oneIntoWork({ intervention: { costPerParticipant: -10, payerShares: { municipality: 1 } } }),
      "intervention › cost per participant is -10; allowed: ≥ 0.",
      "insats › kostnad per deltagare är -10; tillåtet: ≥ 0.",
    ],
  ])("names the field of %s", (_, input, en, sv) => {
    expect(messages(input)).toEqual({ en, sv });
  });

  it.each<[keyof BeforeAfterInput["rates"], string, string]>([
    ["municipalTax", "municipal tax rate is required but was blank.", "kommunal skattesats måste anges men är tom."],
    ["regionalTax", "regional tax rate is required but was blank.", "regional skattesats måste anges men är tom."],
    ["stateTax", "state income tax rate is required but was blank.", "statlig inkomstskatt måste anges men är tom."],
    [
      "stateTaxThreshold",
      "state income tax threshold (yearly income) is required but was blank.",
      "brytpunkt för statlig inkomstskatt (årsinkomst) måste anges men är tom.",
    ],
    ["employerFees", "employer social fee rate is required but was blank.", "arbetsgivaravgift måste anges men är tom."],
  ])("requires the rate %s", (key, en, sv) => {
    const missing = oneIntoWork({ rates: { ...base.rates, [key]: { value: "", source: "", year: "" } } });
    expect(messages(missing)).toEqual({ en, sv });
    const absent = { ...base.rates } as Record<string, unknown>;
    delete absent[key];
    expect(caught(() => splitByActor(oneIntoWork({ rates: absent as unknown as BeforeAfterInput["rates"] }))).detail.kind).toBe("required");
  });

  it("catches a rate typed as a percentage and a bad year", () => {
    const percent = oneIntoWork({ rates: { ...base.rates, employerFees: { value: 31.42 } } });
    expect(messages(percent).en).toBe(
      "employer social fee rate is 31.42: rates are fractions, so enter 0.3142 for 31.42 % (allowed: [0, 1]).",
    );
    const year = oneIntoWork({ rates: { ...base.rates, municipalTax: { value: 0.2, year: 2025.5 } } });
    expect(messages(year).sv).toBe("kommunal skattesats › år måste vara ett heltal; fick 2025,5 (tillåtet: [1900; 2200]).");
  });

  it("names an unknown payer, yes/no or unit and lists what is allowed", () => {
    const payer = oneIntoWork({ situations: { ...base.situations, studies: { monthlyAmount: 1, payer: "CSN", taxable: false } } });
    expect(messages(payer).en).toBe(
      'income situation › studies › paid by "CSN" is not known; use one of: Municipality, Kommunen, Region, Försäkringskassan, Arbetsförmedlingen, The state, Staten.',
    );
    const taxable = oneIntoWork({ situations: { ...base.situations, other: { monthlyAmount: 0, payer: "Staten", taxable: "maybe" } } });
    expect(messages(taxable).sv).toBe('försörjning › annat › skattepliktig "maybe" är okänt; använd något av: yes, ja, no, nej.');
    const unit = oneIntoWork({ horizon: { value: 3, unit: "weeks" } });
    expect(messages(unit).en).toBe('unit of the horizon "weeks" is not known; use one of: months, månader, years, år.');
  });

  it("accepts payers by label, id or alias in either language", () => {
    const situations = { ...base.situations, socialAssistance: { monthlyAmount: 8000, payer: " kommun ", taxable: "Nej" } };
    expect(splitByActor(oneIntoWork({ situations })).actors[0].monthly.toString()).toBe("12000");
  });

  it("checks the horizon, the deadweight and the groups", () => {
    expect(messages(oneIntoWork({ horizon: { value: 0 } })).en).toBe("horizon is 0; allowed: [1, 1200].");
    expect(messages(oneIntoWork({ horizon: { value: 1.5, unit: "years" } })).en).toBe(
      "horizon must be a whole number; got 1.5 (allowed: [1, 100]).",
    );
    expect(messages(oneIntoWork({ deadweight: 20 })).sv).toBe(
      "dödvikt är 20: andelar och räntor anges i decimalform, skriv 0,2 för 20 % (tillåtet: [0; 1]).",
    );
    expect(messages(oneIntoWork({ groups: [] })).en).toBe("group is an empty range; give at least one value.");
  });
});
