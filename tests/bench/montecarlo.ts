/**
 * Benchmark: 10 000 Monte Carlo runs over a 50-row impact map through the production path
 * (monteCarlo: the float kernel, figures reported in decimals; what the Analysis tab and
 * SROI.SIMULATE run) against the same runs in a plain float loop written here, in one process run.
 * Both paths use the same seed, the same uncertain parameters and the same draws (the core's
 * sampler); they differ only in the valuation and the statistics. The script fails (exit code 1)
 * when the two disagree on P10 / P50 / P90 / mean of the ratio beyond a relative 1e-9.
 * It then reports the memory per run, one SROI.SIMULATE of 10 000 runs and the fixed part of the
 * analysis (base, tornado, nine break-evens) on 200- and 2 000-row maps.
 *
 *   npm run bench:montecarlo -- [runs] [repeats]
 */
import { Dec, Outcome } from "../../src/core";
import {
  ASSUMPTIONS,
  Assumption,
  RowAssumption,
  UncertainParameter,
  UncertaintySpec,
  assumptionValue,
  monteCarlo,
  parameterSampler,
  seededRandom,
  startMonteCarlo,
  uncertainParameters,
  valueMap,
} from "../../src/core/analysis";
import { RATE, impactMap } from "./analysisMap";
import { fixedPart, memoryPerRun, simulateOnce } from "./montecarloExtras";

const RUNS = Number(process.argv[2] ?? 10_000);
/** Timed repeats of the production path; the float path is always timed 5 times. */
const REPEATS = Number(process.argv[3] ?? 5);
const SEED = 20261123;
const ROWS = 50;
const TOLERANCE = 1e-9;

const SPREADS: Record<Assumption, Dec> = {
  quantity: new Dec("0.2"),
  outcome_rate: new Dec("0.15"),
  deadweight: new Dec("0.3"),
  attribution: new Dec("0.3"),
  displacement: new Dec("0.5"),
  proxy: new Dec("0.25"),
  years: new Dec("0.3"),
  drop_off: new Dec("0.5"),
  discount_rate: new Dec("0.5"),
};

interface FloatResult {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  below: number;
}

const ROW_FIELDS = ASSUMPTIONS.filter((a): a is RowAssumption => a !== "discount_rate");

/**
 * The same runs in plain floats: the same parameters, sampler and seed; the valuation and the
 * statistics in float arithmetic on typed arrays (what a spreadsheet-free JS implementation would do).
 */
function floatMonteCarlo(rows: Outcome[], investment: Dec[], parameters: UncertainParameter[]): FloatResult {
  const field = (a: RowAssumption): number => ROW_FIELDS.indexOf(a);
  const base = new Float64Array(rows.length * ROW_FIELDS.length);
  rows.forEach((row, i) => ROW_FIELDS.forEach((a, k) => (base[i * ROW_FIELDS.length + k] = assumptionValue(row, a).toNumber())));
  const target = parameters.map((p) => (p.row === null ? -1 : p.row * ROW_FIELDS.length + field(p.assumption as RowAssumption)));
  const [Q, R, DW, AT, DI, P, Y, D] = ROW_FIELDS.map(field);
  const amounts = investment.map((d) => d.toNumber());
  const draw = parameterSampler(parameters, "triangular");
  const random = seededRandom(SEED);
  const draws = new Float64Array(parameters.length);
  const v = base.slice();
  const ratios = new Float64Array(RUNS);
  for (let run = 0; run < RUNS; run++) {
    draw(random, draws);
    v.set(base);
    let rate = RATE.toNumber();
    for (let j = 0; j < target.length; j++) {
      if (target[j] < 0) rate = draws[j];
      else v[target[j]] = draws[j];
    }
    const discount = 1 / (1 + rate);
    let total = 0;
    for (let o = 0; o < v.length; o += ROW_FIELDS.length) {
      const first = v[o + Q] * v[o + R] * (1 - v[o + DW]) * (1 - v[o + AT]) * (1 - v[o + DI]) * v[o + P];
      const kv = (1 - v[o + D]) * discount;
      let factor = 1;
      for (let t = 1; t < v[o + Y]; t++) factor = 1 + kv * factor;
      total += first * discount * factor;
    }
    let paid = 0;
    for (let k = 0; k < amounts.length; k++) paid += amounts[k] * discount ** k;
    ratios[run] = total / paid;
  }
  ratios.sort();
  const pct = (p: number): number => {
    const h = (RUNS - 1) * p;
    const lo = Math.floor(h);
    return lo >= RUNS - 1 ? ratios[RUNS - 1] : ratios[lo] + (h - lo) * (ratios[lo + 1] - ratios[lo]);
  };
  const below = ratios.findIndex((r) => r >= 1);
  return {
    p10: pct(0.1),
    p50: pct(0.5),
    p90: pct(0.9),
    mean: ratios.reduce((a, b) => a + b, 0) / RUNS,
    below: (below < 0 ? RUNS : below) / RUNS,
  };
}

