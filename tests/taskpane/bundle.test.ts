import fs from "fs";
import path from "path";
import zlib from "zlib";
import { DIST, describeBuilt } from "../functions/builtBundle";

/**
 * The pane's first screen loads the scripts dist/taskpane.html names (dist/taskpane.js only): they
 * stay within their budget, and the code of the Analysis, Before/after and Check tabs (the analysis
 * core, the report builder, the readers) and of the unit-cost picker (the unit-cost library, its
 * texts, decimal.js) comes in chunks of their own, fetched from the add-in's origin when a tab is
 * first opened or, for the picker, right after the first paint; the analysis worker is a chunk of
 * its own too.
 */

/**
 * 148 800 bytes gzipped when the unit-cost picker became a chunk of its own (170 875 before), plus
 * about 10 % for growth: a larger first screen has to be chosen, not drifted into.
 */
const BUDGET_BYTES = 160 * 1024;
const gzipped = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The scripts of our own that dist/taskpane.html loads (office.js comes from Microsoft's CDN). */
function firstScreenScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** The source files a built script was made from, from its source map (webpack:// prefix removed). */
function sourcesOf(file: string): string[] {
  const map = JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
  return map.sources.map((s) => s.replace(/^webpack:\/\/[^/]*\//, ""));
}

const firstScreenSources = (): string[] => firstScreenScripts().flatMap((src) => sourcesOf(path.join(DIST, src)));

describeBuilt("the taskpane bundle", () => {
  it("loads dist/taskpane.js alone for the first screen", () => {
    expect(firstScreenScripts()).toEqual(["taskpane.js"]);
  });

  it(`loads at most ${BUDGET_BYTES / 1024} KB gzipped for the first screen`, () => {
    const size = firstScreenScripts().reduce((sum, src) => sum + gzipped(path.join(DIST, src)), 0);
    const chunks = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => f.endsWith(".js"));
    const later = chunks.reduce((sum, f) => sum + gzipped(path.join(DIST, "chunks", f)), 0);
    console.info(
      `first screen (${firstScreenScripts().join(", ")}): ${size} bytes gzipped (budget ${BUDGET_BYTES}); ${chunks.length} chunks for later: ${later} bytes gzipped`,
    );
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("leaves the analysis and before/after code out of the first screen", () => {
    const map = JSON.parse(fs.readFileSync(path.join(DIST, "taskpane.js.map"), "utf8")) as { sources: string[] };
    const later = map.sources.filter((s) =>
      /src\/(templates\/analysis|core\/analysis\/(tornado|breakEven|monteCarlo)|taskpane\/(runAnalysis|beforeAfterCheck)|writers\/excel\/(writeAnalysis|readImpactMap|readBeforeAfter))\.tsx?$|src\/templates\/analysis\//.test(
        s,
      ),
    );
    expect(later).toEqual([]);
  });

  it("leaves the unit-cost picker, its library and decimal.js out of the first screen, in a chunk of their own", () => {
    const picker =
      /src\/(core\/prices\/(unitCostLibrary|librarySearch|libraryText)|taskpane\/(unitCostStrings|useUnitCostInsert|numberFormat|components\/unitCosts\/UnitCost\w+))\.tsx?$|node_modules\/decimal\.js\//;
    expect(firstScreenSources().filter((s) => picker.test(s))).toEqual([]);
    // The first screen holds what stands in for the picker until it comes.
    expect(firstScreenSources()).toContain("./src/taskpane/components/unitCosts/LazyUnitCostPicker.tsx");
    const chunks = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => /^unit-costs\.[0-9a-f]{8}\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const sources = sourcesOf(path.join(DIST, "chunks", chunks[0]));
    expect(sources).toEqual(
      expect.arrayContaining([
        "./src/taskpane/components/unitCosts/UnitCostPicker.tsx",
        "./src/core/prices/unitCostLibrary.ts",
        "./src/taskpane/unitCostStrings.ts",
      ]),
    );
  });

  it("builds the analysis worker as a chunk of its own, outside the first screen", () => {
    const map = JSON.parse(fs.readFileSync(path.join(DIST, "taskpane.js.map"), "utf8")) as { sources: string[] };
    expect(map.sources.filter((s) => /src\/taskpane\/analysisWorker\/(analysis\.worker|session|estimate|wire)\.ts$/.test(s))).toEqual([]);
    const worker = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => /^sroi-analysis\.[0-9a-f]{8}\.js$/.test(f));
    expect(worker).toHaveLength(1);
    const workerMap = JSON.parse(fs.readFileSync(path.join(DIST, "chunks", `${worker[0]}.map`), "utf8")) as { sources: string[] };
    expect(workerMap.sources.some((s) => s.endsWith("src/taskpane/analysisWorker/analysis.worker.ts"))).toBe(true);
  });
});
