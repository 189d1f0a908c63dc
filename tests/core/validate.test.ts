import fc from "fast-check";
import {
  DISCOUNT_RANGE,
  Dec,
  SHARE_RANGE,
  YEARS_RANGE,
  checkRange,
  describeGiven,
  isBlank,
  readDiscountRate,
  readNonNegative,
  readNumber,
  readOptional,
  readShare,
  readYears,
} from "../../src/core";
import { caught, d } from "./helpers";

describe("isBlank", () => {
  it.each([[null], [undefined], [""]])("treats %p as blank", (value) => {
    expect(isBlank(value)).toBe(true);
  });
  // Text of spaces is text in Excel (COUNTA counts it, =A1*2 is #VALUE!), not an empty cell.
  it.each([[0], ["0"], [false], [[]], ["   "], ["\u00a0"], ["\t"]])("treats %p as given", (value) => {
    expect(isBlank(value)).toBe(false);
  });
});

describe("readNumber", () => {
  describe("accepts", () => {
    it("a finite JS number, exactly as written", () => {
      // 0.07 as a float is 0.07000000000000000666…; the core reads it as the decimal 0.07.
      expect(readNumber("proxy", 0.07).toString()).toBe("0.07");
      expect(readNumber("proxy", -15000).toString()).toBe("-15000");
    });
    it("a core Decimal, unchanged", () => {
      const value = d("1.23456789012345678901234567890");
      expect(readNumber("proxy", value)).toBe(value);
    });
  });

  describe("rejects", () => {
    it.each([[undefined], [null], [""]])("blank %p as VALUE required", (value) => {
      const error = caught(() => readNumber("proxy", value));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "required", argument: "proxy" });
    });
    it.each([["  "], ["\u00a0"]])("text of spaces %p as VALUE notNumber, not as blank", (value) => {
      expect(caught(() => readNumber("proxy", value)).detail).toEqual({ kind: "notNumber", argument: "proxy", given: value });
    });
    it("text as VALUE notNumber, keeping the text", () => {
      const error = caught(() => readNumber("proxy", "abc"));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "notNumber", argument: "proxy", given: "abc" });
    });
    it("a number typed as text as VALUE notNumber (Excel passes numbers as numbers)", () => {
      expect(caught(() => readNumber("proxy", "15000")).detail).toEqual({ kind: "notNumber", argument: "proxy", given: "15000" });
    });
    it.each([[true], [false]])("boolean %p as VALUE notNumber", (value) => {
      expect(caught(() => readNumber("quantity", value)).detail).toEqual({ kind: "notNumber", argument: "quantity", given: value });
    });
    it("an array as VALUE notNumber", () => {
      expect(caught(() => readNumber("quantity", [1])).detail).toMatchObject({ kind: "notNumber", given: "[…]" });
    });
    it.each([[NaN], [Infinity], [-Infinity]])("the number %p as VALUE notFinite", (value) => {
      const error = caught(() => readNumber("quantity", value));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "notFinite", argument: "quantity", given: value });
    });
    it.each([["NaN"], ["Infinity"], ["-Infinity"]])("the Decimal %s as VALUE notFinite", (text) => {
      const error = caught(() => readNumber("quantity", new Dec(text)));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "notFinite", argument: "quantity", given: Number(text) });
    });
  });
});

describe("readOptional", () => {
  it("gives the fallback for a blank", () => {
    expect(readOptional("attribution", undefined, 0).toString()).toBe("0");
    expect(readOptional("years", "", 1).toString()).toBe("1");
  });
  it("reads a given value with the reader passed", () => {
    expect(readOptional("attribution", 0.3, 0, readShare).toString()).toBe("0.3");
    expect(caught(() => readOptional("attribution", 30, 0, readShare)).detail.kind).toBe("percentLike");
  });
});

describe("checkRange", () => {
  it("accepts the closed bounds of a closed interval", () => {
    expect(checkRange("x", d(0), SHARE_RANGE).toString()).toBe("0");
    expect(checkRange("x", d(1), SHARE_RANGE).toString()).toBe("1");
  });
  it("rejects the open bounds of an open interval", () => {
    expect(caught(() => checkRange("x", d(-1), DISCOUNT_RANGE)).detail).toEqual({
      kind: "outOfRange",
      argument: "x",
      given: -1,
      allowed: DISCOUNT_RANGE,
    });
    expect(caught(() => checkRange("x", d(1), DISCOUNT_RANGE)).detail).toEqual({
      kind: "outOfRange",
      argument: "x",
      given: 1,
      allowed: DISCOUNT_RANGE,
    });
  });
  it("accepts anything above a lone minimum", () => {
    expect(checkRange("x", d("1e30"), { min: 0 }).toString()).toBe("1" + "0".repeat(30));
  });
});

