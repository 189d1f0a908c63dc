import fc from "fast-check";
import { Dec, discountedValues, investmentPresentValue, presentValue, sum } from "../../src/core";
import { d, ds, expectNear, expectRelativelyClose, positiveAmountArb, rateArb, strings } from "./helpers";

describe("presentValue", () => {
  describe("worked examples", () => {
    it("discounts a 3-year profile with 10 % drop-off at 5 % (year 1 discounted)", () => {
      // Profile 1 000, 900, 810. PV = 1000/1.05 + 900/1.05² + 810/1.05³
      //   = (1000·1.1025 + 900·1.05 + 810) / 1.157625 = 2857.5 / 1.157625
      //   = (5715/2)·(8000/9261) = 22 860 000 / 9261 = 2 540 000 / 1029 = 2468.41593780369290573372206025…
      expectNear(presentValue(ds(1000, 900, 810), d(0.05)), "2468.415937803692905733722060252672497570", 30);
    });
    it("matches Excel's NPV(10 %, 100, 200)", () => {
      // 100/1.1 + 200/1.21 = (110 + 200)/1.21 = 31 000/121 = 256.198347107438016528925619834710743801…
      expectNear(presentValue(ds(100, 200), d(0.1)), "256.1983471074380165289256198347107438017", 30);
    });
    it("discounts year 1 once: 1 050 at 5 % is worth 1 000 today", () => {
      expect(presentValue(ds(1050), d(0.05)).toString()).toBe("1000");
    });
    it("grows values at a negative rate: 100 at −50 % is worth 200", () => {
      expect(presentValue(ds(100), d(-0.5)).toString()).toBe("200");
    });
    it("is the plain sum at rate 0", () => {
      expect(presentValue(ds(1000, 900, 810), d(0)).toString()).toBe("2710");
    });
    it("is 0 for no years", () => {
      expect(presentValue([], d(0.05)).toString()).toBe("0");
    });
  });
});

describe("investmentPresentValue", () => {
  it("does not discount a single amount paid at the start", () => {
    expect(investmentPresentValue(ds(1405000), d(0.035)).toString()).toBe("1405000");
  });
  it("discounts year k of a yearly profile by (1 + r)^(k − 1)", () => {
    // 1000 + 500/1.1 + 500/1.21 = (1210 + 550 + 500)/1.21 = 2260/1.21 = 226 000/121 = 1867.768595041322314049…
    expectNear(investmentPresentValue(ds(1000, 500, 500), d(0.1)), "1867.768595041322314049586776859504132231", 30);
  });
});

describe("discountedValues", () => {
  it("discounts each year to today from the given first exponent", () => {
    // 121/1.1 = 110, 121/1.21 = 100 (first exponent 1); 121, 110 (first exponent 0)
    expect(strings(discountedValues(ds(121, 121), d(0.1)))).toEqual(["110", "100"]);
    expect(strings(discountedValues(ds(121, 121), d(0.1), 0))).toEqual(["121", "110"]);
  });
  it("returns a copy at rate 0", () => {
    const values = ds(1, 2);
    const discounted = discountedValues(values, d(0));
    expect(discounted).not.toBe(values);
    expect(strings(discounted)).toEqual(["1", "2"]);
  });
});

describe("properties", () => {
  const profileArb = fc.array(positiveAmountArb, { minLength: 1, maxLength: 30 });

  it("discount rate 0 makes PV the plain sum", () => {
    fc.assert(fc.property(profileArb, (values) => presentValue(values, new Dec(0)).eq(sum(values))));
  });
  it("PV falls as the rate rises (positive values)", () => {
    fc.assert(
      fc.property(profileArb, rateArb, rateArb, (values, a, b) => {
        fc.pre(!a.eq(b));
        const [low, high] = a.lt(b) ? [a, b] : [b, a];
        return presentValue(values, high).lt(presentValue(values, low));
      }),
    );
  });
  it("PV is the sum of each year's value discounted on its own", () => {
    fc.assert(
      fc.property(profileArb, rateArb, (values, rate) => {
        expectRelativelyClose(presentValue(values, rate), sum(discountedValues(values, rate)), "1e-36");
        expectRelativelyClose(investmentPresentValue(values, rate), sum(discountedValues(values, rate, 0)), "1e-36");
      }),
    );
  });
  it("an investment's PV is (1 + r) times the PV of the same amounts as benefits", () => {
    fc.assert(
      fc.property(profileArb, rateArb, (values, rate) => {
        expectRelativelyClose(investmentPresentValue(values, rate), presentValue(values, rate).times(rate.plus(1)), "1e-36");
      }),
    );
  });
});
