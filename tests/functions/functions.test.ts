import { StubExcelError, cell, withDisplayLanguage } from "./excelStub";
import { EXAMPLES, expectExample } from "./examples";
import { call } from "./sourceFunctions";

/** The seed's outcome (DOMAIN.md): 80 people, 70 %, deadweight 20 %, attribution 5 %, displacement 10 %, 15 000 kr. */
const SEED = [80, 0.7, 0.2, 0.05, 0.1, 15000] as const;

const english = <T>(fn: () => T): T => withDisplayLanguage(null, fn);
const swedish = <T>(fn: () => T): T => withDisplayLanguage("sv-SE", fn);

describe("worked examples", () => {
  it.each(EXAMPLES.map((e) => [`SROI.${e.id}`, e.title, e] as const))("%s: %s", (_id, _title, example) => {
    expectExample(call(example.id, example.args), example);
  });
});

describe("SROI.VALUE", () => {
  it("gives the same value with omitted (null) and with absent optional arguments", () => {
    expect(call("VALUE", [...SEED, null, null, null])).toBe(574560);
    expect(call("VALUE", [...SEED, 1, 0, 0])).toBe(574560);
  });

  it("answers #VALUE! naming the argument when a rate is typed as a percentage", () => {
    const en = english(() => cell(() => call("VALUE", [80, 70, 0.2, 0.05, 0.1, 15000])));
    expect(en).toMatchObject({ error: "#VALUE!" });
    // The message names the argument, shows what was given and the fraction that was meant.
    expect((en as { message: string }).message).toMatch(/^outcome_rate is 70\b.* 0\.7 for 70 %/);
    const sv = swedish(() => cell(() => call("VALUE", [80, 70, 0.2, 0.05, 0.1, 15000])));
    expect((sv as { message: string }).message).toMatch(/^utfallsandel är 70\b.* 0,7 för 70 %/);
  });

  it("answers #VALUE! for a negative quantity, with the allowed interval", () => {
    expect(english(() => cell(() => call("VALUE", [-5, 0.7, 0.2, 0.05, 0.1, 15000])))).toEqual({
      error: "#VALUE!",
      message: "quantity is -5; allowed: ≥ 0.",
    });
    expect(swedish(() => cell(() => call("VALUE", [-5, 0.7, 0.2, 0.05, 0.1, 15000])))).toEqual({
      error: "#VALUE!",
      message: "antal är -5; tillåtet: ≥ 0.",
    });
  });

  it("answers #VALUE! for text and for booleans, showing what was given", () => {
    expect(english(() => cell(() => call("VALUE", [80, 0.7, 0.2, 0.05, 0.1, "15 000 kr"])))).toEqual({
      error: "#VALUE!",
      message: 'proxy must be a number; got "15 000 kr".',
    });
    expect(swedish(() => cell(() => call("VALUE", [80, 0.7, true, 0.05, 0.1, 15000])))).toEqual({
      error: "#VALUE!",
      message: "dödvikt måste vara ett tal; fick SANT.",
    });
  });

  it("answers #VALUE! for years that are not whole or outside 1–100", () => {
    expect(cell(() => call("VALUE", [...SEED, 2.5]))).toMatchObject({ error: "#VALUE!" });
    expect(cell(() => call("VALUE", [...SEED, 101]))).toMatchObject({ error: "#VALUE!" });
    expect(cell(() => call("VALUE", [...SEED, 0]))).toMatchObject({ error: "#VALUE!" });
  });

  it("answers #NUM! when the value is beyond what a cell can hold", () => {
    expect(english(() => cell(() => call("VALUE", [1e308, 1, 0, 0, 0, 1e308])))).toEqual({
      error: "#NUM!",
      message: "The result is too large for Excel (beyond ±1.8 × 10^308).",
    });
    expect(swedish(() => cell(() => call("VALUE", [1e308, 1, 0, 0, 0, 1e308])))).toEqual({
      error: "#NUM!",
      message: "Resultatet är för stort för Excel (utanför ±1,8 × 10^308).",
    });
  });
});

