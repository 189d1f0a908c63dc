import fc from "fast-check";
import { compare, investmentPresentValue, netValue, presentValue, sroiRatio } from "../../src/core";
import { caught, d, ds, expectNear, expectRelativelyClose, positiveAmountArb, rateArb } from "./helpers";

/** Seed 000's stakeholder summary: value by stakeholder and investment by contributor, in kronor. */
const valueByStakeholder = ds(1360000, 70000, 35000, 30000, 8000, 4000, -40000);
const investmentByContributor = ds(640000, 600000, 165000);

describe("sroiRatio", () => {
  describe("worked examples", () => {
    it('gives the seed\'s resource efficiency 1 467 000 / 1 405 000 ≈ 1.04 ("1:1")', () => {
      // Value: 1 360 000 + 70 000 + 35 000 + 30 000 + 8 000 + 4 000 − 40 000 = 1 467 000.
      // Investment: 640 000 + 600 000 + 165 000 = 1 405 000.
      // 1467/1405 = 1 + 62/1405; 1405 × 0.044 = 61.82, remainder 0.18 → 0.000128…; so 1.044128113879003558718861…
      const benefits = [valueByStakeholder.reduce((a, b) => a.plus(b))];
      const investment = [investmentByContributor.reduce((a, b) => a.plus(b))];
      expect(benefits[0].toString()).toBe("1467000");
      expect(investment[0].toString()).toBe("1405000");
      const ratio = sroiRatio(benefits, investment, d(0));
      expectNear(ratio, "1.044128113879003558718861209964412811388", 38);
      expect(ratio.toFixed(2)).toBe("1.04");
    });
    it("discounts benefits from year 1 but not a single investment", () => {
      // PV(benefits) = 1100/1.1 + 1210/1.21 = 1000 + 1000 = 2000; PV(investment) = 1000 → 2
      expect(sroiRatio(ds(1100, 1210), ds(1000), d(0.1)).toString()).toBe("2");
    });
    it("discounts a yearly investment from year 2", () => {
      // PV(benefits) = 2200/1.1 + 2420/1.21 = 4000; PV(investment) = 1000 + 1100/1.1 = 2000 → 2
      expect(sroiRatio(ds(2200, 2420), ds(1000, 1100), d(0.1)).toString()).toBe("2");
    });
  });

  describe("errors", () => {
    it("is #DIV/0! for a zero investment", () => {
      const error = caught(() => sroiRatio(ds(1000), ds(0, 0), d(0.05)));
      expect(error.code).toBe("DIV0");
      expect(error.detail).toEqual({ kind: "zeroInvestment", argument: "investment" });
    });
    it("is #DIV/0! for an empty investment", () => {
      expect(caught(() => sroiRatio(ds(1000), [], d(0))).code).toBe("DIV0");
    });
  });
});

describe("netValue", () => {
  it("gives the seed's net value 1 467 000 − 1 405 000 = 62 000", () => {
    expect(netValue(ds(1467000), ds(1405000), d(0)).toString()).toBe("62000");
  });
  it("is negative when the investment outweighs the value", () => {
    // 1100/1.1 − 1500 = 1000 − 1500 = −500
    expect(netValue(ds(1100), ds(1500), d(0.1)).toString()).toBe("-500");
  });
  it("allows a zero investment", () => {
    expect(netValue(ds(50), ds(0), d(0)).toString()).toBe("50");
  });
});

describe("compare", () => {
  it("gives both present values", () => {
    const pv = compare(ds(1100), ds(1000, 1100), d(0.1));
    expect([pv.benefits.toString(), pv.investment.toString()]).toEqual(["1000", "2000"]);
  });
});

describe("properties", () => {
  const profileArb = fc.array(positiveAmountArb, { minLength: 1, maxLength: 20 });
  it("ratio × PV(investment) = PV(benefits)", () => {
    fc.assert(
      fc.property(profileArb, profileArb, rateArb, (benefits, investment, rate) => {
        const product = sroiRatio(benefits, investment, rate).times(investmentPresentValue(investment, rate));
        expectRelativelyClose(product, presentValue(benefits, rate), "1e-36");
      }),
    );
  });
  it("net value = PV(benefits) − PV(investment), and is positive exactly when the ratio exceeds 1", () => {
    fc.assert(
      fc.property(profileArb, profileArb, rateArb, (benefits, investment, rate) => {
        const net = netValue(benefits, investment, rate);
        return (
          net.eq(presentValue(benefits, rate).minus(investmentPresentValue(investment, rate))) &&
          net.gt(0) === sroiRatio(benefits, investment, rate).gt(1)
        );
      }),
    );
  });
});
