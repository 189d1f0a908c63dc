import fc from "fast-check";
import { Dec, Outcome, applyDropOff, parseOutcome, valueProfile, yearOneValue } from "../../src/core";
import { amountArb, caught, d, shareArb, strings } from "./helpers";

/** Seed 000's worked example: increased safety for 80 people. */
const safety = { quantity: 80, outcomeRate: 0.7, deadweight: 0.2, attribution: 0.05, displacement: 0.1, proxy: 15000 };

describe("parseOutcome", () => {
  it("defaults a blank benefit period to 1 year and a blank drop-off to 0", () => {
    const outcome = parseOutcome(safety);
    expect(outcome.years).toBe(1);
    expect(outcome.dropOff.toString()).toBe("0");
  });
  it("reads every field as an exact decimal", () => {
    const outcome = parseOutcome({ ...safety, years: 3, dropOff: 0.1 });
    expect(
      strings([
        outcome.quantity,
        outcome.outcomeRate,
        outcome.deadweight,
        outcome.attribution,
        outcome.displacement,
        outcome.proxy,
        outcome.dropOff,
      ]),
    ).toEqual(["80", "0.7", "0.2", "0.05", "0.1", "15000", "0.1"]);
    expect(outcome.years).toBe(3);
  });
  it("accepts a negative proxy (a harm, e.g. to the environment)", () => {
    expect(parseOutcome({ ...safety, proxy: -40000 }).proxy.toString()).toBe("-40000");
  });

  describe("errors name the spreadsheet argument", () => {
    it.each([
      ["quantity", { quantity: -80 }, "outOfRange"],
      ["quantity", { quantity: "" }, "required"],
      ["outcome_rate", { outcomeRate: 70 }, "percentLike"],
      ["outcome_rate", { outcomeRate: -0.7 }, "outOfRange"],
      ["deadweight", { deadweight: 20 }, "percentLike"],
      ["attribution", { attribution: 1.05 }, "percentLike"],
      ["displacement", { displacement: true }, "notNumber"],
      ["proxy", { proxy: "15 000 kr" }, "notNumber"],
      ["proxy", { proxy: Infinity }, "notFinite"],
      ["years", { years: 0 }, "outOfRange"],
      ["years", { years: 1.5 }, "notInteger"],
      ["years", { years: 101 }, "outOfRange"],
      ["drop_off", { dropOff: 10 }, "percentLike"],
      ["drop_off", { dropOff: -0.1 }, "outOfRange"],
    ])("%s: %p gives %s", (argument, change, kind) => {
      const error = caught(() => parseOutcome({ ...safety, ...change }));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toMatchObject({ kind, argument });
    });
  });
});

describe("yearOneValue", () => {
  it("gives the seed's 574 560 kr for increased safety", () => {
    // Seed 000: 80 × 0.7 = 56; × 0.8 = 44.8; × 0.95 = 42.56; × 0.9 = 38.304; × 15 000 = 574 560.
    expect(yearOneValue(parseOutcome(safety)).toString()).toBe("574560");
  });
  it("is 0 when nobody experiences the outcome", () => {
    expect(yearOneValue(parseOutcome({ ...safety, outcomeRate: 0 })).toString()).toBe("0");
  });
  it("keeps the sign of a harm", () => {
    // 10 × 1 × 0.5 × 1 × 1 × −4 000 = −20 000
    expect(
      yearOneValue(
        parseOutcome({ quantity: 10, outcomeRate: 1, deadweight: 0.5, attribution: 0, displacement: 0, proxy: -4000 }),
      ).toString(),
    ).toBe("-20000");
  });
});

describe("valueProfile", () => {
  it("applies drop-off from year 2, compounding", () => {
    // 574 560; × 0.8 = 459 648; × 0.8 = 367 718.4
    expect(strings(valueProfile(parseOutcome({ ...safety, years: 3, dropOff: 0.2 })))).toEqual(["574560", "459648", "367718.4"]);
  });
  it("has one year for a blank benefit period", () => {
    expect(strings(valueProfile(parseOutcome(safety)))).toEqual(["574560"]);
  });
});

describe("applyDropOff", () => {
  it("fades 1 000 by 10 % a year over 4 years", () => {
    // 1 000, 900, 810, 729
    expect(strings(applyDropOff(d(1000), d(0.1), 4))).toEqual(["1000", "900", "810", "729"]);
  });
  it("keeps only year 1 with a drop-off of 1", () => {
    expect(strings(applyDropOff(d(1000), d(1), 3))).toEqual(["1000", "0", "0"]);
  });
  it("gives an empty profile for 0 years", () => {
    expect(applyDropOff(d(1000), d(0.1), 0)).toEqual([]);
  });
});

describe("properties", () => {
  const outcomeArb = fc.record({
    quantity: amountArb,
    outcomeRate: shareArb,
    deadweight: shareArb,
    attribution: shareArb,
    displacement: shareArb,
    proxy: amountArb,
    years: fc.integer({ min: 1, max: 30 }),
    dropOff: shareArb,
  });

  it("drop-off 0 keeps every year equal to year 1", () => {
    fc.assert(
      fc.property(outcomeArb, (o) => {
        const profile = valueProfile({ ...o, dropOff: new Dec(0) } as Outcome);
        return profile.length === o.years && profile.every((v) => v.eq(yearOneValue(o as Outcome)));
      }),
    );
  });
  it("year-1 value never rises as deadweight, attribution or displacement rise", () => {
    const keys = ["deadweight", "attribution", "displacement"] as const;
    fc.assert(
      fc.property(outcomeArb, fc.constantFrom(...keys), shareArb, (o, key, extra) => {
        const raised = { ...o, [key]: Dec.min(1, o[key].plus(extra)) } as Outcome;
        return yearOneValue(raised).lte(yearOneValue(o as Outcome));
      }),
    );
  });
  it("a positive profile never rises from one year to the next", () => {
    fc.assert(fc.property(outcomeArb, (o) => valueProfile(o as Outcome).every((v, t, all) => t === 0 || v.lte(all[t - 1]))));
  });
});