describe("SROI.PROFILE", () => {
  it("spills one cell per year", () => {
    const row = call("PROFILE", [...SEED, 5, 0.5]) as number[][];
    // 574 560 halved each year: 574 560, 287 280, 143 640, 71 820, 35 910.
    expect(row).toEqual([[574560, 287280, 143640, 71820, 35910]]);
  });

  it("requires years", () => {
    expect(english(() => cell(() => call("PROFILE", [...SEED, null, 0.1])))).toEqual({
      error: "#VALUE!",
      message: "years is required but was blank.",
    });
    expect(swedish(() => cell(() => call("PROFILE", [...SEED, null])))).toEqual({
      error: "#VALUE!",
      message: "år måste anges men är tom.",
    });
  });
});

describe("SROI.ADJUST", () => {
  it("defaults attribution and displacement to 0", () => {
    // 2000 × (1 − 0.25) = 1500.
    expect(call("ADJUST", [2000, 0.25])).toBe(1500);
    expect(call("ADJUST", [2000, 0.25, null, null])).toBe(1500);
  });

  it("adjusts negative amounts too (a cost, a negative value)", () => {
    // −40 × 0.5 × 0.9 × 1 = −18.
    expect(call("ADJUST", [-40, 0.5, 0.1])).toBe(-18);
  });

  it("requires deadweight", () => {
    expect(english(() => cell(() => call("ADJUST", [1000, null])))).toEqual({
      error: "#VALUE!",
      message: "deadweight is required but was blank.",
    });
  });
});

describe("SROI.RATIO and SROI.NETVALUE: how benefits and investment are read", () => {
  // Each shape below holds yearly benefits 100, 200, 300 (undiscounted sum 600) against 400.
  const shapes: [string, unknown][] = [
    ["a row", [[100, 200, 300]]],
    ["a column", [[100], [200], [300]]],
    [
      "a block summed per year",
      [
        [50, 150, 100],
        [50, 50, 200],
      ],
    ],
    ["a row with a blank (null) cell", [[100, null, 500]]],
    ["a row with a blank given as 0", [[100, 0, 500]]],
    ["a row with an empty-text cell", [[100, "", 500]]],
  ];
  it.each(shapes)("reads %s", (_name, benefits) => {
    // 600 / 400 = 1.5; 600 − 400 = 200.
    expect(call("RATIO", [benefits, [[400]], null])).toBe(1.5);
    expect(call("NETVALUE", [benefits, [[400]], null])).toBe(200);
  });

  it("takes a number typed in the formula, which Excel passes as [[n]] (a plain number works too)", () => {
    expect(call("RATIO", [[[600]], [[400]]])).toBe(1.5);
    expect(call("RATIO", [600, 400])).toBe(1.5);
  });

  it("discounts a block's year columns, year 1 included", () => {
    // Years 110 + 0 = 110 and 60 + 61 = 121: 110 / 1.1 + 121 / 1.21 = 200; 200 − 100 = 100.
    expect(
      call("NETVALUE", [
        [
          [110, 60],
          [0, 61],
        ],
        [[100]],
        0.1,
      ]),
    ).toBe(100);
  });

  it("answers #VALUE! for text in a range", () => {
    expect(english(() => cell(() => call("RATIO", [[[100, "abc"]], [[400]]])))).toEqual({
      error: "#VALUE!",
      message: 'benefits must be a number; got "abc".',
    });
    expect(swedish(() => cell(() => call("NETVALUE", [[[100, "abc"]], [[400]]])))).toEqual({
      error: "#VALUE!",
      message: 'nyttor måste vara ett tal; fick "abc".',
    });
  });

  it("passes on an Excel error value inside a range with its own code, naming the argument", () => {
    const na = new StubExcelError("#N/A");
    expect(english(() => cell(() => call("RATIO", [[[100, na]], [[400]]])))).toEqual({
      error: "#N/A",
      message: "benefits holds the error #N/A; it is passed on, as Excel's own functions do. Correct the cell it comes from.",
    });
  });

  it("answers #VALUE! for an empty or ragged range", () => {
    expect(english(() => cell(() => call("RATIO", [[], [[400]]])))).toEqual({
      error: "#VALUE!",
      message: "benefits is an empty range; give at least one value.",
    });
    expect(cell(() => call("RATIO", [[[]], [[400]]]))).toMatchObject({ error: "#VALUE!" });
    expect(cell(() => call("RATIO", [[[1, 2], [3]], [[400]]]))).toMatchObject({ error: "#VALUE!" });
  });

  it("answers #VALUE! for a negative investment", () => {
    expect(english(() => cell(() => call("NETVALUE", [[[100]], [[-400]]])))).toEqual({
      error: "#VALUE!",
      message: "investment is -400; allowed: ≥ 0.",
    });
  });

  it("answers #DIV/0! for a ratio against zero investment, with its message", () => {
    expect(english(() => cell(() => call("RATIO", [[[100]], [[0]]])))).toEqual({
      error: "#DIV/0!",
      message: "investment is zero: a ratio needs an investment above 0.",
    });
    expect(swedish(() => cell(() => call("RATIO", [[[100]], [[0, null]]])))).toEqual({
      error: "#DIV/0!",
      message: "investering är noll: en kvot kräver en investering över 0.",
    });
  });

  it("gives a net value against zero investment (no division)", () => {
    expect(call("NETVALUE", [[[100]], [[0]]])).toBe(100);
  });

  it("answers #VALUE! for a discount rate typed as a percentage", () => {
    const result = english(() => cell(() => call("RATIO", [[[100]], [[50]], 3.5])));
    expect(result).toMatchObject({ error: "#VALUE!" });
    expect((result as { message: string }).message).toMatch(/^discount_rate is 3\.5\b.* 0\.035 for 3\.5 %/);
  });
});

