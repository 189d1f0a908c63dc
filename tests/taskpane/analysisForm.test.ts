import { ASSUMPTIONS, AnalysisSettings, MAX_SEED, Spread } from "../../src/core/analysis";
import { Dec } from "../../src/core/decimal";
import { SroiError } from "../../src/core/errors";
import {
  AnalysisForm,
  chosenAnalysis,
  chosenMap,
  initialAnalysisForm,
  randomSeed,
  readAnalysisForm,
  settingsErrorField,
  withSpread,
  withStep,
} from "../../src/taskpane/analysisForm";
import { ANALYSIS_STRINGS } from "../../src/taskpane/analysisStrings";
import type { Sources } from "../../src/workbook/ports";

/** The analysis panel's form: defaults, every field's rule and message in both languages, and the settings it becomes. */

const MAPS: Sources = {
  impactMaps: [
    { table: "SroiImpactMap", sheet: "Effektkarta" },
    { table: "SroiImpactMap_2", sheet: "Effektkarta (2)" },
  ],
  beforeAfter: [],
  analyses: [
    { table: "SroiAnalysisInputs", sheet: "Analys" },
    { table: "SroiAnalysisInputs_2", sheet: "Analys (2)" },
  ],
};
const NBSP = "\u00a0";
const good = initialAnalysisForm(42);

/** Settings with every decimal as its exact string, to compare with toEqual. */
function plain(settings: AnalysisSettings): unknown {
  const spread = (s: Spread) => (s instanceof Dec ? s.toString() : { down: s.down.toString(), up: s.up.toString() });
  return {
    step: { kind: settings.step.kind, size: settings.step.size.toString() },
    steps: Object.fromEntries(Object.entries(settings.steps).map(([a, s]) => [a, { kind: s.kind, size: s.size.toString() }])),
    monteCarlo: settings.monteCarlo && {
      ...settings.monteCarlo,
      spreads: Object.fromEntries(Object.entries(settings.monteCarlo.spreads).map(([a, s]) => [a, spread(s as Spread)])),
    },
    ranges: settings.ranges && {
      ...settings.ranges,
      spreads: Object.fromEntries(Object.entries(settings.ranges.spreads).map(([a, s]) => [a, spread(s as Spread)])),
    },
  };
}

function settingsOf(form: AnalysisForm): AnalysisSettings {
  const reading = readAnalysisForm(form, MAPS, "en");
  if (!reading.ok) throw new Error(`unexpected problems: ${JSON.stringify(reading.problems)}`);
  return reading.request.settings;
}

function problemsOf(form: AnalysisForm, language: "en" | "sv" = "en"): Record<string, string> {
  const reading = readAnalysisForm(form, MAPS, language);
  return reading.ok ? {} : reading.problems;
}

describe("initialAnalysisForm", () => {
  it("opens with a 10 % step, no own steps, the Monte Carlo on with 5 000 runs, the seed shown, 20 intervals and a new sheet", () => {
    expect(good).toMatchObject({
      map: "",
      step: "10",
      monteCarlo: true,
      runs: "5000",
      seed: "42",
      distribution: "triangular",
      bins: "20",
      target: "new",
      refresh: "",
    });
    for (const a of ASSUMPTIONS) expect(good.steps[a]).toEqual({ kind: "relative", size: "" });
  });

  it("opens with no low or high typed (each row's evidence grade sets them) and the tornado moving to them", () => {
    for (const a of ASSUMPTIONS) expect(good.spreads[a]).toEqual({ low: "", high: "" });
    expect(good.tornado).toBe("ranges");
  });
});

describe("randomSeed", () => {
  it("maps the generator's [0, 1) onto the whole seeds 0 … MAX_SEED", () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.5)).toBe(2147483648);
    expect(randomSeed(() => 1 - 2 ** -53)).toBe(MAX_SEED);
  });
});