describe("readShare", () => {
  it.each([
    [0, "0"],
    [0.25, "0.25"],
    [1, "1"],
  ])("accepts %p", (value, expected) => {
    expect(readShare("deadweight", value).toString()).toBe(expected);
  });
  it.each([[-0.01], [-25]])("rejects %p below 0 as outOfRange [0, 1]", (value) => {
    const error = caught(() => readShare("deadweight", value));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "deadweight", given: value, allowed: { min: 0, max: 1 } });
  });
  it.each([[25], [1.5], [100]])("reads %p (above 1, at most 100) as a percentage typed by mistake", (value) => {
    const error = caught(() => readShare("deadweight", value));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "percentLike", argument: "deadweight", given: value, allowed: { min: 0, max: 1 } });
  });
  it("rejects 100.5 as outOfRange (not a percentage either)", () => {
    expect(caught(() => readShare("drop_off", 100.5)).detail).toMatchObject({ kind: "outOfRange", given: 100.5 });
  });
});

describe("readDiscountRate", () => {
  it.each([
    [0.035, "0.035"],
    [0, "0"],
    [-0.5, "-0.5"],
    [0.999, "0.999"],
  ])("accepts %p", (value, expected) => {
    expect(readDiscountRate("discount_rate", value).toString()).toBe(expected);
  });
  it.each([[-1], [-1.5], [150]])("rejects %p as outOfRange (−1, 1)", (value) => {
    const error = caught(() => readDiscountRate("discount_rate", value));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "discount_rate", given: value, allowed: DISCOUNT_RANGE });
  });
  it.each([[1], [3.5], [100]])("reads %p (1 to 100) as a percentage typed by mistake", (value) => {
    const error = caught(() => readDiscountRate("discount_rate", value));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "percentLike", argument: "discount_rate", given: value, allowed: DISCOUNT_RANGE });
  });
});

describe("readNonNegative", () => {
  it("accepts 0 and positive amounts", () => {
    expect(readNonNegative("quantity", 0).toString()).toBe("0");
    expect(readNonNegative("quantity", 80).toString()).toBe("80");
  });
  it("rejects a negative quantity as outOfRange ≥ 0", () => {
    const error = caught(() => readNonNegative("quantity", -3));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "quantity", given: -3, allowed: { min: 0 } });
  });
});

describe("readYears", () => {
  it.each([[1], [5], [100]])("accepts %p whole years as a JS number", (value) => {
    expect(readYears("years", value)).toBe(value);
  });
  it.each([[0], [101], [-2]])("rejects %p years as outOfRange [1, 100]", (value) => {
    const error = caught(() => readYears("years", value));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "years", given: value, allowed: YEARS_RANGE });
  });
  it("rejects 1.5 years as notInteger", () => {
    const error = caught(() => readYears("years", 1.5));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "notInteger", argument: "years", given: 1.5, allowed: YEARS_RANGE });
  });
  it("rejects a blank as required", () => {
    expect(caught(() => readYears("years", null)).detail).toEqual({ kind: "required", argument: "years" });
  });
});

describe("describeGiven", () => {
  it.each([
    [null, null],
    [undefined, null],
    [3, 3],
    ["x", "x"],
    [true, true],
    [[1, 2], "[…]"],
    [new Dec("1.5"), "1.5"],
    [{}, "[object Object]"],
  ])("shows %p as %p", (value, shown) => {
    expect(describeGiven(value)).toEqual(shown);
  });
});

describe("properties", () => {
  it("a share is any double in [0, 1], read as the decimal it prints as (within 1e-12 of 0 or 1: that limit); anything else is refused", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 200, noNaN: true }), (value) => {
        if (Math.abs(value) <= 1e-12) return readShare("deadweight", value).isZero();
        if (Math.abs(value - 1) <= 1e-12) return readShare("deadweight", value).eq(1);
        if (value >= 0 && value <= 1) return readShare("deadweight", value).eq(new Dec(String(value)));
        const kind = caught(() => readShare("deadweight", value)).detail.kind;
        return kind === (value > 1 && value <= 100 ? "percentLike" : "outOfRange");
      }),
    );
  });
  it("a quantity is any finite double ≥ 0 (within 1e-12 of 0: 0); a negative one is refused", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        if (Math.abs(value) <= 1e-12) return readNonNegative("quantity", value).isZero();
        return value >= 0
          ? readNonNegative("quantity", value).eq(new Dec(String(value)))
          : caught(() => readNonNegative("quantity", value)).detail.kind === "outOfRange";
      }),
    );
  });
});
