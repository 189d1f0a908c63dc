/**
 * The parts of bench:montecarlo beyond the production-vs-float comparison: memory per run, one
 * SROI.SIMULATE of 10 000 runs, and the fixed part of the analysis on larger maps.
 */
import { Dec } from "../../src/core";
import { simulateOutcome, startAnalysis } from "../../src/core/analysis";
import { RATE, impactMap, investmentFor } from "./analysisMap";

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Bytes a finished simulation keeps per run: heap in use (after a full collection) with `make()`'s
 * result held, minus the heap before, over the runs. Needs node's --expose-gc (the npm script
 * passes it); without it the line says so.
 */
export function memoryPerRun(make: () => unknown, runs: number): void {
  if (gc === undefined) {
    console.log("memory per run: run with --expose-gc to measure");
    return;
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = [make()];
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== 1) throw new Error("unreachable: keeps the result alive until measured");
  console.log(`memory per run: ${((after - before) / runs).toFixed(1)} bytes (heap kept by a ${runs}-run result, after a full GC)`);
}

/**
 * One SROI.SIMULATE of 10 000 runs (the default) as the cell calls it: the seed example's outcome
 * with the proxy 10 000 / 15 000 / 20 000 and every other argument a range too. The first call
 * (cold, as a freshly loaded runtime would make it) and the median of 5 warm ones.
 */
export function simulateOnce(): void {
  const args = [
    [[60, 80, 100]],
    [[0.6, 0.7, 0.8]],
    [[0.1, 0.2, 0.3]],
    [[0, 0.05, 0.1]],
    [[0.05, 0.1, 0.2]],
    [[10000, 15000, 20000]],
    [[2, 3, 5]],
    [[0, 0.1, 0.2]],
    [[0.02, 0.035, 0.05]],
  ];
  const once = (): number => {
    const used = process.cpuUsage();
    simulateOutcome(...(args as [unknown, unknown, unknown, unknown, unknown, unknown]));
    const spent = process.cpuUsage(used);
    return (spent.user + spent.system) / 1000;
  };
  const cold = once();
  const warm = [once(), once(), once(), once(), once()].sort((a, b) => a - b)[2];
  console.log(
    `SROI.SIMULATE, 10 000 runs, all nine arguments ranges: first call ${cold.toFixed(1)} ms CPU, then ${warm.toFixed(1)} ms CPU (median of 5)`,
  );
}

/** The fixed part of the analysis (base, tornado at ±10 %, nine break-evens), timed once per size. */
export function fixedPart(sizes: readonly number[]): void {
  for (const size of sizes) {
    const rows = impactMap(size);
    const investment = investmentFor(rows);
    const used = process.cpuUsage();
    const start = performance.now();
    const { fixed } = startAnalysis(rows, RATE, investment, {
      step: { kind: "relative", size: new Dec("0.1") },
      steps: {},
      monteCarlo: null,
    });
    const wall = performance.now() - start;
    const spent = process.cpuUsage(used);
    const found = fixed.breakEvens.filter((b) => b.found).length;
    console.log(
      `fixed part, ${size} rows: ${wall.toFixed(0)} ms wall, ${((spent.user + spent.system) / 1000).toFixed(0)} ms CPU (${found} of 9 break-evens found)`,
    );
  }
}
