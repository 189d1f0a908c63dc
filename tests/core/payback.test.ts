import fc from "fast-check";
import { Dec, SroiError, investmentPresentValue, paybackMonths, paybackMonthsConstant } from "../../src/core";
import { caught, d, ds, expectNear, rateArb } from "./helpers";

function expectNoPayback(error: SroiError, years: number | null): void {
  expect(error.code).toBe("NA");
  expect(error.detail).toEqual({ kind: "noPayback", years });
}

describe("paybackMonths", () => {
  describe("single investment", () => {
    it("interpolates within the year, undiscounted", () => {
      // 1 000 against 400 a year: 400 after year 1, 800 after year 2; the last 200 of year 3's 400
      // take half of it → 2.5 years = 30 months.
      expect(paybackMonths(ds(1000), ds(400, 400, 400), d(0)).toString()).toBe("30");
    });
    it("pays back within the first year", () => {
      // 300 against 1 200 a year: 300/1200 = 0.25 year = 3 months.
      expect(paybackMonths(ds(300), ds(1200), d(0)).toString()).toBe("3");
    });
    it("interpolates within the year, discounted", () => {
      // 600 a year at 20 %: 600/1.2 = 500, 600/1.44 = 416.67 (= 1250/3), 600/1.728 = 347.22 (= 3125/9).
      // After 2 years 500 + 1250/3 = 2750/3; missing 1000 − 2750/3 = 250/3;
      // (250/3)/(3125/9) = 0.24 → 2.24 years = 26.88 months.
      expect(paybackMonths(ds(1000), ds(600, 600, 600), d(0.2)).toString()).toBe("26.88");
    });
    it("pays back exactly at a year boundary", () => {
      // 500 + 500 = 1 000 at the end of year 2 → 24 months; discounted: 550/1.1 + 605/1.21 = 500 + 500.
      expect(paybackMonths(ds(1000), ds(500, 500), d(0)).toString()).toBe("24");
      expect(paybackMonths(ds(1000), ds(550, 605), d(0.1)).toString()).toBe("24");
    });
  });

  describe("yearly investment", () => {
    it("interpolates, undiscounted", () => {
      // Year 1: −1000 + 600 = −400. Year 2: −400 − 1000 + 1200 = −200.
      // Year 3: 200 of 1 200 → 1/6 year; 2 + 1/6 years = 26 months.
      expect(paybackMonths(ds(1000, 1000), ds(600, 1200, 1200), d(0)).toString()).toBe("26");
    });
    it("interpolates, discounted (investment year k by 1.1^(k−1), benefits year t by 1.1^t)", () => {
      // Investment 1000, 1100/1.1 = 1000. Benefits 550/1.1 = 500, 1210/1.21 = 1000, 1331/1.331 = 1000.
      // Year 1: −1000 + 500 = −500. Year 2: −500 − 1000 + 1000 = −500. Year 3: 500 of 1 000 → 2.5 years = 30.
      expect(paybackMonths(ds(1000, 1100), ds(550, 1210, 1331), d(0.1)).toString()).toBe("30");
    });
    it("counts from when the position stays at or above zero, after a later investment dips it again", () => {
      // Year 1: −1000 + 1500 → 0 reached at 1000/1500 of the year (8 months), but year 2 starts
      // with another 1 000: 500 − 1000 = −500, nothing comes in. Year 3: 500 of 1 000 → 2.5 years = 30.
      expect(paybackMonths(ds(1000, 1000), ds(1500, 0, 1000), d(0)).toString()).toBe("30");
    });
    it("counts from when the position stays at or above zero, after a negative year", () => {
      // Year 1: −1000 + 1200 = 200 (0 at 10 months). Year 2: 200 − 400 = −200.
      // Year 3: 200 of 600 → 2 + 1/3 years = 28 months.
      expect(paybackMonths(ds(1000), ds(1200, -400, 600), d(0)).toString()).toBe("28");
    });
    it("keeps a payback that later investments do not undo", () => {
      // Year 1: −100 + 300 → paid back at 100/300 of the year = 4 months; year 2: 200 − 100 = 100 ≥ 0.
      expect(paybackMonths(ds(100, 100), ds(300), d(0)).toString()).toBe("4");
    });
  });

  describe("zero investment", () => {
    it("pays back at month 0", () => {
      expect(paybackMonths(ds(0), ds(100, 100), d(0.05)).toString()).toBe("0");
      expect(paybackMonths(ds(0, 0), ds(0), d(0)).toString()).toBe("0");
    });
    it("waits for a negative start to be covered", () => {
      // Year 1: −10; year 2: 10 of 20 → 1.5 years = 18 months.
      expect(paybackMonths(ds(0), ds(-10, 20), d(0)).toString()).toBe("18");
    });
  });

  describe("does not pay back within the profile", () => {
    it("says so with the number of years, undiscounted", () => {
      // 300 × 3 = 900 < 1 000
      expectNoPayback(
        caught(() => paybackMonths(ds(1000), ds(300, 300, 300), d(0))),
        3,
      );
    });
    it("says so when discounting makes the difference", () => {
      // Undiscounted 500 + 500 = 1 000 would pay back at 24 months; discounted at 5 %:
      // 500/1.05 + 500/1.1025 = 476.19 + 453.51 = 929.71 < 1 000.
      expectNoPayback(
        caught(() => paybackMonths(ds(1000), ds(500, 500), d(0.05))),
        2,
      );
    });
    it("counts the longer of investment and benefit years", () => {
      expectNoPayback(
        caught(() => paybackMonths(ds(1000, 1000, 1000, 1000), ds(100), d(0))),
        4,
      );
    });
  });
});

