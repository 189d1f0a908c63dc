import { AnalysisSettings, analyse } from "../../src/core/analysis";
import { Dec } from "../../src/core/decimal";
import { readImpactMap } from "../../src/templates/impactMap/read/impactRead";
import type { SheetSpec } from "../../src/templates/kit/model";
import { RunOutcome, RunProgress, formatReadAt, runAnalysis } from "../../src/taskpane/runAnalysis";
import { inProcessChannel } from "../../src/taskpane/analysisWorker/inProcess";
import type { AnalysisChannel, AnalysisWorkerFactory } from "../../src/taskpane/analysisWorker/protocol";
import type { RunEstimate } from "../../src/taskpane/analysisWorker/estimate";
import { exampleCells, fakeAnalysisWriter } from "./analysisWriter";

/**
 * The pane's run procedure against an in-memory writer holding the impact-map template's worked
 * example: read → check → fixed part and Monte Carlo in the worker's session (in-process here,
 * behind the same channel), with progress, cancel and the question before a long run → build →
 * write, and every problem passed through without writing.
 */

const d = (v: string) => new Dec(v);
const SETTINGS: AnalysisSettings = {
  step: { kind: "relative", size: d("0.1") },
  steps: { deadweight: { kind: "absolute", size: d("0.05") } },
  monteCarlo: {
    runs: 450,
    seed: 20261201,
    distribution: "pert",
    bins: 12,
    spreads: { proxy: { down: d("0.2"), up: d("0.3") }, outcome_rate: d("0.1") },
  },
};
const NOW = () => new Date(2026, 11, 1, 9, 5);
const fast = { now: NOW };