describe("SROI.PAYBACK", () => {
  it("treats a single cell as a constant yearly value and a row or column as a profile", () => {
    // Constant 400 a year: 1000 / (400 / 12) = 30 months; the profile 400, 400, 400 also gives 30.
    expect(call("PAYBACK", [[[1000]], [[400]]])).toBe(30);
    expect(call("PAYBACK", [[[1000]], [[400], [400], [400]]])).toBe(30);
  });

  it("answers #N/A with a message when a profile never pays back", () => {
    expect(english(() => cell(() => call("PAYBACK", [[[2000]], [[400, 400]]])))).toEqual({
      error: "#N/A",
      message: "Does not pay back within 2 years.",
    });
    expect(swedish(() => cell(() => call("PAYBACK", [[[2000]], [[400, 400]]])))).toEqual({
      error: "#N/A",
      message: "Återbetalas inte inom 2 år.",
    });
  });

  it("answers #N/A when a constant value never covers the investment", () => {
    expect(english(() => cell(() => call("PAYBACK", [[[2000]], [[0]]])))).toEqual({
      error: "#N/A",
      message: "Does not pay back: the value never covers the investment.",
    });
    expect(swedish(() => cell(() => call("PAYBACK", [[[2000]], [[-5]]])))).toEqual({
      error: "#N/A",
      message: "Återbetalas inte: värdet täcker aldrig investeringen.",
    });
  });
});

describe("SROI.EFFECTSIZE", () => {
  it("subtracts the comparison group's change", () => {
    // 0.25 − 0.1 = 0.15 (exact in decimal).
    expect(call("EFFECTSIZE", [0.25, 0.1])).toBe(0.15);
  });

  it("requires both changes", () => {
    expect(english(() => cell(() => call("EFFECTSIZE", [0.25, null])))).toEqual({
      error: "#VALUE!",
      message: "comparison_change is required but was blank.",
    });
    expect(swedish(() => cell(() => call("EFFECTSIZE", [null, 0.1])))).toEqual({
      error: "#VALUE!",
      message: "förändring_målgrupp måste anges men är tom.",
    });
  });
});

describe("SROI.ROSENBERG", () => {
  it("answers #VALUE! unless there are exactly 10 answers", () => {
    expect(english(() => cell(() => call("ROSENBERG", [[[1, 2, 3]]])))).toEqual({
      error: "#VALUE!",
      message: "answers needs exactly 10 values; got 3.",
    });
    expect(swedish(() => cell(() => call("ROSENBERG", [[[1, 2, 3]]])))).toEqual({
      error: "#VALUE!",
      message: "svar behöver exakt 10 värden; fick 3.",
    });
  });

  it("answers #VALUE! for a code outside 1–4 or a blank answer", () => {
    expect(cell(() => call("ROSENBERG", [[[1, 1, 1, 1, 1, 1, 1, 1, 1, 5]]]))).toMatchObject({ error: "#VALUE!" });
    expect(cell(() => call("ROSENBERG", [[[1, 1, 1, 1, 1, 1, 1, 1, 1, 2.5]]]))).toMatchObject({ error: "#VALUE!" });
    expect(english(() => cell(() => call("ROSENBERG", [[[1, 1, 1, 1, null, 1, 1, 1, 1, 1]]])))).toEqual({
      error: "#VALUE!",
      message: "answers is required but was blank.",
    });
  });
});

