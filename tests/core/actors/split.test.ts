import { Dec } from "../../../src/core";
import { ActorResult, BeforeAfterResult, horizonValue, parseBeforeAfter, splitByActor } from "../../../src/core/actors";
import { expectNear } from "../helpers";
import { oneIntoWork, withAmounts } from "./inputs";

/** Hand-worked before/after splits; every figure is worked out in the comment above it. */

function byActor(result: BeforeAfterResult): Record<string, ActorResult> {
  return Object.fromEntries([...result.actors, result.society].map((r) => [r.actor, r]));
}

/** Monthly change per actor as strings, in the order municipality … individual, society. */
function monthly(result: BeforeAfterResult): string[] {
  return [...result.actors, result.society].map((r) => r.monthly.toString());
}

const payback = (r: ActorResult): string | null => r.paybackMonths?.toString() ?? null;

/** The payback equals the fraction num / den to 30 decimal places (the core works with 40 digits). */
function expectPayback(r: ActorResult, num: number, den: number): void {
  expect(r.paybackMonths).not.toBeNull();
  expectNear(r.paybackMonths as Dec, new Dec(num).div(den).toString());
}

describe("splitByActor", () => {
  describe("one person from social assistance into a job (see inputs.ts)", () => {
    const result = splitByActor(oneIntoWork());
    const a = byActor(result);

    it("splits the monthly change between the actors", () => {
      // Municipality: 8 000 bistånd no longer paid + 20 000 × 20 % municipal tax = 12 000.
      // Region: 20 000 × 12 % = 2 400. State: employer fees 20 000 × 30 % = 6 000; the wage is below
      // 50 000 a month, so no state income tax. Försäkringskassan, Arbetsförmedlingen: 0.
      // Individual: +20 000 wage − 8 000 bistånd − 4 000 − 2 400 tax = 5 600.
      // Society: 12 000 + 2 400 + 6 000 + 5 600 = 26 000 = 20 000 × 1.30 (wage + employer fees).
      expect(monthly(result)).toEqual(["12000", "2400", "0", "0", "6000", "5600", "26000"]);
    });

    it("gives the yearly change as 12 × the monthly", () => {
      expect([...result.actors, result.society].map((r) => r.yearly.toString())).toEqual([
        "144000",
        "28800",
        "0",
        "0",
        "72000",
        "67200",
        "312000",
      ]);
    });

    it("separates transfers, which net to zero, from production", () => {
      // Transfers: municipality +8 000 + 4 000, region +2 400, individual −8 000 − 4 000 − 2 400.
      expect(a.municipality.transfers.toString()).toBe("12000");
      expect(a.region.transfers.toString()).toBe("2400");
      expect(a.individual.transfers.toString()).toBe("-14400");
      expect(result.transferBalance.toString()).toBe("0");
      // Production: the wage to the individual, the employer fees to the state; 26 000 for society.
      expect(a.individual.production.toString()).toBe("20000");
      expect(a.state.production.toString()).toBe("6000");
      expect(a.society.production.toString()).toBe("26000");
      expect(a.society.transfers.toString()).toBe("0");
    });

    it("pays back each actor's share of the intervention", () => {
      // Municipality and state each pay 39 000. Municipality 39 000 / 12 000 = 3.25 months;
      // state 39 000 / 6 000 = 6.5; society 78 000 / 26 000 = 3. Actors who paid nothing and
      // do not lose: 0 months.
      expect(a.municipality.investment.toString()).toBe("39000");
      expect(payback(a.municipality)).toBe("3.25");
      expect(payback(a.state)).toBe("6.5");
      expect(payback(a.society)).toBe("3");
      expect([a.region, a.forsakringskassan, a.arbetsformedlingen, a.individual].map(payback)).toEqual(["0", "0", "0", "0"]);
    });

    it("gives the profitability over the 24-month horizon", () => {
      // Municipality 24 × 12 000 − 39 000 = 249 000; state 24 × 6 000 − 39 000 = 105 000;
      // individual 24 × 5 600 = 134 400; society 24 × 26 000 − 78 000 = 546 000.
      expect(a.municipality.netValue.toString()).toBe("249000");
      expect(a.state.netValue.toString()).toBe("105000");
      expect(a.individual.netValue.toString()).toBe("134400");
      expect(a.society.horizonValue.toString()).toBe("624000");
      expect(a.society.netValue.toString()).toBe("546000");
      expect(a.society.paidBackWithinHorizon).toBe(true);
    });
  });

  it("applies deadweight to every change: effect = change × (1 − deadweight)", () => {
    // 25 % would have happened anyway: 12 000, 2 400, 6 000, 5 600, 26 000 × 0.75.
    const a = byActor(splitByActor(oneIntoWork({ deadweight: 0.25 })));
    expect([a.municipality, a.region, a.state, a.individual, a.society].map((r) => r.monthly.toString())).toEqual([
      "9000",
      "1800",
      "4500",
      "4200",
      "19500",
    ]);
    // Municipality 39 000 / 9 000 = 13/3 months; state 39 000 / 4 500 = 26/3; society 78 000 / 19 500 = 4.
    expectPayback(a.municipality, 13, 3);
    expectPayback(a.state, 26, 3);
    expect(payback(a.society)).toBe("4");
  });

  it("discounts the payback as SROI.PAYBACK does (year t by 1.035^t, spread evenly in the year)", () => {
    // Within the first year, months = 12 × I / (V / 1.035): municipality 12 × 39 000 × 1.035 / 144 000
    // = 3.36375; state 12 × 39 000 × 1.035 / 72 000 = 6.7275; society 12 × 78 000 × 1.035 / 312 000 = 3.105.
    const a = byActor(splitByActor(oneIntoWork({ discountRate: 0.035 })));
    expectNear(a.municipality.paybackMonths as Dec, "3.36375");
    expectNear(a.state.paybackMonths as Dec, "6.7275");
    expectNear(a.society.paybackMonths as Dec, "3.105");
  });

  it("charges state income tax on the part of the wage above the threshold", () => {
    // Wage 60 000; threshold 600 000 / 12 = 50 000 a month; state tax 20 % × 10 000 = 2 000.
    // Municipality 8 000 + 12 000 = 20 000; region 7 200; state 18 000 fees + 2 000 = 20 000;
    // individual 60 000 − 8 000 − 12 000 − 7 200 − 2 000 = 30 800; society 60 000 × 1.3 = 78 000.
    const result = splitByActor(withAmounts(oneIntoWork(), { employment: 60000 }));
    expect(monthly(result)).toEqual(["20000", "7200", "0", "0", "20000", "30800", "78000"]);
  });

  it("taxes a taxable benefit, so the tax receivers gain only on the difference", () => {
    // From sickness compensation (12 000, taxable, Försäkringskassan) to the 20 000 job:
    // FK +12 000; municipality (20 000 − 12 000) × 20 % = 1 600; region 8 000 × 12 % = 960;
    // state 6 000 fees; individual 20 000 − 12 000 − 1 600 − 960 = 5 440; society 26 000.
    const input = oneIntoWork({ groups: [{ size: 1, before: { sicknessCompensation: 1 }, after: { employment: 1 } }] });
    expect(monthly(splitByActor(input))).toEqual(["1600", "960", "12000", "0", "6000", "5440", "26000"]);
  });

  it("values reduced resource use for its payer, for all participants", () => {
    // 10 participants stay on social assistance. Care visits 2 → 1 a month at 1 500 kr (region):
    // 1 × 1 500 × 10 × 0.8 = 12 000. Social-services hours 5 → 3 at 800 kr (municipality):
    // 2 × 800 × 10 × 0.8 = 12 800. Deadweight 20 %. Society 24 800.
    // Intervention 10 × 5 000 = 50 000, all paid by the region: 50 000 / 12 000 = 25/6 months;
    // society 50 000 / 24 800 = 125/62 months.
    const input = oneIntoWork({
      groups: [{ size: 10, before: { socialAssistance: 10 }, after: { socialAssistance: 10 } }],
      resources: [
        { name: "Care visits", unitCost: 1500, before: 2, after: 1, payer: "Region" },
        { name: "", unitCost: "", before: null, after: undefined, payer: "" },
        { name: "Social-services hours", unitCost: 800, before: 5, after: 3, payer: "Kommunen" },
      ],
      intervention: { costPerParticipant: 5000, payerShares: { region: 1 } },
      deadweight: 0.2,
    });
    const result = splitByActor(input);
    const a = byActor(result);
    expect(monthly(result)).toEqual(["12800", "12000", "0", "0", "0", "0", "24800"]);
    expect(result.flows.filter((f) => f.kind === "resource").map((f) => f.name)).toEqual(["Care visits", "Social-services hours"]);
    expectPayback(a.region, 25, 6);
    expectPayback(a.society, 125, 62);
    expect(a.society.resources.toString()).toBe("24800");
  });

  it("reads shares of the group as people: share × size", () => {
    // 20 people, half on bistånd and half on sickness compensation before; after, a quarter on each
    // and half in work: the same as counts 10/10 → 5/5/10.
    const shares = oneIntoWork({
      groups: [
        {
          size: 20,
          basis: "share",
          before: { socialAssistance: 0.5, sicknessCompensation: 0.5 },
          after: { socialAssistance: 0.25, sicknessCompensation: 0.25, employment: 0.5 },
        },
      ],
    });
    const counts = oneIntoWork({
      groups: [
        {
          size: 20,
          before: { socialAssistance: 10, sicknessCompensation: 10 },
          after: { socialAssistance: 5, sicknessCompensation: 5, employment: 10 },
        },
      ],
    });
    expect(monthly(splitByActor(shares))).toEqual(monthly(splitByActor(counts)));
  });

  it("adds up several groups", () => {
    // Two copies of Anna in two groups: every monthly change doubles.
    const group = { size: 1, before: { socialAssistance: 1 }, after: { employment: 1 } };
    expect(monthly(splitByActor(oneIntoWork({ groups: [group, group] })))).toEqual(["24000", "4800", "0", "0", "12000", "11200", "52000"]);
  });

  it("says when the payback lies beyond the horizon, and when there is none", () => {
    // Horizon 3 months: the municipality needs 3.25 (beyond), society exactly 3 (within).
    const a = byActor(splitByActor(oneIntoWork({ horizon: { value: 3 } })));
    expect(a.municipality.paidBackWithinHorizon).toBe(false);
    expect(a.society.paidBackWithinHorizon).toBe(true);
    // Deadweight 100 %: nothing changes, so 78 000 is never paid back and the net value is −78 000.
    const none = byActor(splitByActor(oneIntoWork({ deadweight: 1 })));
    expect(none.society.paybackMonths).toBeNull();
    expect(none.society.paidBackWithinHorizon).toBe(false);
    expect(none.society.netValue.toString()).toBe("-78000");
  });

  it("reads a horizon in years", () => {
    expect(parseBeforeAfter(oneIntoWork({ horizon: { value: 2, unit: "år" } })).horizonMonths).toBe(24);
    expect(parseBeforeAfter(oneIntoWork({ horizon: { value: 18 } })).horizonMonths).toBe(18);
  });
});

describe("horizonValue", () => {
  it("is M × H undiscounted", () => {
    expect(horizonValue(new Dec(1000), 18, new Dec(0)).toString()).toBe("18000");
  });
  it("discounts whole years and the last part-year at the end of their year", () => {
    // 1 000 a month for 18 months at 10 %: 12 000 / 1.1 + 6 000 / 1.21 = (1 320 000 + 600 000) / 121.
    expectNear(horizonValue(new Dec(1000), 18, new Dec(0.1)), new Dec(1920000).div(121).toString());
  });
});
