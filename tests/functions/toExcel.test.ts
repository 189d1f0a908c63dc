import { StubExcelError, cell, withDisplayLanguage } from "./excelStub";
import { Dec } from "../../src/core/decimal";
import { SroiError } from "../../src/core/errors";
import { excelError, toExcel, toExcelRow } from "../../src/functions/toExcel";
import { displayLanguage } from "../../src/functions/displayLanguage";

describe("toExcel", () => {
  it("turns a Decimal into the JavaScript number Excel stores", () => {
    expect(toExcel(() => new Dec("574560"))).toBe(574560);
    expect(toExcel(() => new Dec(1).div(3))).toBe(1 / 3);
  });

  it("passes plain numbers through", () => {
    expect(toExcel(() => 25)).toBe(25);
  });

  it("never gives −0", () => {
    expect(
      Object.is(
        toExcel(() => new Dec("-0")),
        0,
      ),
    ).toBe(true);
    expect(
      Object.is(
        toExcel(() => -0),
        0,
      ),
    ).toBe(true);
  });

  it("answers #NUM! for a result beyond the range of a double", () => {
    const result = withDisplayLanguage(null, () => cell(() => toExcel(() => new Dec("1e400"))));
    expect(result).toEqual({ error: "#NUM!", message: "The result is too large for Excel (beyond ±1.8 × 10^308)." });
    expect(cell(() => toExcel(() => new Dec("-1e400")))).toMatchObject({ error: "#NUM!" });
  });

  it("answers #VALUE! rather than NaN", () => {
    expect(cell(() => toExcel(() => new Dec(NaN)))).toMatchObject({ error: "#VALUE!" });
    expect(cell(() => toExcel(() => NaN))).toMatchObject({ error: "#VALUE!" });
  });

  it("maps an exception that is not an SroiError to #VALUE! with a general message", () => {
    const result = withDisplayLanguage(null, () =>
      cell(() =>
        toExcel(() => {
          throw new TypeError("x is undefined");
        }),
      ),
    );
    expect(result).toEqual({
      error: "#VALUE!",
      message: "The calculation could not be completed with these arguments; check that each one is a number or a range of numbers.",
    });
    expect(
      cell(() =>
        toExcel(() => {
          throw "a string";
        }),
      ),
    ).toMatchObject({ error: "#VALUE!" });
  });
});

describe("toExcelRow", () => {
  it("spills yearly values as one row", () => {
    expect(toExcelRow(() => [new Dec(1), new Dec("2.5"), new Dec(0)])).toEqual([[1, 2.5, 0]]);
  });

  it("answers #NUM! when any year is beyond a double", () => {
    expect(cell(() => toExcelRow(() => [new Dec(1), new Dec("1e309")]))).toMatchObject({ error: "#NUM!" });
  });
});

describe("excelError", () => {
  const cases: [string, SroiError, string][] = [
    ["VALUE", new SroiError("VALUE", { kind: "required", argument: "years" }), "#VALUE!"],
    ["NA", new SroiError("NA", { kind: "noPayback", years: 3 }), "#N/A"],
    ["DIV0", new SroiError("DIV0", { kind: "zeroInvestment", argument: "investment" }), "#DIV/0!"],
    ["NUM", new SroiError("NUM", { kind: "tooLarge" }), "#NUM!"],
  ];
  it.each(cases)("maps the core's %s to the Excel error", (_name, error, code) => {
    const mapped = excelError(error);
    expect(mapped).toBeInstanceOf(StubExcelError);
    expect(mapped.code).toBe(code);
  });

  it("writes the message in English without Office, and in Swedish when Office says sv-SE", () => {
    const error = new SroiError("NA", { kind: "noPayback", years: 3 });
    expect(withDisplayLanguage(null, () => excelError(error).message)).toBe("Does not pay back within 3 years.");
    expect(withDisplayLanguage("en-US", () => excelError(error).message)).toBe("Does not pay back within 3 years.");
    expect(withDisplayLanguage("sv-SE", () => excelError(error).message)).toBe("Återbetalas inte inom 3 år.");
  });
});

describe("displayLanguage", () => {
  it("is English when the runtime has no Office object (the JavaScript-only runtime)", () => {
    expect(withDisplayLanguage(null, displayLanguage)).toBe("en");
  });

  it("follows Office.context.displayLanguage when there is one", () => {
    expect(withDisplayLanguage("sv-SE", displayLanguage)).toBe("sv");
    expect(withDisplayLanguage("sv-FI", displayLanguage)).toBe("sv");
    expect(withDisplayLanguage("de-DE", displayLanguage)).toBe("en");
  });

  it("is English when Office exists but has no context yet", () => {
    const global = globalThis as Record<string, unknown>;
    global.Office = {};
    try {
      expect(displayLanguage()).toBe("en");
    } finally {
      delete global.Office;
    }
  });
});