describe("readAnalysisForm", () => {
  describe("conversion to settings", () => {
    it("turns the defaults into exact fractions, with every spread from the evidence grades and the tornado to them", () => {
      expect(plain(settingsOf(good))).toEqual({
        step: { kind: "relative", size: "0.1" },
        steps: {},
        monteCarlo: { runs: 5000, seed: 42, distribution: "triangular", bins: 20, spreads: {} },
        ranges: { spreads: {}, fromGrades: true, tornado: true },
      });
      expect(settingsOf({ ...good, tornado: "step" }).ranges).toEqual({ spreads: {}, fromGrades: true, tornado: false });
    });

    it("gives a typed low and high to the tornado's ranges and the Monte Carlo alike", () => {
      const settings = settingsOf(withSpread(good, "proxy", { low: "5", high: "15" }));
      const proxy = { down: new Dec("0.05"), up: new Dec("0.15") };
      expect(settings.ranges?.spreads).toEqual({ proxy });
      expect(settings.monteCarlo?.spreads).toEqual({ proxy });
    });

    it.each([
      ["deadweight", "absolute", "5", "0.05"],
      ["discount_rate", "absolute", "0,5", "0.005"],
      ["drop_off", "absolute", "12.5 %", "0.125"],
      ["years", "absolute", "2", "2"],
      ["proxy", "absolute", "1 500", "1500"],
      ["quantity", "absolute", "2,5", "2.5"],
      ["proxy", "relative", "15", "0.15"],
      ["years", "relative", "50", "0.5"],
    ] as const)("takes an own %s step, %s, typed %j, as %s", (assumption, kind, size, expected) => {
      expect(settingsOf(withStep(good, assumption, { kind, size })).steps).toEqual({ [assumption]: { kind, size: new Dec(expected) } });
      expect(settingsOf(withStep(good, assumption, { kind, size })).steps[assumption]?.size.toString()).toBe(expected);
    });

    it("accepts a step typed as 10, 10,5, 10.5, with spaces or a % sign", () => {
      for (const [typed, size] of [
        ["10", "0.1"],
        ["10,5", "0.105"],
        ["10.5", "0.105"],
        [" 7 ", "0.07"],
        ["7 %", "0.07"],
        [",5", "0.005"],
        ["100", "1"],
      ]) {
        expect(settingsOf({ ...good, step: typed }).step.size.toString()).toBe(size);
      }
    });

    it("keeps an asymmetric low and high, and leaves an assumption with both blank to its grades", () => {
      const form = withSpread(withSpread(good, "proxy", { low: "12,5", high: "30" }), "quantity", { low: "", high: "" });
      const spreads = settingsOf(form).monteCarlo?.spreads ?? {};
      expect(spreads.proxy).toEqual({ down: new Dec("0.125"), up: new Dec("0.3") });
      expect("quantity" in spreads).toBe(false);
      expect(settingsOf(withSpread(good, "years", { low: "0", high: "1000" })).monteCarlo?.spreads.years).toEqual({
        down: new Dec(0),
        up: new Dec(10),
      });
    });

    it("reads runs, seed and intervals as whole numbers, with digits grouped by spaces", () => {
      const mc = settingsOf({ ...good, runs: "100 000", seed: String(MAX_SEED), bins: "5", distribution: "pert" }).monteCarlo;
      expect(mc).toMatchObject({ runs: 100000, seed: MAX_SEED, bins: 5, distribution: "pert" });
      expect(settingsOf({ ...good, runs: "100", seed: "0", bins: "100" }).monteCarlo).toMatchObject({ runs: 100, seed: 0, bins: 100 });
    });

    it("has no Monte Carlo when it is switched off, and then ignores its fields (the spreads too when the tornado moves by steps)", () => {
      const off: AnalysisForm = {
        ...good,
        monteCarlo: false,
        tornado: "step",
        runs: "many",
        seed: "",
        bins: "0",
        spreads: { ...good.spreads, proxy: { low: "x", high: "" } },
      };
      expect(readAnalysisForm(off, MAPS, "en")).toMatchObject({ ok: true, request: { settings: { monteCarlo: null } } });
      expect(problemsOf({ ...off, tornado: "ranges" })).toEqual({
        "low.proxy": "Enter a percentage from 0 to 100 (you entered x).",
        "high.proxy": "Enter both low and high, or leave both blank to take the spread from each row's evidence grade.",
      });
    });
  });

  describe("the impact map and where to write", () => {
    it("uses the map chosen, or the first listed when the chosen one is gone", () => {
      const request = (form: AnalysisForm) => {
        const reading = readAnalysisForm(form, MAPS, "en");
        return reading.ok ? reading.request : undefined;
      };
      expect(request({ ...good, map: "SroiImpactMap_2" })?.map).toEqual({ table: "SroiImpactMap_2", sheet: "Effektkarta (2)" });
      expect(request({ ...good, map: "SroiImpactMap_9" })?.map).toEqual({ table: "SroiImpactMap", sheet: "Effektkarta" });
      expect(request(good)?.replace).toBeUndefined();
      expect(request({ ...good, target: "refresh", refresh: "SroiAnalysisInputs_2" })?.replace).toEqual({
        table: "SroiAnalysisInputs_2",
        sheet: "Analys (2)",
      });
      expect(request({ ...good, target: "refresh", refresh: "gone" })?.replace).toEqual({ table: "SroiAnalysisInputs", sheet: "Analys" });
    });

    it("asks for a map when there is none, and for the sheet to refresh when there is none to refresh", () => {
      const none: Sources = { impactMaps: [], beforeAfter: [], analyses: [] };
      expect(readAnalysisForm(good, none, "en")).toEqual({ ok: false, problems: { map: "Choose an impact map." } });
      expect(readAnalysisForm({ ...good, target: "refresh" }, none, "sv")).toEqual({
        ok: false,
        problems: { map: "Välj en effektkarta.", refresh: "Välj analysbladet som ska uppdateras." },
      });
    });

    it("chooses among the listed maps and analyses", () => {
      expect(chosenMap({ ...good, map: "SroiImpactMap_2" }, MAPS.impactMaps)?.sheet).toBe("Effektkarta (2)");
      expect(chosenMap(good, [])).toBeUndefined();
      expect(chosenAnalysis({ ...good, refresh: "SroiAnalysisInputs_2" }, MAPS.analyses)?.sheet).toBe("Analys (2)");
    });
  });

  describe("problems per field", () => {
    it.each([
      [
        "",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5.",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5.",
      ],
      [
        "0",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered 0).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev 0).",
      ],
      [
        "100,5",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered 100,5).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev 100,5).",
      ],
      [
        "ten",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered ten).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev ten).",
      ],
      [
        "1,000.5",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered 1,000.5).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev 1,000.5).",
      ],
      [
        "-5",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered -5).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev -5).",
      ],
    ])("refuses a step of %j", (step, en, sv) => {
      expect(problemsOf({ ...good, step })).toEqual({ step: en });
      expect(problemsOf({ ...good, step }, "sv")).toEqual({ step: sv });
    });

    it.each([
      [
        "deadweight",
        "absolute",
        "101",
        "Enter percentage points above 0 and at most 100, such as 5 (you entered 101).",
        "Ange procentenheter över 0 och högst 100, till exempel 5 (du skrev 101).",
      ],
      [
        "years",
        "absolute",
        "1,5",
        "Enter a whole number of years from 1 to 99 (you entered 1,5).",
        "Ange ett helt antal år från 1 till 99 (du skrev 1,5).",
      ],
      [
        "years",
        "absolute",
        "100",
        "Enter a whole number of years from 1 to 99 (you entered 100).",
        "Ange ett helt antal år från 1 till 99 (du skrev 100).",
      ],
      [
        "proxy",
        "absolute",
        "0",
        "Enter an amount above 0, such as 1000 (you entered 0).",
        "Ange ett belopp över 0, till exempel 1000 (du skrev 0).",
      ],
      [
        "proxy",
        "absolute",
        "5 %",
        "Enter an amount above 0, such as 1000 (you entered 5 %).",
        "Ange ett belopp över 0, till exempel 1000 (du skrev 5 %).",
      ],
      ["quantity", "absolute", "-2", "Enter a number of people above 0 (you entered -2).", "Ange ett antal personer över 0 (du skrev -2)."],
      [
        "proxy",
        "relative",
        "0",
        "Enter a percentage above 0 and at most 100, such as 10 or 12.5 (you entered 0).",
        "Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5 (du skrev 0).",
      ],
    ] as const)("refuses an own %s step (%s) of %j", (assumption, kind, size, en, sv) => {
      const form = withStep(good, assumption, { kind, size });
      expect(problemsOf(form)).toEqual({ [`step.${assumption}`]: en });
      expect(problemsOf(form, "sv")).toEqual({ [`step.${assumption}`]: sv });
    });

    it.each([
      [
        "runs",
        "99",
        "Enter a whole number of runs from 100 to 100,000 (you entered 99).",
        `Ange ett helt antal körningar från 100 till 100${NBSP}000 (du skrev 99).`,
      ],
      [
        "runs",
        "100 001",
        "Enter a whole number of runs from 100 to 100,000 (you entered 100 001).",
        `Ange ett helt antal körningar från 100 till 100${NBSP}000 (du skrev 100 001).`,
      ],
      [
        "runs",
        "500,5",
        "Enter a whole number of runs from 100 to 100,000 (you entered 500,5).",
        `Ange ett helt antal körningar från 100 till 100${NBSP}000 (du skrev 500,5).`,
      ],
      ["runs", "", "Enter a whole number of runs from 100 to 100,000.", `Ange ett helt antal körningar från 100 till 100${NBSP}000.`],
      [
        "seed",
        "4294967296",
        "Enter a whole number from 0 to 4,294,967,295 (you entered 4294967296).",
        `Ange ett heltal från 0 till 4${NBSP}294${NBSP}967${NBSP}295 (du skrev 4294967296).`,
      ],
      [
        "seed",
        "-1",
        "Enter a whole number from 0 to 4,294,967,295 (you entered -1).",
        `Ange ett heltal från 0 till 4${NBSP}294${NBSP}967${NBSP}295 (du skrev -1).`,
      ],
      ["bins", "4", "Enter a whole number from 5 to 100 (you entered 4).", "Ange ett heltal från 5 till 100 (du skrev 4)."],
      ["bins", "101", "Enter a whole number from 5 to 100 (you entered 101).", "Ange ett heltal från 5 till 100 (du skrev 101)."],
    ] as const)("refuses %s %j", (field, typed, en, sv) => {
      expect(problemsOf({ ...good, [field]: typed })).toEqual({ [field]: en });
      expect(problemsOf({ ...good, [field]: typed }, "sv")).toEqual({ [field]: sv });
    });

    it("refuses a low above 100 % and a high above 1 000 %", () => {
      expect(problemsOf(withSpread(good, "proxy", { low: "101", high: "20" }))).toEqual({
        "low.proxy": "Enter a percentage from 0 to 100 (you entered 101).",
      });
      expect(problemsOf(withSpread(good, "proxy", { low: "20", high: "1001" }), "sv")).toEqual({
        "high.proxy": `Ange en procentsats från 0 till 1${NBSP}000 (du skrev 1001).`,
      });
      expect(problemsOf(withSpread(good, "proxy", { low: "20", high: "abc" }))).toEqual({
        "high.proxy": "Enter a percentage from 0 to 1,000 (you entered abc).",
      });
    });

    it("needs both low and high, or neither (blank: the grades for a row assumption, fixed for the discount rate)", () => {
      expect(problemsOf(withSpread(good, "years", { low: "10" }))).toEqual({
        "high.years": "Enter both low and high, or leave both blank to take the spread from each row's evidence grade.",
      });
      expect(problemsOf(withSpread(good, "proxy", { high: "5" }), "sv")).toEqual({
        "low.proxy": "Ange både lågt och högt, eller lämna båda tomma för att ta spridningen från varje rads evidensgrad.",
      });
      expect(problemsOf(withSpread(good, "discount_rate", { low: "10" }))).toEqual({
        "high.discount_rate": "Enter both low and high, or leave both blank to keep the assumption fixed.",
      });
    });

    it("runs with no low or high typed at all: the grades give every row assumption one", () => {
      expect(problemsOf(good)).toEqual({});
      expect(problemsOf({ ...good, tornado: "step" }, "sv")).toEqual({});
    });

    it("reports every field at fault at once", () => {
      const form = withStep({ ...good, step: "", runs: "1", seed: "x", bins: "" }, "years", { kind: "absolute", size: "0" });
      expect(Object.keys(problemsOf(form)).sort()).toEqual(["bins", "runs", "seed", "step", "step.years"]);
    });
  });
});

