import { AnalysisState, INITIAL_ANALYSIS_STATE, analysisReducer, listAnalysisSources, openSheet } from "../../src/taskpane/useAnalysis";
import type { RunOutcome } from "../../src/taskpane/runAnalysis";
import type { Sources } from "../../src/workbook/ports";
import { fakeAnalysisWriter } from "./analysisWriter";

/** The analysis hook's state without React: its transitions, and the listing and opening it wires to the writer. */

const SOURCES: Sources = { impactMaps: [{ table: "SroiImpactMap", sheet: "Effektkarta" }], beforeAfter: [], analyses: [] };
const CANCELLED: RunOutcome = { kind: "cancelled" };
const ready: AnalysisState = { ...INITIAL_ANALYSIS_STATE, sources: { phase: "ready", sources: SOURCES } };
const running = analysisReducer(ready, { type: "started" });

describe("analysisReducer", () => {
  it("starts listing, and shows the list or the problem", () => {
    expect(analysisReducer(INITIAL_ANALYSIS_STATE, { type: "listed", result: { ok: true, sources: SOURCES } }).sources).toEqual({
      phase: "ready",
      sources: SOURCES,
    });
    expect(
      analysisReducer(INITIAL_ANALYSIS_STATE, { type: "listed", result: { ok: false, problem: { kind: "noExcel" } } }).sources,
    ).toEqual({ phase: "failed", problem: { kind: "noExcel" } });
  });

  it("keeps the list shown while it is listed again, but shows listing again after a failure", () => {
    expect(analysisReducer(ready, { type: "listing" })).toBe(ready);
    const failed: AnalysisState = { ...ready, sources: { phase: "failed", problem: { kind: "noExcel" } } };
    expect(analysisReducer(failed, { type: "listing" }).sources).toEqual({ phase: "loading" });
  });

  it("starts a run at reading and clears an earlier problem opening a sheet", () => {
    const withProblem: AnalysisState = { ...ready, activation: { kind: "sheetMissing", name: "Analys" } };
    expect(analysisReducer(withProblem, { type: "started" })).toEqual({
      ...ready,
      run: { phase: "running", progress: { step: "reading" }, cancelling: false },
    });
  });

  it("ignores a second start while one runs", () => {
    const advanced = analysisReducer(running, { type: "progress", progress: { step: "simulating", done: 200, total: 5000 } });
    expect(analysisReducer(advanced, { type: "started" })).toBe(advanced);
  });

  it("follows progress and cancelling only while running", () => {
    const progressed = analysisReducer(running, { type: "progress", progress: { step: "simulating", done: 400, total: 5000 } });
    expect(progressed.run).toEqual({ phase: "running", progress: { step: "simulating", done: 400, total: 5000 }, cancelling: false });
    expect(analysisReducer(progressed, { type: "cancelling" }).run).toEqual({
      phase: "running",
      progress: { step: "simulating", done: 400, total: 5000 },
      cancelling: true,
    });
    expect(analysisReducer(ready, { type: "progress", progress: { step: "writing" } })).toBe(ready);
    expect(analysisReducer(ready, { type: "cancelling" })).toBe(ready);
  });

  it("holds the question before a long Monte Carlo while running, and drops it when answered", () => {
    const estimate = { rows: 2000, runs: 10_000, msPerRowRun: 0.0325, ms: 650_000, suggestedRuns: 920 };
    const asking = analysisReducer(running, { type: "asking", estimate });
    expect(asking.run).toEqual({ phase: "running", progress: { step: "reading" }, cancelling: false, question: estimate });
    expect(analysisReducer(asking, { type: "answered" }).run).toEqual(running.run);
    expect(analysisReducer(running, { type: "answered" })).toBe(running);
    expect(analysisReducer(ready, { type: "asking", estimate })).toBe(ready);
  });

  it("keeps the outcome of the run, and only of a run", () => {
    expect(analysisReducer(running, { type: "finished", outcome: CANCELLED }).run).toEqual({ phase: "finished", outcome: CANCELLED });
    expect(analysisReducer(ready, { type: "finished", outcome: CANCELLED })).toBe(ready);
    const finished = analysisReducer(running, { type: "finished", outcome: CANCELLED });
    expect(analysisReducer(finished, { type: "listed", result: { ok: true, sources: SOURCES } }).run).toEqual(finished.run);
  });

  it("records why a sheet could not be opened, and forgets it when one opens", () => {
    const problem = analysisReducer(ready, { type: "activated", problem: { kind: "sheetMissing", name: "Analys" } });
    expect(problem.activation).toEqual({ kind: "sheetMissing", name: "Analys" });
    expect(analysisReducer(problem, { type: "activated", problem: undefined }).activation).toBeUndefined();
  });
});

describe("listAnalysisSources", () => {
  it("lists the writer's sources, and turns a writer that throws into a problem", async () => {
    expect(await listAnalysisSources(fakeAnalysisWriter())).toEqual({ type: "listed", result: { ok: true, sources: SOURCES } });
    expect(await listAnalysisSources({ listSources: () => Promise.reject(new RangeError("x")) })).toEqual({
      type: "listed",
      result: { ok: false, problem: { kind: "general", code: "RangeError" } },
    });
  });
});

describe("openSheet", () => {
  it("shows the sheet, or says why not, without throwing", async () => {
    const writer = fakeAnalysisWriter();
    expect(await openSheet(writer, "Effektkarta")).toEqual({ type: "activated", problem: undefined });
    expect(await openSheet(writer, "Borta")).toEqual({ type: "activated", problem: { kind: "sheetMissing", name: "Borta" } });
    expect(await openSheet({ activateSheet: () => Promise.reject(new Error("x")) }, "Analys")).toEqual({
      type: "activated",
      problem: { kind: "general", code: "Error" },
    });
    expect(writer.activated).toEqual(["Effektkarta", "Borta"]);
  });
});
