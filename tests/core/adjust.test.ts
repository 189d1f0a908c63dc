import fc from "fast-check";
import { Dec, adjust, applyImpactShares } from "../../src/core";
import { amountArb, caught, d, shareArb } from "./helpers";

describe("adjust", () => {
  describe("worked examples", () => {
    it("reduces the 11.6 MSEK saving of 'Alla barn i skolan' to 7.83 MSEK", () => {
      // Seed 000: 11 600 000 × (1 − 0.25) × (1 − 0) × (1 − 0.10)
      //         = 11 600 000 × 0.75 = 8 700 000; × 0.9 = 7 830 000.
      expect(adjust(11.6e6, 0.25, 0, 0.1).toString()).toBe("7830000");
    });
    it("reads blank attribution and displacement as 0", () => {
      // 1 000 × (1 − 0.2) = 800
      expect(adjust(1000, 0.2).toString()).toBe("800");
      expect(adjust(1000, 0.2, "", null).toString()).toBe("800");
    });
    it("adjusts a negative amount (a harm) the same way", () => {
      // −40 000 × 0.5 × 0.9 × 0.8 = −14 400
      expect(adjust(-40000, 0.5, 0.1, 0.2).toString()).toBe("-14400");
    });
  });

  describe("errors", () => {
    it("names the amount when it is blank", () => {
      expect(caught(() => adjust("", 0.25)).detail).toEqual({ kind: "required", argument: "amount" });
    });
    it("requires the deadweight", () => {
      expect(caught(() => adjust(100, undefined)).detail).toEqual({ kind: "required", argument: "deadweight" });
    });
    it.each([
      ["deadweight", [100, 25, 0, 0]],
      ["attribution", [100, 0, 25, 0]],
      ["displacement", [100, 0, 0, 25]],
    ])("reads 25 as a percentage for %s", (argument, args) => {
      const error = caught(() => adjust(args[0], args[1], args[2], args[3]));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toMatchObject({ kind: "percentLike", argument, given: 25 });
    });
    it.each([
      ["deadweight", [100, -0.1, 0, 0]],
      ["attribution", [100, 0, 1.0e3, 0]],
      ["displacement", [100, 0, 0, -2]],
    ])("rejects a %s outside [0, 1]", (argument, args) => {
      const error = caught(() => adjust(args[0], args[1], args[2], args[3]));
      expect(error.detail).toMatchObject({ kind: "outOfRange", argument, allowed: { min: 0, max: 1 } });
    });
    it("rejects a share given as text", () => {
      expect(caught(() => adjust(100, "25%")).detail).toEqual({ kind: "notNumber", argument: "deadweight", given: "25%" });
    });
  });
});

describe("applyImpactShares", () => {
  it("multiplies by each complement", () => {
    // 1 000 × 0.9 × 0.8 × 0.7 = 504
    expect(applyImpactShares(d(1000), { deadweight: d(0.1), attribution: d(0.2), displacement: d(0.3) }).toString()).toBe("504");
  });
});

describe("properties", () => {
  const sharesArb = fc.record({ deadweight: shareArb, attribution: shareArb, displacement: shareArb });
  const keys = ["deadweight", "attribution", "displacement"] as const;

  it("the value never rises as deadweight, attribution or displacement rise", () => {
    fc.assert(
      fc.property(amountArb, sharesArb, fc.constantFrom(...keys), shareArb, (amount, shares, key, extra) => {
        const raised = Dec.min(1, shares[key].plus(extra));
        const before = applyImpactShares(amount, shares);
        const after = applyImpactShares(amount, { ...shares, [key]: raised });
        return after.lte(before);
      }),
    );
  });
  it("the size of a harm never grows as the shares rise either", () => {
    fc.assert(
      fc.property(amountArb, sharesArb, fc.constantFrom(...keys), shareArb, (amount, shares, key, extra) => {
        const harm = amount.neg();
        const raised = Dec.min(1, shares[key].plus(extra));
        return applyImpactShares(harm, { ...shares, [key]: raised })
          .abs()
          .lte(applyImpactShares(harm, shares).abs());
      }),
    );
  });
  it("keeps the amount with all shares 0 and removes it with any share 1", () => {
    fc.assert(
      fc.property(amountArb, sharesArb, fc.constantFrom(...keys), (amount, shares, key) => {
        const none = applyImpactShares(amount, { deadweight: d(0), attribution: d(0), displacement: d(0) });
        return none.eq(amount) && applyImpactShares(amount, { ...shares, [key]: d(1) }).isZero();
      }),
    );
  });
});
