import {
  analyse,
  breakEvens,
  cumulativeValue,
  monteCarlo,
  startAnalysis,
  finishAnalysis,
  tornado,
  AnalysisSettings,
} from "../../../src/core/analysis";
import { TWO_ROWS, d, expectClose, frac } from "./helpers";
import { caught } from "../helpers";

/** The analysis as the taskpane runs it: the pieces of the core put together, and its settings checked. */

const SETTINGS: AnalysisSettings = {
  step: { kind: "relative", size: d("0.1") },
  steps: { deadweight: { kind: "absolute", size: d("0.05") } },
  monteCarlo: {
    runs: 300,
    seed: 42,
    distribution: "triangular",
    bins: 10,
    spreads: { proxy: { down: d("0.2"), up: d("0.3") }, deadweight: d("0.5") },
  },
};

describe("cumulativeValue", () => {
  it("accumulates discounted yearly values from 0 at the start (two-row map, rate 10 %)", () => {
    // yearly 4 900 and 2 000: 4 900 / 1.1 = 49 000 / 11; + 2 000 / 1.21 = 739 000 / 121
    const c = cumulativeValue([d(4900), d(2000)], d("0.1"));
    expect(c).toHaveLength(3);
    expect(c[0].toString()).toBe("0");
    expectClose(c[1], frac(49000, 11));
    expectClose(c[2], frac(739000, 121));
  });

  it("is the running sum without discounting", () => {
    expect(cumulativeValue([d(4900), d(2000)], d(0)).map(String)).toEqual(["0", "4900", "6900"]);
  });
});

describe("analyse", () => {
  const rate = d("0.035");
  const investment = [d(6000)];
  const result = analyse(TWO_ROWS, rate, investment, SETTINGS);

  it("values the map at its base, as evaluateImpactMap does", () => {
    expect(result.base.rows).toHaveLength(2);
    expect(result.cumulative[result.cumulative.length - 1].toString()).toBe(result.base.totalPresentValue.toString());
  });

  it("holds the tornado and break-evens of the same map and settings", () => {
    expect(JSON.stringify(result.tornado)).toBe(
      JSON.stringify(tornado(TWO_ROWS, rate, investment, { step: SETTINGS.step, steps: SETTINGS.steps })),
    );
    expect(JSON.stringify(result.breakEvens)).toBe(JSON.stringify(breakEvens(TWO_ROWS, rate, investment)));
  });

  it("holds the Monte Carlo result monteCarlo gives for the same options, however the runs are sliced", () => {
    const mc = SETTINGS.monteCarlo!;
    const direct = monteCarlo(TWO_ROWS, rate, investment, {
      runs: mc.runs,
      seed: mc.seed,
      distribution: mc.distribution,
      bins: mc.bins,
      uncertainty: { spreads: mc.spreads },
    });
    expect(JSON.stringify(result.monteCarlo)).toBe(JSON.stringify(direct));
    const started = startAnalysis(TWO_ROWS, rate, investment, SETTINGS);
    while (started.simulation!.done() < mc.runs) started.simulation!.advance(7);
    expect(JSON.stringify(finishAnalysis(started).monteCarlo)).toBe(JSON.stringify(direct));
  });

  it("skips the uncertainty analysis when it is not asked for", () => {
    const started = startAnalysis(TWO_ROWS, rate, investment, { ...SETTINGS, monteCarlo: null });
    expect(started.simulation).toBeNull();
    expect(finishAnalysis(started).monteCarlo).toBeNull();
  });

  it("names the setting at fault before any run", () => {
    expect(
      caught(() => startAnalysis(TWO_ROWS, rate, investment, { ...SETTINGS, step: { kind: "relative", size: d(-1) } })).detail,
    ).toMatchObject({ kind: "outOfRange", argument: "step" });
    const runs = { ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, runs: 0 } };
    expect(caught(() => startAnalysis(TWO_ROWS, rate, investment, runs)).detail).toMatchObject({ kind: "notInteger", argument: "runs" });
    const spread = { ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, spreads: { quantity: { down: d("-0.5"), up: d(0) } } } };
    expect(caught(() => startAnalysis(TWO_ROWS, rate, investment, spread)).detail).toMatchObject({
      kind: "outOfRange",
      argument: "quantity",
    });
  });
});
