import { netValueOf, outcomeProfile, outcomeValue, paybackOf, ratioOf, rosenbergOf } from "../../src/core";
import { caught, expectNear, strings } from "./helpers";

describe("outcomeValue", () => {
  it("gives the seed's 574 560 kr with blank period, drop-off and rate", () => {
    expect(outcomeValue(80, 0.7, 0.2, 0.05, 0.1, 15000).toString()).toBe("574560");
    expect(outcomeValue(80, 0.7, 0.2, 0.05, 0.1, 15000, "", "", "").toString()).toBe("574560");
  });
  it("discounts a 3-year profile with 10 % drop-off at 5 %", () => {
    // 1 000 a year fading 10 %: 1 000, 900, 810 → 2 540 000 / 1029 (worked in presentValue.test.ts).
    expectNear(outcomeValue(100, 1, 0, 0, 0, 10, 3, 0.1, 0.05), "2468.415937803692905733722060252672497570", 30);
  });
  it("rejects a discount rate typed as a percentage", () => {
    const error = caught(() => outcomeValue(80, 0.7, 0.2, 0.05, 0.1, 15000, 1, 0, 3.5));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toMatchObject({ kind: "percentLike", argument: "discount_rate", given: 3.5 });
  });
  it("rejects a discount rate of −1 or below", () => {
    expect(caught(() => outcomeValue(80, 0.7, 0.2, 0.05, 0.1, 15000, 1, 0, -1)).detail).toMatchObject({
      kind: "outOfRange",
      argument: "discount_rate",
    });
  });
});

describe("outcomeProfile", () => {
  it("gives the undiscounted yearly values", () => {
    // 574 560, × 0.8 = 459 648
    expect(strings(outcomeProfile(80, 0.7, 0.2, 0.05, 0.1, 15000, 2, 0.2))).toEqual(["574560", "459648"]);
  });
  it.each([[undefined], [null], [""]])("requires the years (%p given)", (years) => {
    expect(caught(() => outcomeProfile(80, 0.7, 0.2, 0.05, 0.1, 15000, years)).detail).toEqual({ kind: "required", argument: "years" });
  });
  it("refuses years of spaces as text, not as blank", () => {
    expect(caught(() => outcomeProfile(80, 0.7, 0.2, 0.05, 0.1, 15000, "  ")).detail).toEqual({
      kind: "notNumber",
      argument: "years",
      given: "  ",
    });
  });
});

describe("ratioOf", () => {
  it("gives the seed's 1 467 000 / 1 405 000 ≈ 1.044", () => {
    expectNear(ratioOf(1467000, 1405000), "1.044128113879003558718861209964412811388", 38);
  });
  it("gives the same from the stakeholder and contributor columns at rate 0", () => {
    // A column is read as years; undiscounted, the year totals are the plain sums 1 467 000 and 1 405 000.
    const values = [[1360000], [70000], [35000], [30000], [8000], [4000], [-40000]];
    expectNear(ratioOf(values, [[640000], [600000], [165000]], 0), "1.044128113879003558718861209964412811388", 38);
  });
  it("sums a block of outcome rows per year", () => {
    // Rows [1 100, 1 210] and [1 100, 1 210] → years 2 200, 2 420; at 10 %: 2 000 + 2 000 = 4 000; / 1 000 = 4
    expect(
      ratioOf(
        [
          [1100, 1210],
          [1100, 1210],
        ],
        1000,
        0.1,
      ).toString(),
    ).toBe("4");
  });
  it("is #DIV/0! for a zero investment", () => {
    const error = caught(() => ratioOf(1000, 0));
    expect(error.code).toBe("DIV0");
    expect(error.detail).toEqual({ kind: "zeroInvestment", argument: "investment" });
  });
  it("rejects a negative investment", () => {
    expect(caught(() => ratioOf(1000, [[500, -100]])).detail).toMatchObject({ kind: "outOfRange", argument: "investment", given: -100 });
  });
  it("rejects an empty or ragged range of benefits", () => {
    expect(caught(() => ratioOf([], 1000)).detail).toEqual({ kind: "empty", argument: "benefits" });
    expect(caught(() => ratioOf([[1, 2], [3]], 1000)).detail).toMatchObject({ kind: "shape", argument: "benefits" });
  });
});

describe("netValueOf", () => {
  it("gives 62 000 for the seed's summary", () => {
    expect(netValueOf(1467000, 1405000).toString()).toBe("62000");
  });
  it("discounts benefits but not a single investment", () => {
    // 1 100 / 1.1 − 1 000 = 0
    expect(netValueOf(1100, 1000, 0.1).toString()).toBe("0");
  });
});

describe("paybackOf", () => {
  it("reads a single value as a constant yearly value", () => {
    // 1 000 / (400 / 12) = 30
    expect(paybackOf(1000, 400).toString()).toBe("30");
    expect(paybackOf(1000, [[400]]).toString()).toBe("30");
  });
  it("reads a range as a yearly profile", () => {
    expect(paybackOf(1000, [[400, 400, 400]]).toString()).toBe("30");
    expect(paybackOf([[1000, 1100]], [[550], [1210], [1331]], 0.1).toString()).toBe("30");
  });
  it("says when a profile does not pay back within its years", () => {
    const error = caught(() => paybackOf(1000, [[400, 400]]));
    expect(error.code).toBe("NA");
    expect(error.detail).toEqual({ kind: "noPayback", years: 2 });
  });
  it("says when a discounted constant value never pays back", () => {
    // 40 / 0.05 = 800 < 1 000
    expect(caught(() => paybackOf(1000, 40, 0.05)).detail).toEqual({ kind: "noPayback", years: null });
  });
  it("validates its arguments", () => {
    expect(caught(() => paybackOf(-1, 400)).detail).toMatchObject({ kind: "outOfRange", argument: "investment" });
    expect(caught(() => paybackOf(1000, "400")).detail).toMatchObject({ kind: "notNumber", argument: "benefits" });
    expect(caught(() => paybackOf(1000, 400, 5)).detail).toMatchObject({ kind: "percentLike", argument: "discount_rate" });
  });
});

describe("rosenbergOf", () => {
  it("reads 10 answers from a range of any shape", () => {
    // All 'strongly agree' → 25 (see rosenberg.test.ts).
    expect(
      rosenbergOf([
        [1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1],
      ]),
    ).toBe(25);
    expect(rosenbergOf([[1], [4], [1], [1], [4], [4], [1], [4], [4], [1]])).toBe(40);
  });
  it("needs 10 cells", () => {
    expect(
      caught(() =>
        rosenbergOf([
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ]),
      ).detail,
    ).toEqual({ kind: "count", argument: "answers", given: 9, expected: 10 });
    expect(caught(() => rosenbergOf(3)).detail).toMatchObject({ kind: "count", given: 1 });
  });
});