describe("SROI.BREAKEVEN", () => {
  it("solves for the proxy: 80 × 0.7 × 0.8 × 0.95 × 0.9 × proxy = 574 560 gives 15 000", () => {
    expect(call("BREAKEVEN", ["proxy", [[574560]], ...SEED])).toBe(15000);
    // A number typed for the investment arrives as a plain number or as [[n]]; both work.
    expect(call("BREAKEVEN", ["Proxy", 574560, ...SEED, null, null, null])).toBe(15000);
  });

  it("takes the assumption's Swedish name: dödvikt where 718 200 × (1 − d) = 574 560, d = 0.2", () => {
    // 80 × 0.7 × 0.95 × 0.9 × 15 000 = 718 200; 574 560 / 718 200 = 0.8.
    expect(call("BREAKEVEN", ["dödvikt", [[574560]], 80, 0.7, 0.6, 0.05, 0.1, 15000])).toBe(0.2);
  });

  it("answers #VALUE! for an unknown assumption name, listing the names allowed", () => {
    const args = ["weight", [[574560]], ...SEED];
    expect(english(() => cell(() => call("BREAKEVEN", args)))).toEqual({
      error: "#VALUE!",
      message:
        'assumption "weight" is not known; use one of: quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, ' +
        "drop_off, discount_rate, antal, utfallsandel, dödvikt, tillskrivning, undanträngning, år, avtrappning, diskonteringsränta.",
    });
    expect((swedish(() => cell(() => call("BREAKEVEN", args))) as { message: string }).message).toMatch(
      /^antagande "weight" är okänt; använd något av: quantity, .*, diskonteringsränta\.$/,
    );
    // A blank assumption is reported like every other required argument.
    const blank = english(() => cell(() => call("BREAKEVEN", [null, [[574560]], ...SEED])));
    expect(blank).toEqual({ error: "#VALUE!", message: "assumption is required but was blank." });
  });

  it("answers #N/A with the searched interval when no valid value reaches the investment", () => {
    // Even deadweight 0 gives only 718 200 (above) < 800 000.
    const args = ["deadweight", [[800000]], ...SEED];
    expect(english(() => cell(() => call("BREAKEVEN", args)))).toEqual({
      error: "#N/A",
      message: "No value of deadweight between 0 and 1 makes the value equal the investment.",
    });
    expect(swedish(() => cell(() => call("BREAKEVEN", args)))).toEqual({
      error: "#N/A",
      message: "Inget värde på dödvikt mellan 0 och 1 gör att värdet blir lika med investeringen.",
    });
  });
});

describe("SROI.REAL", () => {
  it("answers #N/A naming the years the shipped KPI has, in the display language", () => {
    expect(english(() => cell(() => call("REAL", [100, 2019, 2026, null])))).toEqual({
      error: "#N/A",
      message: "to_year 2026 is not in the price index; it has the years 2006–2023.",
    });
    expect(swedish(() => cell(() => call("REAL", [100, 1999, 2020, null])))).toEqual({
      error: "#N/A",
      message: "från_år 1999 finns inte i prisindexet; det har åren 2006–2023.",
    });
  });

  it("answers #VALUE! for an index value of 0 or below, or text in the index", () => {
    expect(
      english(() =>
        cell(() =>
          call("REAL", [
            100,
            2020,
            2021,
            [
              [2020, 100],
              [2021, 0],
            ],
          ]),
        ),
      ),
    ).toEqual({
      error: "#VALUE!",
      message: "index is 0; allowed: > 0.",
    });
    expect(
      english(() =>
        cell(() =>
          call("REAL", [
            100,
            2020,
            2021,
            [
              [2020, 100],
              [2021, "n/a"],
            ],
          ]),
        ),
      ),
    ).toEqual({
      error: "#VALUE!",
      message: 'index must be a number; got "n/a".',
    });
    expect(swedish(() => cell(() => call("REAL", ["hundra", 2020, 2021, null])))).toMatchObject({ error: "#VALUE!" });
  });

  it("gives the amount unchanged within one year, with either index", () => {
    expect(call("REAL", [1234.5, 2021, 2021, null])).toBe(1234.5);
    expect(
      call("REAL", [
        1234.5,
        2021,
        2021,
        [
          [2020, 100],
          [2021, 101],
        ],
      ]),
    ).toBe(1234.5);
  });
});
