/**
 * `npm run bench`: the same 10 000-row impact map evaluated (a) through the decimal core,
 * (b) as native formulas in HyperFormula and (c) in plain float JavaScript. Prints medians and the
 * ratios core/HyperFormula and core/float, and fails when the three disagree on the results.
 * Environment: BENCH_ROWS (default 10 000), BENCH_REPS (default 7).
 */
import { evaluateImpactMap, parseImpactRow, readDiscountRate, readInvestment } from "../../src/core";
import { evaluateWithCore } from "./viaCore";
import { evaluateWithFloat } from "./viaFloat";
import { changeHyperFormulaRate, hyperFormulaSheets, openInHyperFormula, readHyperFormulaSummary } from "./viaHyperFormula";
import { BenchSummary, Workload, largestDifference, makeWorkload } from "./workload";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const REPS = Number(process.env.BENCH_REPS ?? 7);
const TOLERANCE = 1e-9;
const CHANGED_RATE = 0.05;

interface Timed<T> {
  readonly ms: number;
  readonly result: T;
}

function timed<T>(run: () => T): Timed<T> {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function checkAgreement(what: string, core: BenchSummary, hyper: BenchSummary, float: BenchSummary): void {
  const differences = { hyperFormula: largestDifference(core, hyper), float: largestDifference(core, float) };
  if (!(differences.hyperFormula <= TOLERANCE && differences.float <= TOLERANCE)) {
    throw new Error(`${what}: the implementations disagree (largest relative difference ${JSON.stringify(differences)})`);
  }
}

/** One repetition: evaluate from scratch, then recalculate after the discount rate changes. */
function repetition(workload: Workload, sheets: ReturnType<typeof hyperFormulaSheets>) {
  const core = timed(() => evaluateWithCore(workload));
  const hf = timed(() => {
    const book = openInHyperFormula(sheets);
    return { book, summary: readHyperFormulaSummary(book) };
  });
  const float = timed(() => evaluateWithFloat(workload));
  checkAgreement("evaluation", core.result, hf.result.summary, float.result);

  // Recalculation: the rows are already validated (core) / built (HyperFormula); only the rate moves.
  const rows = workload.rows.map(parseImpactRow);
  const investment = readInvestment("investment", workload.investment);
  const changed = { ...workload, discountRate: CHANGED_RATE };
  const coreAgain = timed(() => evaluateImpactMap(rows, readDiscountRate("discount_rate", CHANGED_RATE), investment));
  const hfAgain = timed(() => {
    changeHyperFormulaRate(hf.result.book, CHANGED_RATE);
    return readHyperFormulaSummary(hf.result.book);
  });
  const floatAgain = timed(() => evaluateWithFloat(changed));
  hf.result.book.destroy();
  const coreTotal = coreAgain.result.totalPresentValue.toNumber();
  if (Math.abs(coreTotal - hfAgain.result.totalPresentValue) > TOLERANCE * Math.abs(coreTotal)) {
    throw new Error(`recalculation: core ${coreTotal} vs HyperFormula ${hfAgain.result.totalPresentValue}`);
  }
  checkAgreement("recalculation", evaluateWithCore(changed), hfAgain.result, floatAgain.result);
  return {
    core: core.ms,
    hf: hf.ms,
    float: float.ms,
    coreAgain: coreAgain.ms,
    hfAgain: hfAgain.ms,
    floatAgain: floatAgain.ms,
    total: core.result.totalPresentValue,
  };
}

function main(): void {
  const workload = makeWorkload(ROWS);
  const sheets = hyperFormulaSheets(workload);
  console.log(`SROI benchmark: ${ROWS} impact-map rows, ${REPS} repetitions after one warm-up (Node ${process.version})`);
  repetition(workload, sheets);
  const runs = Array.from({ length: REPS }, () => repetition(workload, sheets));
  const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
  const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;
  console.log(`total PV (all three agree to ${TOLERANCE} relative): ${runs[0].total.toFixed(2)}`);
  const line = (label: string, ...ms: number[]) => console.log(label.padEnd(30) + ms.map(fmt).join("  "));
  console.log(
    `\n${"median wall-clock time".padEnd(30)}${["core (decimal)", "HyperFormula", "float JS"].map((h) => h.padStart(12)).join("  ")}`,
  );
  line("evaluate from the sheet", m("core"), m("hf"), m("float"));
  line("recalculate after rate change", m("coreAgain"), m("hfAgain"), m("floatAgain"));
  const ratio = m("core") / m("hf");
  console.log(`\ncore / HyperFormula: ${ratio.toFixed(3)} (recalculation ${(m("coreAgain") / m("hfAgain")).toFixed(3)})`);
  console.log(
    `core / float:        ${(m("core") / m("float")).toFixed(1)} (recalculation ${(m("coreAgain") / m("floatAgain")).toFixed(1)})`,
  );
  console.log(`goal core ≤ 0.3 × HyperFormula: ${ratio <= 0.3 ? "met" : "NOT met"}`);
}

main();
