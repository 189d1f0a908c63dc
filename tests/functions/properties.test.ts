import Decimal from "decimal.js";
import fc from "fast-check";
import { sroiProfile, sroiRatio, sroiValue } from "./sourceFunctions";

/**
 * Laws checked against an independent computation with decimal.js itself (a local constructor,
 * not the core's), on inputs as a sheet holds them: shares with four decimals, amounts in öre.
 */
const D = Decimal.clone({ precision: 60 });

const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const quantity = fc.integer({ min: 0, max: 100_000 });
const proxy = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100);
const rate = fc.integer({ min: -500, max: 2_000 }).map((n) => n / 10_000);
const years = fc.integer({ min: 1, max: 30 });
const investment = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => n / 100);

const oneMinus = (x: number) => new D(1).minus(x);

describe("properties", () => {
  it("SROI.VALUE with years = 1 is quantity × outcome_rate × (1 − deadweight) × (1 − attribution) × (1 − displacement) × proxy", () => {
    fc.assert(
      fc.property(quantity, share, share, share, share, proxy, (q, outcomeRate, deadweight, attribution, displacement, p) => {
        const expected = new D(q)
          .times(outcomeRate)
          .times(oneMinus(deadweight))
          .times(oneMinus(attribution))
          .times(oneMinus(displacement))
          .times(p);
        expect(sroiValue(q, outcomeRate, deadweight, attribution, displacement, p, 1)).toBe(expected.toNumber());
      }),
      { numRuns: 500 },
    );
  });

  it("SROI.RATIO of SROI.PROFILE's row is the discounted sum of the row divided by the investment", () => {
    fc.assert(
      fc.property(
        quantity,
        share,
        share,
        share,
        share,
        proxy,
        years,
        share,
        rate,
        investment,
        (q, outcomeRate, deadweight, attribution, displacement, p, n, dropOff, r, invested) => {
          const row = sroiProfile(q, outcomeRate, deadweight, attribution, displacement, p, n, dropOff);
          expect(row).toHaveLength(1);
          expect(row[0]).toHaveLength(n);
          // Σ valueₜ / (1 + r)^t, t = 1..n, then divided by the undiscounted single investment.
          const discounted = row[0].reduce((sum, v, t) => sum.plus(new D(v).div(new D(1).plus(r).pow(t + 1))), new D(0));
          const expected = discounted.div(invested).toNumber();
          const actual = sroiRatio(row, [[invested]], r);
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-15);
        },
      ),
      { numRuns: 300 },
    );
  });
});