describe("settingsErrorField", () => {
  it("puts the core's refusal of a step, runs, seed or intervals at that field, anything else on the form", () => {
    const error = (argument: string) => new SroiError("VALUE", { kind: "notInteger", argument, given: 0, allowed: { min: 1 } });
    expect(["step", "runs", "seed", "bins", "distribution", "proxy"].map((a) => settingsErrorField(error(a)))).toEqual([
      "step",
      "runs",
      "seed",
      "bins",
      undefined,
      undefined,
    ]);
    expect(settingsErrorField(new SroiError("NUM", { kind: "tooLarge" }))).toBeUndefined();
  });
});

describe("ANALYSIS_STRINGS", () => {
  it("has every text in both languages, in words of its own", () => {
    const keys = Object.keys(ANALYSIS_STRINGS.en) as (keyof typeof ANALYSIS_STRINGS.en)[];
    expect(Object.keys(ANALYSIS_STRINGS.sv).sort()).toEqual([...keys].sort());
    const shown = (v: unknown): string => (typeof v === "function" ? (v as (...a: unknown[]) => string)("3", "5", "9") : JSON.stringify(v));
    const same = keys.filter((k) => shown(ANALYSIS_STRINGS.en[k]) === shown(ANALYSIS_STRINGS.sv[k]));
    expect(same.sort()).toEqual(["p10", "p50", "p90", "pert"]);
    for (const language of ["en", "sv"] as const) {
      for (const k of keys) expect(shown(ANALYSIS_STRINGS[language][k])).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
  });
});
