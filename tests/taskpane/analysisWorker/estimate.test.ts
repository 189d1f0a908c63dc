import { LONG_RUN_MS, estimateOf, twoDigitsDown } from "../../../src/taskpane/analysisWorker/estimate";
import { formatDuration } from "../../../src/taskpane/longRunStrings";

/** The estimate before a long Monte Carlo (rows × runs × c) and how the pane words it. */

describe("estimateOf", () => {
  it("is rows × runs × c, and offers the runs that fit in a minute, rounded down to two digits", () => {
    // 2 000 rows × 0.0325 ms = 65 ms a run (the decimal engine's 13 s for 200 runs on 2 000 rows);
    // 10 000 runs: 650 000 ms; 60 000 / 65 = 923.08 → 923 → 920.
    const e = estimateOf(2000, 10_000, 0.0325);
    expect([e.rows, e.runs, e.suggestedRuns]).toEqual([2000, 10_000, 920]);
    expect(e.ms).toBeCloseTo(650_000, 6);
    expect(LONG_RUN_MS).toBe(60_000);
  });

  it("never offers more runs than asked, nor fewer than one", () => {
    expect(estimateOf(10, 500, 0.001).suggestedRuns).toBe(500);
    expect(estimateOf(1000, 50, 100).suggestedRuns).toBe(1);
    expect(estimateOf(0, 50, 0).ms).toBe(0);
  });
});

describe("twoDigitsDown", () => {
  it.each([
    [0, 0],
    [7, 7],
    [99, 99],
    [100, 100],
    [923, 920],
    [1234, 1200],
    [99_999, 99_000],
    [100_000, 100_000],
  ])("%d → %d", (n, expected) => expect(twoDigitsDown(n)).toBe(expected));
});

describe("formatDuration", () => {
  it("says whole minutes, rounded up, below two hours, then hours with one decimal", () => {
    expect([formatDuration(60_001, "en"), formatDuration(60_001, "sv")]).toEqual(["2 minutes", "2 minuter"]);
    expect(formatDuration(60_000, "en")).toBe("1 minute");
    expect(formatDuration(119 * 60_000, "sv")).toBe("119 minuter");
    // 10 000 000 ms = 2.78 h → 2.8
    expect([formatDuration(10_000_000, "en"), formatDuration(10_000_000, "sv")]).toEqual(["2.8 hours", "2,8 timmar"]);
  });
});