/** A clock that moves `step` ms each time it is read, so slices and estimates are the same on every machine. */
function ticking(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

/** The worker's session in-process with a ticking clock; counts the channels opened. */
function workers(step = 1) {
  const opened: AnalysisChannel[] = [];
  const factory: AnalysisWorkerFactory = () => {
    const channel = inProcessChannel({ now: ticking(step) });
    opened.push(channel);
    return channel;
  };
  return { factory, opened };
}

/** The analysis the core gives for the example, in one go. */
function coreAnalysis(settings = SETTINGS) {
  const read = readImpactMap(exampleCells());
  if (!read.ok) throw new Error("the example does not read");
  return analyse(
    read.map.rows.map((r) => r.row),
    read.map.rate,
    read.map.investment,
    settings,
  );
}

/** Column A labels → the values beside them, for every row so labelled. */
function rowsLabelled(spec: SheetSpec, label: string): unknown[][] {
  return spec.grid.filter((row) => row[0]?.value === label).map((row) => row.slice(1).map((cell) => cell?.value ?? null));
}

function written(outcome: RunOutcome): Extract<RunOutcome, { kind: "written" }> {
  if (outcome.kind !== "written") throw new Error(`expected a written analysis, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("runAnalysis", () => {
  describe("a run that writes", () => {
    it("reads the chosen table, reports each step and every slice of the Monte Carlo, then writes once", async () => {
      const writer = fakeAnalysisWriter();
      const progress: RunProgress[] = [];
      // The clock moves 1 ms a read, so a slice of k runs "takes" 1 ms and the next is 4k (at most
      // 4×, aiming at 50 ms): 1, 4, 16, 64, 256, then the 109 left of 450.
      const { factory } = workers(1);
      const outcome = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
        { ...fast, worker: factory, onProgress: (p) => progress.push(p) },
      );
      expect(writer.reads).toEqual(["SroiImpactMap"]);
      expect(progress).toEqual([
        { step: "reading" },
        { step: "computing" },
        ...[0, 1, 5, 21, 85, 341, 450].map((done) => ({ step: "simulating", done, total: 450 })),
        { step: "writing" },
      ]);
      expect(writer.writes).toHaveLength(1);
      expect(written(outcome)).toMatchObject({ sheet: "Analys", replaced: false, currency: "kr" });
    });

    it("asks for a new sheet named in the pane's language, in the map's currency (kr when it has none)", async () => {
      const writer = fakeAnalysisWriter();
      await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, language: "en" }, fast);
      const cells = exampleCells();
      const sek = { ...cells, belowFormats: cells.below.map((row) => row.map(() => '#,##0 "SEK"')) };
      const other = fakeAnalysisWriter({ maps: { SroiImpactMap: sek } });
      await runAnalysis(other, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, fast);
      expect([writer.writes[0].preferredName, writer.writes[0].currency, "replace" in writer.writes[0]]).toEqual(["Analysis", "kr", false]);
      expect([other.writes[0].preferredName, other.writes[0].currency]).toEqual(["Analys", "SEK"]);
    });

    it("builds the sheet for the final name with the figures the core computes, however the runs are sliced", async () => {
      const writer = fakeAnalysisWriter({ sheets: ["Analys"] });
      const outcome = written(
        await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, { ...fast, worker: workers(3).factory }),
      );
      const core = coreAnalysis();
      const [report] = writer.built;
      expect([outcome.sheet, report.sheet.name]).toEqual(["Analys (2)", "Analys (2)"]);
      const ratios = rowsLabelled(report.sheet, "SROI-kvot");
      expect(ratios[0][0]).toBe(core.base.ratio?.toNumber());
      const mc = core.monteCarlo!;
      expect(ratios[1].slice(0, 4)).toEqual([mc.ratio!.mean, mc.ratio!.p10, mc.ratio!.p50, mc.ratio!.p90].map((v) => v.toNumber()));
      expect(outcome.result.tornado.bars.map((b) => [b.assumption, b.ratioSwing?.toString()])).toEqual(
        core.tornado.bars.map((b) => [b.assumption, b.ratioSwing?.toString()]),
      );
      expect(outcome.result.monteCarlo?.probabilityRatioBelowOne?.toString()).toBe(mc.probabilityRatioBelowOne?.toString());
      expect(report.charts.map((c) => c.name)).toContain("SroiChartHistogram");
    });

    it("records when the map was read, in local time", async () => {
      const writer = fakeAnalysisWriter();
      await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, language: "en" }, fast);
      const cells = writer.built[0].sheet.grid.flat().map((cell) => cell?.value);
      expect(cells).toContain("2026-12-01 09:05");
    });

    it("refreshes the sheet asked for", async () => {
      const writer = fakeAnalysisWriter({ analyses: [{ table: "SroiAnalysisInputs", sheet: "Min analys" }] });
      const outcome = written(
        await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, replace: "Min analys", language: "sv" }, fast),
      );
      expect(writer.writes[0].replace).toBe("Min analys");
      expect([outcome.sheet, outcome.replaced, writer.built[0].sheet.name]).toEqual(["Min analys", true, "Min analys"]);
    });

    it("runs no Monte Carlo when it is off", async () => {
      const writer = fakeAnalysisWriter();
      const progress: RunProgress["step"][] = [];
      const outcome = written(
        await runAnalysis(
          writer,
          { table: "SroiImpactMap", settings: { ...SETTINGS, monteCarlo: null }, language: "sv" },
          { ...fast, onProgress: (p) => progress.push(p.step) },
        ),
      );
      expect(progress).toEqual(["reading", "computing", "writing"]);
      expect(outcome.result.monteCarlo).toBeNull();
    });

    it("passes the rows that could not be read on, and analyses the others", async () => {
      const cells = exampleCells();
      const header = cells.header.map(String);
      const body = cells.body.map((row, i) => (i === 1 ? row.map((v, c) => (header[c] === "Dödvikt" ? "mycket" : v)) : row));
      const writer = fakeAnalysisWriter({ maps: { SroiImpactMap: { ...cells, body } } });
      const outcome = written(await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, fast));
      expect(outcome.map.skipped.map((s) => [s.sheetRow, s.column, s.error.detail.kind])).toEqual([
        [cells.headerRow + 2, "Dödvikt", "notNumber"],
      ]);
      expect(outcome.map.rows).toHaveLength(5);
    });
  });

  describe("cancel", () => {
    it("stops at once when aborted mid-simulation: no more progress, the worker terminated, nothing written", async () => {
      const writer = fakeAnalysisWriter();
      const controller = new AbortController();
      const { factory, opened } = workers(1);
      const progress: RunProgress[] = [];
      const outcome = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
        {
          ...fast,
          worker: factory,
          signal: controller.signal,
          onProgress: (p) => {
            progress.push(p);
            if (p.step === "simulating" && p.done >= 5) controller.abort();
          },
        },
      );
      expect(outcome).toEqual({ kind: "cancelled" });
      expect(progress.at(-1)).toEqual({ step: "simulating", done: 5, total: 450 });
      expect([opened.length, writer.writes.length]).toEqual([1, 0]);
      // Nothing more is heard once the run is over.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(progress.at(-1)).toEqual({ step: "simulating", done: 5, total: 450 });
    });

    it("stops after reading when cancelled meanwhile, before starting a worker", async () => {
      const writer = fakeAnalysisWriter();
      const controller = new AbortController();
      controller.abort();
      const { factory, opened } = workers();
      const progress: RunProgress["step"][] = [];
      const outcome = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
        { ...fast, worker: factory, signal: controller.signal, onProgress: (p) => progress.push(p.step) },
      );
      expect([outcome.kind, progress, opened.length, writer.writes.length]).toEqual(["cancelled", ["reading"], 0, 0]);
    });
  });

  describe("the worker", () => {
    it("computes through the worker it is given, the same figures as the core", async () => {
      const sent: string[] = [];
      const factory: AnalysisWorkerFactory = () => {
        const inner = inProcessChannel();
        return { ...inner, send: (message) => (sent.push(message.type), inner.send(message)) };
      };
      const outcome = written(
        await runAnalysis(
          fakeAnalysisWriter(),
          { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
          { ...fast, worker: factory },
        ),
      );
      expect(sent).toEqual(["start"]);
      expect(outcome.result.monteCarlo?.ratio?.p50.toString()).toBe(coreAnalysis().monteCarlo?.ratio?.p50.toString());
    });

    it("computes in-process when no worker starts, or when the worker fails before answering", async () => {
      const silentFailure: AnalysisWorkerFactory = () => ({
        send: () => undefined,
        receive: (_, failed) => void setTimeout(() => failed("AnalysisWorkerError"), 0),
        terminate: () => undefined,
      });
      for (const factory of [() => undefined, silentFailure]) {
        const outcome = written(
          await runAnalysis(
            fakeAnalysisWriter(),
            { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
            { ...fast, worker: factory },
          ),
        );
        expect(outcome.result.monteCarlo?.runs).toBe(450);
      }
    });

    it("reports a worker that fails mid-run as a problem, writing nothing", async () => {
      const writer = fakeAnalysisWriter();
      const crashing: AnalysisWorkerFactory = () => {
        const inner = inProcessChannel();
        return {
          ...inner,
          receive: (onMessage, failed) =>
            inner.receive(
              (message) => (onMessage(message), message.type === "progress" ? failed("AnalysisWorkerError") : undefined),
              failed,
            ),
        };
      };
      const outcome = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
        { ...fast, worker: crashing },
      );
      expect(outcome).toEqual({ kind: "writer", problem: { kind: "general", code: "AnalysisWorkerError" } });
      expect(writer.writes).toHaveLength(0);
    });
  });

  describe("a long Monte Carlo", () => {
    // The clock moves 10 s a read: the trial does one run in the 20 s between its first and last
    // reading, so one run of the example's 6 rows is estimated at 20 s (c = 20 000 / 6 ms), 450 runs
    // at 9 000 s, and 60 s / 20 s = 3 runs fit in a minute.
    const EXPECTED: RunEstimate = { rows: 6, runs: 450, msPerRowRun: 20_000 / 6, ms: 9_000_000, suggestedRuns: 3 };

    it("asks first, and runs the fewer runs chosen (recorded as the runs on the sheet)", async () => {
      const writer = fakeAnalysisWriter();
      const asked: RunEstimate[] = [];
      const outcome = written(
        await runAnalysis(
          writer,
          { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
          {
            ...fast,
            worker: workers(10_000).factory,
            onLongRun: (estimate) => (asked.push(estimate), Promise.resolve(estimate.suggestedRuns)),
          },
        ),
      );
      expect(asked).toHaveLength(1);
      expect(asked[0]).toEqual({ ...EXPECTED, msPerRowRun: expect.closeTo(EXPECTED.msPerRowRun, 9), ms: expect.closeTo(EXPECTED.ms, 3) });
      expect([outcome.settings.monteCarlo?.runs, outcome.result.monteCarlo?.runs]).toEqual([3, 3]);
      expect(outcome.result.monteCarlo?.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(3);
      // The same seed's first three runs: the core's result for three runs.
      expect(outcome.result.monteCarlo?.ratio?.mean.toString()).toBe(
        coreAnalysis({ ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, runs: 3 } }).monteCarlo?.ratio?.mean.toString(),
      );
    });

    it("goes on with every run, or stops writing nothing, as answered", async () => {
      const all = written(
        await runAnalysis(
          fakeAnalysisWriter(),
          { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
          { ...fast, worker: workers(10_000).factory, onLongRun: (e) => Promise.resolve(e.runs) },
        ),
      );
      expect(all.result.monteCarlo?.runs).toBe(450);
      const writer = fakeAnalysisWriter();
      const stopped = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
        { ...fast, worker: workers(10_000).factory, onLongRun: () => Promise.resolve(null) },
      );
      expect([stopped, writer.writes.length]).toEqual([{ kind: "cancelled" }, 0]);
    });

    it("asks nothing about a short run, or when the Monte Carlo is off", async () => {
      const asked: RunEstimate[] = [];
      const onLongRun = (estimate: RunEstimate) => (asked.push(estimate), Promise.resolve(null));
      // 1 ms a read: one run is estimated at a few ms, 450 runs at about a second.
      written(
        await runAnalysis(
          fakeAnalysisWriter(),
          { table: "SroiImpactMap", settings: SETTINGS, language: "sv" },
          { ...fast, worker: workers(1).factory, onLongRun },
        ),
      );
      written(
        await runAnalysis(
          fakeAnalysisWriter(),
          { table: "SroiImpactMap", settings: { ...SETTINGS, monteCarlo: null }, language: "sv" },
          { ...fast, worker: workers(10_000).factory, onLongRun },
        ),
      );
      expect(asked).toEqual([]);
    });
  });

  describe("problems", () => {
    it("passes the writer's read problem on", async () => {
      const writer = fakeAnalysisWriter();
      expect(await runAnalysis(writer, { table: "SroiImpactMap_7", settings: SETTINGS, language: "sv" }, fast)).toEqual({
        kind: "writer",
        problem: { kind: "tableMissing", name: "SroiImpactMap_7" },
      });
      expect(writer.writes).toHaveLength(0);
    });

    it("reports a map that cannot be read, without writing", async () => {
      const cells = exampleCells();
      const writer = fakeAnalysisWriter({
        maps: { SroiImpactMap: { ...cells, header: cells.header.map((h) => (h === "Proxy" || h === "Finansiell proxy" ? "Värde" : h)) } },
      });
      const outcome = await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, fast);
      expect(outcome.kind === "unreadable" && outcome.problem.kind).toBe("missingColumns");
      expect(writer.writes).toHaveLength(0);
    });

    it("passes a refused refresh on", async () => {
      const writer = fakeAnalysisWriter({
        analyses: [{ table: "SroiAnalysisInputs", sheet: "Analys" }],
        write: () => ({ ok: false, problem: { kind: "analysisChanged", sheet: "Analys" } }),
      });
      const outcome = await runAnalysis(writer, { table: "SroiImpactMap", settings: SETTINGS, replace: "Analys", language: "sv" }, fast);
      expect(outcome).toEqual({ kind: "writer", problem: { kind: "analysisChanged", sheet: "Analys" } });
    });

    it("returns the core's refusal of a setting instead of throwing", async () => {
      const writer = fakeAnalysisWriter();
      const outcome = await runAnalysis(
        writer,
        { table: "SroiImpactMap", settings: { ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, runs: 0 } }, language: "sv" },
        fast,
      );
      expect(
        outcome.kind === "settings" && [
          outcome.error.code,
          outcome.error.detail.kind,
          "argument" in outcome.error.detail && outcome.error.detail.argument,
        ],
      ).toEqual(["VALUE", "notInteger", "runs"]);
      expect(writer.writes).toHaveLength(0);
    });

    it("turns anything unexpected into a general problem", async () => {
      const writer = fakeAnalysisWriter();
      const broken = { ...writer, readImpactMap: () => Promise.reject(new TypeError("boom")) };
      expect(await runAnalysis(broken, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, fast)).toEqual({
        kind: "writer",
        problem: { kind: "general", code: "TypeError" },
      });
      const throwing = { ...writer, writeAnalysis: () => Promise.reject("not an error") };
      expect(await runAnalysis(throwing, { table: "SroiImpactMap", settings: SETTINGS, language: "sv" }, fast)).toEqual({
        kind: "writer",
        problem: { kind: "general", code: "Unknown" },
      });
    });
  });
});

describe("formatReadAt", () => {
  it("writes local date and time with leading zeros", () => {
    expect([formatReadAt(new Date(2026, 0, 2, 3, 4)), formatReadAt(new Date(2031, 10, 30, 23, 59))]).toEqual([
      "2026-01-02 03:04",
      "2031-11-30 23:59",
    ]);
  });
});