describe("paybackMonthsConstant", () => {
  describe("undiscounted", () => {
    it("is investment / (V / 12)", () => {
      // Seed 004's rule: 1 000 / (400 / 12) = 30; 300 / (1 200 / 12) = 3; 1 405 000 / (1 467 000 / 12) = 11.4925…
      expect(paybackMonthsConstant(ds(1000), d(400), d(0)).toString()).toBe("30");
      expect(paybackMonthsConstant(ds(300), d(1200), d(0)).toString()).toBe("3");
      // 16 860 000 / 1 467 000 = 11.492842535787321063394683026584867075665…
      expectNear(paybackMonthsConstant(ds(1405000), d(1467000), d(0)), "11.49284253578732106339468302658486707566", 35);
    });
    it("covers a yearly investment", () => {
      // Year 1: −1000 + 800 = −200; year 2: −200 − 1000 + 800 = −400; then 400 of 800 → 2.5 years = 30.
      expect(paybackMonthsConstant(ds(1000, 1000), d(800), d(0)).toString()).toBe("30");
    });
  });

  describe("discounted", () => {
    it("interpolates within the first years", () => {
      // 440 at 10 %: 400, 4000/11, 40000/121. After 2 years missing 1000 − 400 − 4000/11 = 2600/11;
      // (2600/11)/(40000/121) = 0.715 → 2.715 years = 32.58 months.
      expect(paybackMonthsConstant(ds(1000), d(440), d(0.1)).toString()).toBe("32.58");
    });
    it("finds the year by the geometric series far out", () => {
      // 100 a year at 5 % against 1 000: ln 2 / ln 1.05 = 14.2 → 14 whole years.
      // Missing after 14 years / year 15's value = (1000 − Σ 100/1.05^t) / (100/1.05^15)
      //   = 10·1.05^15 − 21(1.05^14 − 1) = 21 − 10.5·1.05^14, so months = 12(35 − 10.5·1.05^14)
      //   = 420 − 126 × 1.9799315994393973883056640625 = 170.528618470635929073486328125.
      expect(paybackMonthsConstant(ds(1000), d(100), d(0.05)).toString()).toBe("170.528618470635929073486328125");
    });
    it("covers a yearly investment", () => {
      // Investment 1000, 1100/1.1 = 1000; value 1100/1.1 = 1000, 1100/1.21 = 10000/11, 1100/1.331 = 100000/121.
      // Year 1: 0; year 2: −1000 + 10000/11 = −1000/11; (1000/11)/(100000/121) = 0.11 → 2.11 years = 25.32.
      expect(paybackMonthsConstant(ds(1000, 1100), d(1100), d(0.1)).toString()).toBe("25.32");
    });
    it("grows at a negative rate", () => {
      // 100 at −50 %: 200, 400, 800: 600 after 2 years, 400 of 800 → 2.5 years = 30.
      expect(paybackMonthsConstant(ds(1000), d(100), d(-0.5)).toString()).toBe("30");
    });
  });

  describe("never pays back", () => {
    it("when the discounted value can never reach the investment", () => {
      // Everything 40 a year at 5 % is ever worth: 40 / 0.05 = 800 < 1 000.
      expectNoPayback(
        caught(() => paybackMonthsConstant(ds(1000), d(40), d(0.05))),
        null,
      );
    });
    it("when the discounted value only approaches the investment (V / r = investment)", () => {
      // 50 / 0.05 = 1 000: the cumulative value tends to 1 000 but never reaches it.
      expectNoPayback(
        caught(() => paybackMonthsConstant(ds(1000), d(50), d(0.05))),
        null,
      );
    });
    it("when the yearly value is zero or negative", () => {
      expectNoPayback(
        caught(() => paybackMonthsConstant(ds(1000), d(0), d(0))),
        null,
      );
      expectNoPayback(
        caught(() => paybackMonthsConstant(ds(1000), d(-10), d(0.05))),
        null,
      );
    });
  });

  it("pays back at month 0 without investment", () => {
    expect(paybackMonthsConstant(ds(0), d(100), d(0.05)).toString()).toBe("0");
  });
});

