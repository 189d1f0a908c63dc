import fc from "fast-check";
import { AnalysisSettings, analyse } from "../../../src/core/analysis";
import { Dec } from "../../../src/core/decimal";
import { SroiError } from "../../../src/core/errors";
import { readImpactMap } from "../../../src/templates/impactMap/read/impactRead";
import { fromWire, toWire } from "../../../src/taskpane/analysisWorker/wire";
import { exampleCells } from "../analysisWriter";

/**
 * Decimals crossing to and from the worker: as { $dec: digits }, plain data that structured clone
 * copies, and back to the very same decimal (all 40 digits, any exponent, the sign of zero); the
 * core's errors as { $error: { code, detail } }.
 */

const d = (v: string) => new Dec(v);

describe("toWire / fromWire", () => {
  it("writes a decimal as its full digits and reads it back", () => {
    expect(toWire({ a: d("1234.5678901234567890123456789012345678"), b: [d("-0.1"), 3, "x", null], c: undefined })).toEqual({
      a: { $dec: "1234.5678901234567890123456789012345678" },
      b: [{ $dec: "-0.1" }, 3, "x", null],
      c: undefined,
    });
    // Decimal switches to exponent notation below 1e-30 and from 1e40 (the core's toExpNeg/toExpPos).
    expect(toWire([d("1e-31"), d("1e40")])).toEqual([{ $dec: "1e-31" }, { $dec: "1e+40" }]);
    expect(toWire(d("-0"))).toEqual({ $dec: "-0" });
    expect(fromWire<Dec[]>([{ $dec: "1e-31" }, { $dec: "-0" }]).map((v) => [v.toString(), v.isNegative()])).toEqual([
      ["1e-31", false],
      ["0", true],
    ]);
  });

  it("gives back every decimal exactly, through a structured clone (property)", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,39}$/), fc.integer({ min: -60, max: 60 }))
      .map(([negative, digits, exponent]) => d(`${negative ? "-" : ""}${digits}e${exponent}`));
    fc.assert(
      fc.property(fc.array(fc.oneof(decimal, fc.constant(d("-0"))), { maxLength: 8 }), (values) => {
        const back = fromWire<Dec[]>(structuredClone(toWire(values)));
        expect(back.map((v) => v.valueOf())).toEqual(values.map((v) => v.valueOf()));
        expect(back.every((v, i) => v instanceof Dec && v.eq(values[i]))).toBe(true);
      }),
    );
  });

  it("carries a whole analysis of the example there and back unchanged", () => {
    const read = readImpactMap(exampleCells());
    if (!read.ok) throw new Error("the example does not read");
    const settings: AnalysisSettings = {
      step: { kind: "relative", size: d("0.1") },
      steps: {},
      monteCarlo: { runs: 200, seed: 7, distribution: "triangular", bins: 10, spreads: { proxy: { down: d("0.2"), up: d("0.3") } } },
    };
    const result = analyse(
      read.map.rows.map((r) => r.row),
      read.map.rate,
      read.map.investment,
      settings,
    );
    const wired = structuredClone(toWire(result));
    expect(JSON.stringify(wired)).not.toContain('"d":[');
    expect(fromWire(wired)).toEqual(result);
  });

  it("carries an SroiError as its code and detail, decimals in the detail included", () => {
    const error = new SroiError("VALUE", { kind: "outOfRange", argument: "deadweight", given: d("1.5"), allowed: { min: 0, max: 1 } });
    const wired = structuredClone(toWire({ skipped: [{ sheetRow: 7, error }] }));
    expect(wired).toEqual({
      skipped: [
        {
          sheetRow: 7,
          error: {
            $error: {
              code: "VALUE",
              detail: { kind: "outOfRange", argument: "deadweight", given: { $dec: "1.5" }, allowed: { min: 0, max: 1 } },
            },
          },
        },
      ],
    });
    const back = fromWire<{ skipped: { sheetRow: number; error: SroiError }[] }>(wired).skipped[0].error;
    expect(back).toBeInstanceOf(SroiError);
    expect([back.code, back.detail, back.message]).toEqual([error.code, error.detail, error.message]);
  });

  it("leaves a user's text that looks like a wire decimal's key alone unless it is exactly one", () => {
    expect(fromWire<unknown>({ $dec: "1", note: "x" })).toEqual({ $dec: "1", note: "x" });
    expect(fromWire<unknown>({ name: "$dec" })).toEqual({ name: "$dec" });
  });
});
