import { readInvestment, readSeries, sumByYear } from "../../src/core";
import { caught, ds, strings } from "./helpers";

describe("readSeries", () => {
  describe("shapes", () => {
    it("reads a single number as a one-year series", () => {
      expect(strings(readSeries("benefits", 100))).toEqual(["100"]);
    });
    it("reads a 1-D list as years", () => {
      expect(strings(readSeries("benefits", [100, 200, 300]))).toEqual(["100", "200", "300"]);
    });
    it("reads a single row as years", () => {
      expect(strings(readSeries("benefits", [[100, 200, 300]]))).toEqual(["100", "200", "300"]);
    });
    it("reads a single column as years", () => {
      expect(strings(readSeries("benefits", [[100], [200], [300]]))).toEqual(["100", "200", "300"]);
    });
    it("sums a block (rows = outcomes, columns = years) per year", () => {
      // [100 + 10 + 1, 200 + 20 + 2, 300 + 30 + 3] = [111, 222, 333]
      expect(
        strings(
          readSeries("benefits", [
            [100, 200, 300],
            [10, 20, 30],
            [1, 2, 3],
          ]),
        ),
      ).toEqual(["111", "222", "333"]);
    });
    it("counts blank cells as 0", () => {
      // [100 + 0, "" → 0 + 20, null → 0 + 0]
      expect(
        strings(
          readSeries("benefits", [
            [100, "", null],
            [undefined, 20, ""],
          ]),
        ),
      ).toEqual(["100", "20", "0"]);
    });
    it("keeps negative values (a harm is a negative benefit)", () => {
      expect(strings(readSeries("benefits", [-40000, 20]))).toEqual(["-40000", "20"]);
    });
  });

  describe("errors", () => {
    it.each([[[]], [[[]]]])("rejects the empty range %p as VALUE empty", (value) => {
      const error = caught(() => readSeries("benefits", value));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "empty", argument: "benefits" });
    });
    it("rejects a ragged range as VALUE shape", () => {
      const error = caught(() =>
        readSeries("benefits", [
          [1, 2, 3],
          [4, 5],
        ]),
      );
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "shape", argument: "benefits", rows: 2, columns: 3, expected: "rectangle" });
    });
    it("rejects text inside a series as VALUE notNumber naming the argument", () => {
      const error = caught(() => readSeries("benefits", [[100, "n/a", 300]]));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "notNumber", argument: "benefits", given: "n/a" });
    });
    it("rejects a non-finite number inside a series", () => {
      expect(caught(() => readSeries("benefits", [1, NaN])).detail).toEqual({ kind: "notFinite", argument: "benefits", given: NaN });
    });
    it("rejects a blank single value as required", () => {
      expect(caught(() => readSeries("benefits", "")).detail).toEqual({ kind: "required", argument: "benefits" });
    });
  });
});

describe("readInvestment", () => {
  it("reads a single amount or a yearly profile", () => {
    expect(strings(readInvestment("investment", 1405000))).toEqual(["1405000"]);
    expect(strings(readInvestment("investment", [[1000, 500, 500]]))).toEqual(["1000", "500", "500"]);
  });
  it("rejects a negative investment as VALUE outOfRange ≥ 0", () => {
    const error = caught(() => readInvestment("investment", [[1000, -500]]));
    expect(error.code).toBe("VALUE");
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "investment", given: -500, allowed: { min: 0 } });
  });
});

describe("sumByYear", () => {
  it("sums rows of different length, missing years counting as 0", () => {
    // year 1: 1 + 10 + 100, year 2: 2 + 20, year 3: 3
    expect(strings(sumByYear([ds(1, 2, 3), ds(10, 20), ds(100)]))).toEqual(["111", "22", "3"]);
  });
  it("is empty for no rows", () => {
    expect(sumByYear([])).toEqual([]);
  });
  it("handles far more rows than a spread call allows", () => {
    const rows = Array.from({ length: 200_000 }, () => ds(1, 2));
    expect(strings(sumByYear(rows))).toEqual(["200000", "400000"]);
  });
});