/**
 * Cumulative net position at a month, from the definition: investment year k (0-based) is paid at
 * month 12k discounted by (1 + r)^k; benefit year k accrues evenly over months 12k..12(k + 1),
 * discounted by (1 + r)^(k + 1).
 */
function positionAt(month: Dec, investment: readonly Dec[], benefits: readonly Dec[], rate: Dec): Dec {
  const g = rate.plus(1);
  let position = new Dec(0);
  investment.forEach((amount, k) => {
    if (month.gte(12 * k)) position = position.minus(amount.div(g.pow(k)));
  });
  benefits.forEach((amount, k) => {
    const share = Dec.min(1, Dec.max(0, month.minus(12 * k).div(12)));
    position = position.plus(amount.div(g.pow(k + 1)).times(share));
  });
  return position;
}

describe("properties", () => {
  const moneyArb = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n));
  const investmentArb = fc.array(moneyArb, { minLength: 1, maxLength: 4 });
  const benefitsArb = fc.array(moneyArb, { minLength: 1, maxLength: 8 });
  const tolerance = new Dec("1e-25");

  it("payback from a profile: cumulative benefits equal cumulative investment at the returned month", () => {
    fc.assert(
      fc.property(investmentArb, benefitsArb, rateArb, (investment, benefits, rate) => {
        let months: Dec;
        try {
          months = paybackMonths(investment, benefits, rate);
        } catch (error) {
          expect((error as SroiError).detail.kind).toBe("noPayback");
          const years = Math.max(investment.length, benefits.length);
          expect(positionAt(new Dec(12 * years), investment, benefits, rate).lt(0)).toBe(true);
          return;
        }
        expect(positionAt(months, investment, benefits, rate).abs().lte(tolerance)).toBe(true);
        if (months.gt(0)) expect(positionAt(months.minus("1e-6"), investment, benefits, rate).lt(0)).toBe(true);
        // …and it stays covered: at every later year boundary (after that year's investment).
        for (let k = Math.ceil(months.div(12).toNumber()); k <= Math.max(investment.length, benefits.length); k++) {
          expect(positionAt(new Dec(12 * k), investment, benefits, rate).gte(tolerance.neg())).toBe(true);
        }
      }),
    );
  });

  it("payback from a constant value agrees with a long enough profile of that value", () => {
    fc.assert(
      fc.property(investmentArb, moneyArb, rateArb, (investment, value, rate) => {
        let months: Dec;
        try {
          months = paybackMonthsConstant(investment, value, rate);
        } catch (error) {
          expect((error as SroiError).detail).toEqual({ kind: "noPayback", years: null });
          const reachable = value.gt(0) && (rate.lte(0) || value.div(rate).gt(investmentPresentValue(investment, rate)));
          expect(reachable).toBe(false);
          return;
        }
        const years = Math.max(investment.length, months.div(12).ceil().toNumber() + 1);
        fc.pre(years <= 2000);
        const profile = Array.from({ length: years }, () => value);
        expect(paybackMonths(investment, profile, rate).minus(months).abs().lte("1e-20")).toBe(true);
      }),
    );
  });
});
