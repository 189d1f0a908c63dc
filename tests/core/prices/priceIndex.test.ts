import fc from "fast-check";
import { Dec, KPI, KPI_ANNUAL, availableYears, convertPrice, errorMessage, priceFactor, readPriceIndex, realOf } from "../../../src/core";
import { caught, d, expectNear } from "../helpers";

describe("the shipped KPI", () => {
  it("holds SCB's annual means for 2006–2023, the four the issue checked among them", () => {
    // SCB, "Konsumentprisindex (1980=100), fastställda tal", column Årsmedel.
    expect(availableYears(KPI)).toBe("2006–2023");
    expect(KPI.get(2020)?.toString()).toBe("335.92");
    expect(KPI.get(2021)?.toString()).toBe("343.19");
    expect(KPI.get(2022)?.toString()).toBe("371.91");
    expect(KPI.get(2023)?.toString()).toBe("403.7");
    expect(KPI_ANNUAL.every(([, value]) => /^\d{3}\.\d{2}$/.test(value))).toBe(true);
  });
});

describe("convertPrice", () => {
  it("converts 1 000 kr in 2022 prices to 2023 prices", () => {
    // 1 000 × 403.70 / 371.91 = 1 085.4776693286010056196391600118308192840 (Python decimal, 40 digits)
    expectNear(convertPrice(d(1000), 2022, 2023), "1085.477669328601005619639160011830819284", 30);
  });
  it("converts backwards, 100 000 kr in 2023 prices to 2020 prices", () => {
    // 100 000 × 335.92 / 403.70 = 83 210.30468169432747089422838741639831558
    expectNear(convertPrice(d(100000), 2023, 2020), "83210.30468169432747089422838741639831558", 30);
  });
  it("converts Kriminalvården's 2019 prison day to 2023 prices", () => {
    // 3 202 × 403.70 / 334.26 = 3 867.1914078860767067552204870460120864
    expectNear(convertPrice(d(3202), 2019, 2023), "3867.1914078860767067552204870460120864", 30);
  });
  it("leaves an amount unchanged within one year, even a year outside the table", () => {
    expect(convertPrice(d(1234.5), 2021, 2021).toString()).toBe("1234.5");
    expect(convertPrice(d(1234.5), 2030, 2030).toString()).toBe("1234.5");
  });
  it("is #N/A naming the available years for a year outside the table", () => {
    const error = caught(() => convertPrice(d(100), 2019, 2026));
    expect(error.code).toBe("NA");
    expect(error.detail).toEqual({ kind: "yearNotInIndex", argument: "to_year", given: 2026, available: "2006–2023" });
    expect(errorMessage(error, "en")).toBe("to_year 2026 is not in the price index; it has the years 2006–2023.");
    expect(errorMessage(error, "sv")).toBe("till_år 2026 finns inte i prisindexet; det har åren 2006–2023.");
    expect(caught(() => convertPrice(d(100), 1999, 2020)).detail).toMatchObject({ argument: "from_year", given: 1999 });
  });
  it("there and back gives the amount again (property)", () => {
    const years = fc.integer({ min: 2006, max: 2023 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), years, years, (amount, from, to) => {
        const back = convertPrice(convertPrice(d(amount), from, to), to, from);
        return back.minus(amount).abs().lte(new Dec("1e-25"));
      }),
    );
  });
  it("multiplies factors along a chain of years (property)", () => {
    const years = fc.integer({ min: 2006, max: 2023 });
    fc.assert(
      fc.property(years, years, years, (a, b, c) =>
        priceFactor(KPI, a, b)
          .times(priceFactor(KPI, b, c))
          .minus(priceFactor(KPI, a, c))
          .abs()
          .lte(new Dec("1e-35")),
      ),
    );
  });
});

describe("realOf (SROI.REAL)", () => {
  const own = [
    [2020, 100],
    [2025, 125],
    [null, null],
  ];
  it("uses the shipped KPI without an index", () => {
    expectNear(realOf(1000, 2022, 2023), "1085.477669328601005619639160011830819284", 30);
    expectNear(realOf(1000, 2022, 2023, null), "1085.477669328601005619639160011830819284", 30);
  });
  it("uses an own index both ways, skipping blank rows", () => {
    // 80 000 × 125 / 100 = 100 000; 100 000 × 100 / 125 = 80 000
    expect(realOf(80000, 2020, 2025, own).toString()).toBe("100000");
    expect(realOf(100000, 2025, 2020, own).toString()).toBe("80000");
    expect(realOf(5, 2025, 2025, own).toString()).toBe("5");
  });
  it("is #N/A for a year outside the own index, naming its years", () => {
    const error = caught(() => realOf(1, 2021, 2025, own));
    expect(error.code).toBe("NA");
    expect(error.detail).toEqual({ kind: "yearNotInIndex", argument: "from_year", given: 2021, available: "2020, 2025" });
  });
  it.each([
    [
      "a zero index value",
      [
        [2020, 0],
        [2021, 1],
      ],
    ],
    [
      "a negative index value",
      [
        [2020, 100],
        [2021, -3],
      ],
    ],
    [
      "text as index value",
      [
        [2020, "hundra"],
        [2021, 101],
      ],
    ],
    ["text as year", [["år", 100]]],
    ["a year that is not whole", [[2020.5, 100]]],
    [
      "a repeated year",
      [
        [2020, 100],
        [2020, 101],
      ],
    ],
    ["one column", [[2020], [2021]]],
    ["three columns", [[2020, 100, 1]]],
    ["only blank rows", [[null, null]]],
  ])("is #VALUE! for %s", (_, index) => {
    expect(caught(() => realOf(1, 2020, 2021, index)).code).toBe("VALUE");
  });
  it("names the argument in each #VALUE!", () => {
    expect(caught(() => realOf("tusen", 2020, 2021)).detail).toMatchObject({ kind: "notNumber", argument: "amount" });
    expect(caught(() => realOf(1, "2020", 2021)).detail).toMatchObject({ kind: "notNumber", argument: "from_year" });
    expect(caught(() => realOf(1, 2020, 2021.5)).detail).toMatchObject({ kind: "notInteger", argument: "to_year" });
    expect(caught(() => realOf(1, 2020, "")).detail).toEqual({ kind: "required", argument: "to_year" });
    expect(caught(() => realOf(1, 2020, 2021, [[2020, 0]])).detail).toMatchObject({ kind: "outOfRange", argument: "index", given: 0 });
    const duplicate = caught(() =>
      readPriceIndex("index", [
        [2020, 1],
        [2020, 2],
      ]),
    );
    expect(errorMessage(duplicate, "sv")).toBe("index har året 2020 två gånger; ange varje år en gång.");
    const shape = caught(() => readPriceIndex("index", [[2020]]));
    expect(errorMessage(shape, "en")).toBe("index has 1 × 1 cells; expected a range of two columns, year and index value.");
  });
});
