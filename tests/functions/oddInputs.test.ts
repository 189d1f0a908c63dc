import fc from "fast-check";
import { ERROR_CODES, StubExcelError, withDisplayLanguage } from "./excelStub";
import { FUNCTIONS_BY_ID } from "./sourceFunctions";

/**
 * However odd the arguments, a custom function either returns finite numbers or throws a
 * CustomFunctions.Error with a message; it never throws anything else and never returns NaN or
 * ±Infinity.
 */

const oddScalar = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 100, 1e308, -1e308, 1e-308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(null, undefined, "", " ", "abc", "0.25", "#N/A", true, false),
  fc.constantFrom(new StubExcelError("#N/A"), new StubExcelError("#DIV/0!"), new StubExcelError("#VALUE!", "from a cell")),
  fc.constantFrom({}, { type: "Entity", text: "x", basicValue: "#VALUE!" }, Object.create(null), [], [[]], () => 1),
);

const oddRange = fc.oneof(
  fc.array(fc.array(oddScalar, { maxLength: 4 }), { maxLength: 4 }), // ragged or rectangular
  fc.array(oddScalar, { maxLength: 4 }), // one-dimensional
  fc.array(fc.array(fc.array(oddScalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }), // three levels
);

const oddArgument = fc.oneof(oddScalar, oddRange);

/** Numbers that pass validation more often: shares, small whole numbers and extremes. */
const plausibleNumber = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: -0.99, max: 0.99, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(1e308, 1e-308, 5e-324, 1e15, 1e-15, 0.9999999999999999, -0.9999999999999999),
);
const plausibleArgument = fc.oneof(
  plausibleNumber,
  fc.array(plausibleNumber, { minLength: 1, maxLength: 5 }).map((row) => [row]),
  fc.array(plausibleNumber, { minLength: 1, maxLength: 5 }).map((column) => column.map((v) => [v])),
  fc.constant(null),
);

const CODES = new Set<string>(Object.values(ERROR_CODES));

function expectCellResult(result: unknown): void {
  if (Array.isArray(result)) {
    for (const row of result) for (const value of row as unknown[]) expect(Number.isFinite(value)).toBe(true);
  } else {
    expect(Number.isFinite(result)).toBe(true);
  }
}

describe.each(Object.keys(FUNCTIONS_BY_ID))("SROI.%s with odd arguments", (id) => {
  const fn = FUNCTIONS_BY_ID[id] as (...args: unknown[]) => unknown;

  it.each([
    ["English", null],
    ["Swedish", "sv-SE"],
  ])("returns finite numbers or an Excel error with a message (%s)", (_l, locale) => {
    fc.assert(
      fc.property(fc.array(oddArgument, { maxLength: fn.length + 2 }), (args) => {
        withDisplayLanguage(locale, () => {
          try {
            expectCellResult(fn(...args));
          } catch (error) {
            expect(error).toBeInstanceOf(StubExcelError);
            expect(CODES.has((error as StubExcelError).code)).toBe(true);
            expect((error as StubExcelError).message.length).toBeGreaterThan(0);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("returns finite numbers or an Excel error for plausible but extreme numbers", () => {
    fc.assert(
      fc.property(fc.array(plausibleArgument, { minLength: Math.max(0, fn.length - 3), maxLength: fn.length }), (args) => {
        try {
          expectCellResult(fn(...args));
        } catch (error) {
          expect(error).toBeInstanceOf(StubExcelError);
          expect(CODES.has((error as StubExcelError).code)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
