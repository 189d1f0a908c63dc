import fs from "fs";
import path from "path";
import zlib from "zlib";
import * as acorn from "acorn";
import { StubExcelError, cell } from "./excelStub";
import { EDGE_CASES, expectEdgeCase } from "./edgeCases";
import { EXAMPLES, expectExample } from "./examples";
import { generatedMetadata } from "./metadata";
import { BUNDLE, DIST, Sandbox, describeBuilt, loadBundle, readDist } from "./builtBundle";
import type { FunctionMetadata, FunctionsMetadata } from "../../src/functions/localizeMetadata";

/** The budget for dist/functions.js, gzipped. */
const BUDGET_BYTES = 25 * 1024;

describeBuilt("built custom functions (dist/functions.js, functions.json, functions-sv.json)", () => {
  let sandbox: Sandbox;
  let english: FunctionsMetadata;
  let swedish: FunctionsMetadata;
  const byId = (id: string): FunctionMetadata => english.functions.find((f) => f.id === id)!;
  const run = (id: string, args: readonly unknown[]) => cell(() => sandbox.call(id, args));

  beforeAll(() => {
    english = JSON.parse(readDist("functions.json"));
    swedish = JSON.parse(readDist("functions-sv.json"));
    sandbox = loadBundle();
  });

  describe("contract", () => {
    it("functions.json is what the generator makes of the current source", async () => {
      expect(english).toEqual((await generatedMetadata()).english);
    });

    it("associates every id in functions.json, each once, and nothing else", () => {
      expect([...sandbox.associations.keys()].sort()).toEqual(english.functions.map((f) => f.id).sort());
    });

    it("gives every function as many JavaScript parameters as the metadata lists, optional ones last", () => {
      for (const f of english.functions) {
        expect(sandbox.associations.get(f.id)!.length).toBe(f.parameters.length);
        const optional = f.parameters.map((p) => p.optional === true);
        expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
      }
    });

    it("answers #VALUE! naming the argument when a required one is left blank, and takes the default for an optional one", () => {
      sandbox.setDisplayLanguage(null);
      for (const f of english.functions) {
        const sample = EXAMPLES.find((e) => e.id === f.id)!;
        const full = f.parameters.map((_p, i) => (i < sample.args.length ? sample.args[i] : null));
        f.parameters.forEach((p, i) => {
          const withBlank = full.map((a, j) => (j === i ? null : a));
          const result = run(f.id, withBlank);
          if (p.optional) {
            expect(result).toHaveProperty("value");
          } else {
            expect(result).toMatchObject({ error: "#VALUE!" });
            expect((result as { message: string }).message).toContain(p.name);
          }
        });
      }
    });

    it("uses the metadata's shapes in the worked examples: matrices for ranges, scalars otherwise", () => {
      for (const example of EXAMPLES) {
        const parameters = byId(example.id).parameters;
        expect(example.args.length).toBeLessThanOrEqual(parameters.length);
        example.args.forEach((arg, i) => {
          if (arg === null) return;
          const matrix = Array.isArray(arg) && arg.every(Array.isArray);
          expect([example.id, parameters[i].name, matrix]).toEqual([
            example.id,
            parameters[i].name,
            parameters[i].dimensionality === "matrix",
          ]);
        });
      }
    });

    it.each(EXAMPLES.map((e) => [e.id, e.title, e] as const))("%s: %s", (_id, _title, example) => {
      const result = run(example.id, example.args);
      expect(result).toHaveProperty("value");
      expectExample((result as { value: unknown }).value, example);
    });

    it("maps the core's errors to Excel errors with messages in the display language", () => {
      sandbox.setDisplayLanguage(null);
      expect(run("RATIO", [[[100]], [[0]], null])).toEqual({
        error: "#DIV/0!",
        message: "investment is zero: a ratio needs an investment above 0.",
      });
      expect(run("PAYBACK", [[[2000]], [[400, 400]], null])).toEqual({ error: "#N/A", message: "Does not pay back within 2 years." });
      expect(run("VALUE", [1e308, 1, 0, 0, 0, 1e308, null, null, null])).toMatchObject({ error: "#NUM!" });
      sandbox.setDisplayLanguage("sv-SE");
      expect(run("PAYBACK", [[[2000]], [[400, 400]], null])).toEqual({ error: "#N/A", message: "Återbetalas inte inom 2 år." });
      sandbox.setDisplayLanguage(null);
    });

    it("answers odd values with Excel errors, never with an exception of its own", () => {
      const odd = [undefined, true, "text", new StubExcelError("#N/A"), {}, [], [[]], [[1, 2], [3]], NaN, Infinity, 1e308, -1e-308];
      for (const f of english.functions) {
        for (const value of odd) {
          const result = run(
            f.id,
            f.parameters.map(() => value),
          );
          if ("value" in result) expect(JSON.stringify(result.value)).not.toMatch(/null|NaN|Infinity/);
          else expect(result.message?.length).toBeGreaterThan(0);
        }
      }
    });
  });

  describe("edge cases of issue 11 §3 (tiny rates, spaces, noise, long text, error values)", () => {
    it.each(EDGE_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      sandbox.setDisplayLanguage(null);
      expectEdgeCase(c, run(c.id, c.args));
    });

    it("passes an error on with its Swedish name in the message", () => {
      sandbox.setDisplayLanguage("sv-SE");
      expect(run("RATIO", [[[100, new StubExcelError("#N/A")]], [[400]]])).toMatchObject({
        error: "#N/A",
        message: expect.stringContaining("#SAKNAS!"),
      });
      sandbox.setDisplayLanguage(null);
    });
  });

  describe("functions-sv.json", () => {
    it("has the same ids, parameter counts, types and optional flags as functions.json", () => {
      expect(swedish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
      swedish.functions.forEach((f, i) => {
        const strip = (m: FunctionMetadata) => m.parameters.map(({ name: _n, description: _d, ...rest }) => rest);
        expect(strip(f)).toEqual(strip(english.functions[i]));
        expect(f.name).not.toBe("");
      });
    });
  });

  describe("bundle", () => {
    const source = () => fs.readFileSync(BUNDLE, "utf8");

    it(`stays within ${BUDGET_BYTES / 1024} KB gzipped`, () => {
      const gzipped = zlib.gzipSync(source(), { level: 9 }).length;
      console.info(`dist/functions.js: ${source().length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES})`);
      expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
    });

    it("is ECMAScript 2016, which the JavaScript-only runtime of older Excel builds understands", () => {
      expect(() => acorn.parse(source(), { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    });

    it("holds only the core, the functions and decimal.js: no React, Fluent UI or templates", () => {
      expect(source()).not.toMatch(/react|@fluentui|fluentui/i);
      const map = JSON.parse(fs.readFileSync(path.join(DIST, "functions.js.map"), "utf8")) as { sources: string[] };
      const foreign = map.sources.filter(
        (s) => !/(^|\/)src\/(core|functions)\/|node_modules\/decimal\.js\/|webpack\/(bootstrap|runtime)/.test(s),
      );
      expect(foreign).toEqual([]);
    });
  });
});
