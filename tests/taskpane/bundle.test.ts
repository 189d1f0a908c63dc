import fs from "fs";
import path from "path";
import zlib from "zlib";
import { DIST, describeBuilt } from "../functions/builtBundle";

/**
 * The pane's first screen loads dist/taskpane.js only: it stays within its budget, and the code of
 * the Analysis and Before/after tabs (the analysis core, the report builder, the readers) comes in
 * chunks of its own, fetched from the add-in's origin when a tab is first opened; the analysis
 * worker is a chunk of its own too.
 */

const BUDGET_BYTES = 200 * 1024;
const gzipped = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

describeBuilt("the taskpane bundle", () => {
  it(`loads at most ${BUDGET_BYTES / 1024} KB gzipped for the first screen`, () => {
    const size = gzipped(path.join(DIST, "taskpane.js"));
    const chunks = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => f.endsWith(".js"));
    const later = chunks.reduce((sum, f) => sum + gzipped(path.join(DIST, "chunks", f)), 0);
    console.info(
      `dist/taskpane.js: ${size} bytes gzipped (budget ${BUDGET_BYTES}); ${chunks.length} chunks for the later tabs: ${later} bytes gzipped`,
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

  it("builds the analysis worker as a chunk of its own, outside the first screen", () => {
    const map = JSON.parse(fs.readFileSync(path.join(DIST, "taskpane.js.map"), "utf8")) as { sources: string[] };
    expect(map.sources.filter((s) => /src\/taskpane\/analysisWorker\/(analysis\.worker|session|estimate|wire)\.ts$/.test(s))).toEqual([]);
    const worker = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => /^sroi-analysis\.[0-9a-f]{8}\.js$/.test(f));
    expect(worker).toHaveLength(1);
    const workerMap = JSON.parse(fs.readFileSync(path.join(DIST, "chunks", `${worker[0]}.map`), "utf8")) as { sources: string[] };
    expect(workerMap.sources.some((s) => s.endsWith("src/taskpane/analysisWorker/analysis.worker.ts"))).toBe(true);
  });
});