interface Timing<T> {
  value: T;
  wall: number;
  cpu: number;
}

/** Runs f `repeats` times; the median wall and CPU (user + system) times in ms. */
function timed<T>(f: () => T, repeats: number): Timing<T> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < Math.max(1, repeats); i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    value = f();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { value: value as T, wall: median(wall), cpu: median(cpu) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A scenario: which assumptions are uncertain, with the spreads above. */
const SCENARIOS: { name: string; assumptions: readonly Assumption[] }[] = [
  { name: "all nine assumptions uncertain in every row", assumptions: ASSUMPTIONS },
  { name: "proxy, deadweight and discount rate uncertain", assumptions: ["proxy", "deadweight", "discount_rate"] },
];

const STATS = ["p10", "p50", "p90", "mean"] as const;

function runScenario(rows: Outcome[], investment: Dec[], assumptions: readonly Assumption[], first: boolean): boolean {
  const uncertainty: UncertaintySpec = { spreads: Object.fromEntries(assumptions.map((a) => [a, SPREADS[a]])) };
  const parameters = uncertainParameters(rows, RATE, uncertainty);
  const runCore = (runs: number) => monteCarlo(rows, RATE, investment, { runs, seed: SEED, distribution: "triangular", uncertainty });
  runCore(Math.ceil(RUNS / 10));
  const core = timed(() => runCore(RUNS), REPEATS);
  floatMonteCarlo(rows, investment, parameters);
  const float = timed(() => floatMonteCarlo(rows, investment, parameters), 5);
  const ratio = core.value.ratio;
  if (ratio === null) throw new Error("no ratio");
  const differences = STATS.map((k) => Math.abs(ratio[k].toNumber() / float.value[k] - 1));
  const table = [
    ["", "monte carlo", "plain float", "relative difference"],
    ...STATS.map((k, i) => [`ratio ${k.toUpperCase()}`, ratio[k].toFixed(6), float.value[k].toFixed(6), differences[i].toExponential(2)]),
    ["P(ratio < 1)", core.value.probabilityRatioBelowOne?.toFixed(4) ?? "", float.value.below.toFixed(4), ""],
    ["wall time", `${core.wall.toFixed(1)} ms`, `${float.wall.toFixed(1)} ms`, `${(core.wall / float.wall).toFixed(2)}×`],
    ["CPU time", `${core.cpu.toFixed(1)} ms`, `${float.cpu.toFixed(1)} ms`, `${(core.cpu / float.cpu).toFixed(2)}×`],
  ];
  console.log(`\n${RUNS} runs, ${parameters.length} uncertain parameters: ${assumptions.join(", ")}`);
  for (const line of table) console.log(line.map((c, i) => c.padEnd(i === 0 ? 16 : 22)).join(""));
  console.log(`monte carlo: ${((core.cpu * 1000) / RUNS / ROWS).toFixed(2)} µs CPU per row and run`);
  // R on CPU time: the machines this runs on are shared, and wall time counts other processes' turns
  if (first) console.log(`monte carlo / plain float: ${(core.cpu / float.cpu).toFixed(2)}`);
  const worst = Math.max(...differences);
  if (worst <= TOLERANCE) return true;
  console.error(`FAIL: monte carlo and plain float differ by ${worst} (tolerance ${TOLERANCE})`);
  return false;
}

function main(): void {
  const rows = impactMap(ROWS);
  const basePV = valueMap(rows, RATE, []).totalPresentValue;
  const investment = ["0.6", "0.25", "0.15"].map((share) => basePV.div("1.1").times(share).div(1000).round().times(1000));
  const base = valueMap(rows, RATE, investment);
  console.log(
    `Monte Carlo benchmark: production path vs a plain float loop, same seed (${SEED}), triangular, median of ${REPEATS} (monte carlo) / 5 (plain float) timed runs after a warm-up`,
  );
  console.log(
    `Impact map: ${ROWS} rows, base PV ${base.totalPresentValue.toFixed(0)}, investment PV ${base.investmentPresentValue.toFixed(0)} (3 years), discount rate ${RATE}, base ratio ${base.ratio?.toFixed(4)}`,
  );
  const ok = SCENARIOS.map((s, i) => runScenario(rows, investment, s.assumptions, i === 0)).every(Boolean);
  if (!ok) process.exit(1);
  console.log(`\nOK: P10 / P50 / P90 / mean of the ratio agree within ${TOLERANCE} relative.`);
  const uncertainty: UncertaintySpec = { spreads: SPREADS };
  memoryPerRun(() => {
    const simulation = startMonteCarlo(rows, RATE, investment, { runs: RUNS, seed: SEED, distribution: "triangular", uncertainty });
    simulation.advance(RUNS);
    return simulation;
  }, RUNS);
  simulateOnce();
  fixedPart([200, 2000]);
}

main();
