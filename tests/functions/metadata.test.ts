import { ARGUMENT_NAMES } from "../../src/core/argumentNames";
import { FunctionsMetadata, localizeMetadata } from "../../src/functions/localizeMetadata";
import { SWEDISH_FUNCTIONS, SwedishFunction } from "../../src/functions/metadataSv";
import { generatedMetadata, swedishMetadata } from "./metadata";
import { FUNCTIONS_BY_ID } from "./sourceFunctions";
import * as sources from "../../src/functions/functions";

const IDS = ["VALUE", "PROFILE", "ADJUST", "RATIO", "NETVALUE", "PAYBACK", "EFFECTSIZE", "ROSENBERG", "BREAKEVEN", "SIMULATE", "REAL"];
/** Excel's Insert Function dialog shows at most 255 characters of a description. */
const MAX_DESCRIPTION = 255;
const RANGES = new Set(["benefits", "investment", "answers", "index"]);
/** SROI.SIMULATE's first nine arguments take a range of three cells (low, likely, high). */
const isRange = (id: string, name: string, index: number): boolean => RANGES.has(name) || (id === "SIMULATE" && index < 9);

describe("generated metadata (custom-functions-metadata on src/functions/functions.ts)", () => {
  it("has no errors and exactly the eleven SROI functions, names equal to ids", async () => {
    const { errors, english } = await generatedMetadata();
    expect(errors).toEqual([]);
    expect(english.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  it("associates each id with the exported function of that id, taking as many arguments as it declares", async () => {
    const { english, associate } = await generatedMetadata();
    const exported = sources as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const { id, functionName } of associate) {
      expect(exported[functionName]).toBe(FUNCTIONS_BY_ID[id]);
      const parameters = english.functions.find((f) => f.id === id)!.parameters;
      expect(exported[functionName].length).toBe(parameters.length);
    }
    expect(associate.map((a) => a.id)).toEqual(IDS);
  });

  it("describes every function and argument briefly enough for Excel's dialog", async () => {
    for (const f of (await generatedMetadata()).english.functions) {
      expect((f.description ?? "").length).toBeGreaterThan(20);
      expect((f.description ?? "").length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  it("types every argument as any (so the core can answer wrong types with a message), ranges as matrices", async () => {
    for (const f of (await generatedMetadata()).english.functions) {
      f.parameters.forEach((p, i) => {
        expect(p.type).toBe("any");
        expect([f.id, p.name, p.dimensionality]).toEqual([f.id, p.name, isRange(f.id, p.name, i) ? "matrix" : undefined]);
      });
    }
  });

  it("puts optional arguments last and spills only SROI.PROFILE and SROI.SIMULATE", async () => {
    for (const f of (await generatedMetadata()).english.functions) {
      const optional = f.parameters.map((p) => p.optional === true);
      expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
      expect((f.result as { dimensionality?: string }).dimensionality).toBe(
        f.id === "PROFILE" || f.id === "SIMULATE" ? "matrix" : undefined,
      );
    }
  });
});

describe("Swedish metadata (functions-sv.json)", () => {
  it("covers the same ids with the same arguments, types and optional flags", async () => {
    const english = (await generatedMetadata()).english;
    const sv = await swedishMetadata();
    expect(sv.functions.map((f) => f.id)).toEqual(IDS);
    sv.functions.forEach((f, i) => {
      const en = english.functions[i];
      expect(f.parameters.map(({ name: _n, description: _d, ...rest }) => rest)).toEqual(
        en.parameters.map(({ name: _n, description: _d, ...rest }) => rest),
      );
      expect(f.result).toEqual(en.result);
    });
  });

  it("uses the core's Swedish argument names, so messages and formula UI agree", async () => {
    const english = (await generatedMetadata()).english;
    const sv = await swedishMetadata();
    sv.functions.forEach((f, i) => {
      expect(f.parameters.map((p) => p.name)).toEqual(english.functions[i].parameters.map((p) => ARGUMENT_NAMES[p.name].sv));
    });
  });

  it("has Swedish names that keep Ä and Å, and descriptions short enough for Excel", async () => {
    const sv = await swedishMetadata();
    expect(sv.functions.map((f) => f.name)).toEqual([
      "VÄRDE",
      "PROFIL",
      "JUSTERA",
      "KVOT",
      "NETTOVÄRDE",
      "ÅTERBETALNINGSTID",
      "EFFEKTSTORLEK",
      "ROSENBERG",
      "BRYTPUNKT",
      "SIMULERA",
      "FASTPRIS",
    ]);
    for (const f of sv.functions) {
      expect((f.description ?? "").length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });
});

describe("localizeMetadata", () => {
  const english: FunctionsMetadata = {
    functions: [
      {
        id: "RATIO",
        name: "RATIO",
        description: "Ratio.",
        parameters: [
          { name: "benefits", type: "any" },
          { name: "investment", type: "any" },
        ],
      },
    ],
  };
  const ratio: SwedishFunction = { name: "KVOT", description: "Kvot.", arguments: { benefits: "Nyttor.", investment: "Investering." } };

  it("merges names, descriptions and argument names and keeps everything else", () => {
    const { metadata, problems } = localizeMetadata(english, { RATIO: ratio });
    expect(problems).toEqual([]);
    expect(metadata).toEqual({
      functions: [
        {
          id: "RATIO",
          name: "KVOT",
          description: "Kvot.",
          parameters: [
            { name: "nyttor", description: "Nyttor.", type: "any" },
            { name: "investering", description: "Investering.", type: "any" },
          ],
        },
      ],
    });
  });

  it("reports a function without a Swedish entry and an entry without a function", () => {
    expect(localizeMetadata(english, {}).problems).toEqual(["RATIO: has no Swedish entry"]);
    expect(localizeMetadata(english, { RATIO: ratio, RATE: ratio }).problems).toEqual([
      "RATE: has a Swedish entry but no such function exists",
    ]);
  });

  it("reports missing and unknown argument descriptions", () => {
    const problems = localizeMetadata(english, { RATIO: { ...ratio, arguments: { benefits: "Nyttor.", rate: "Ränta." } } }).problems;
    expect(problems).toEqual([
      "RATIO: Swedish description for unknown argument rate",
      "RATIO: argument investment has no Swedish description",
    ]);
  });

  it("reports an argument the core has no Swedish name for", () => {
    const unnamed: FunctionsMetadata = { functions: [{ id: "X", name: "X", parameters: [{ name: "mystery" }] }] };
    expect(localizeMetadata(unnamed, { X: { name: "XX", description: "X.", arguments: { mystery: "?" } } }).problems).toEqual([
      "X: argument mystery has no Swedish name in ARGUMENT_NAMES",
    ]);
  });

  it("reports display names Excel would reject and duplicates", () => {
    expect(localizeMetadata(english, { RATIO: { ...ratio, name: "SROI KVOT" } }).problems).toEqual([
      'RATIO: "SROI KVOT" is not a valid display name',
    ]);
    const two: FunctionsMetadata = { functions: [english.functions[0], { ...english.functions[0], id: "NETVALUE" }] };
    expect(localizeMetadata(two, { RATIO: ratio, NETVALUE: { ...ratio, name: "kvot" } }).problems).toEqual([
      "NETVALUE: Swedish name kvot is also used by RATIO",
    ]);
  });

  it("accepts the project's Swedish data as a whole", async () => {
    expect(localizeMetadata((await generatedMetadata()).english, SWEDISH_FUNCTIONS).problems).toEqual([]);
  });
});
