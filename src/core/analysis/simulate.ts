import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { parseOutcome, valueProfile } from "../outcome";
import { presentValue } from "../presentValue";
import { Reader, isBlank, readDiscountRate, readNonNegative, readNumber, readOptional, readShare, readYears } from "../validate";
import { RowAssumption } from "./assumptions";
import { floatRuns } from "./kernel/floatRuns";
import { MAX_RUNS } from "./monteCarlo";
import { MAX_SEED, seededRandom } from "./random";
import { percentileOfFloats } from "./statistics";
import { Estimate, parameterSampler, uncertainParameters } from "./uncertainty";

/** SROI.SIMULATE's runs when left out. */
const DEFAULT_SIMULATION_RUNS = 10_000;
/** SROI.SIMULATE's seed when left out. */
const DEFAULT_SIMULATION_SEED = 1;

/** One argument of SROI.SIMULATE: a fixed value, or a three-point estimate. */
type Read = { readonly fixed: Dec } | { readonly estimate: Estimate };

/**
 * SROI.SIMULATE: P10, P50 and P90 (PERCENTILE.INC) of an outcome's (present) value, as SROI.VALUE
 * computes it, over `runs` Monte Carlo runs. Each of the nine value arguments is one number
 * (fixed) or three cells in a row or a column, low, likely and high, of a triangular distribution;
 * every end is validated as SROI.VALUE validates the argument, and low ≤ likely ≤ high. The
 * runs are the Analysis tab's: the seeded xoshiro128** generator (same seed, same answer), the
 * parameters drawn in the order quantity … drop-off then the discount rate, years drawn from a
 * range rounded to the nearest whole year (halves up), the float kernel. With no range (or only
 * ranges whose three values are equal) all three results are SROI.VALUE of the arguments, in
 * decimals. runs 1 … 100 000 (default 10 000); seed 0 … 2³² − 1 (default 1).
 */
export function simulateOutcome(
  quantity: unknown,
  outcomeRate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years?: unknown,
  dropOff?: unknown,
  discountRate?: unknown,
  runs?: unknown,
  seed?: unknown,
): Dec[] {
  const read: Record<RowAssumption, Read> = {
    quantity: readEstimate("quantity", quantity, readNonNegative),
    outcome_rate: readEstimate("outcome_rate", outcomeRate, readShare),
    deadweight: readEstimate("deadweight", deadweight, readShare),
    attribution: readEstimate("attribution", attribution, readShare),
    displacement: readEstimate("displacement", displacement, readShare),
    proxy: readEstimate("proxy", proxy, readNumber),
    years: readEstimate("years", years, readWholeYears, 1),
    drop_off: readEstimate("drop_off", dropOff, readShare, 0),
  };
  const rateRead = readEstimate("discount_rate", discountRate, readDiscountRate, 0);
  const runCount = readWhole("runs", runs, DEFAULT_SIMULATION_RUNS, 1, MAX_RUNS);
  const seedValue = readWhole("seed", seed, DEFAULT_SIMULATION_SEED, 0, MAX_SEED);
  const likely = (r: Read): Dec => ("fixed" in r ? r.fixed : r.estimate.likely);
  const outcome = parseOutcome({
    quantity: likely(read.quantity),
    outcomeRate: likely(read.outcome_rate),
    deadweight: likely(read.deadweight),
    attribution: likely(read.attribution),
    displacement: likely(read.displacement),
    proxy: likely(read.proxy),
    years: likely(read.years),
    dropOff: likely(read.drop_off),
  });
  const rate = likely(rateRead);
  const estimates: Partial<Record<RowAssumption, Estimate>> = {};
  for (const key of Object.keys(read) as RowAssumption[]) {
    const r = read[key];
    if ("estimate" in r) estimates[key] = r.estimate;
  }
  const uncertainty = { rows: [estimates], discountRate: "estimate" in rateRead ? rateRead.estimate : undefined };
  const parameters = uncertainParameters([outcome], rate, uncertainty);
  if (parameters.length === 0) {
    const value = presentValue(valueProfile(outcome), rate);
    return [value, value, value];
  }
  // monteCarlo's runs without its ratio, mean and histogram (which would only add to the functions bundle)
  const draw = parameterSampler(parameters, "triangular");
  const kernel = floatRuns([outcome], rate, [], parameters);
  const random = seededRandom(seedValue);
  const draws = new Float64Array(parameters.length);
  const values = new Float64Array(runCount);
  for (let run = 0; run < runCount; run++) {
    draw(random, draws);
    values[run] = kernel.total(draws);
  }
  values.sort();
  return QUANTILES.map((p) => percentileOfFloats(values, p));
}

const QUANTILES = [new Dec("0.1"), new Dec("0.5"), new Dec("0.9")];

/** A whole number in [min, max]; blank gives the default. */
function readWhole(argument: string, value: unknown, fallback: number, min: number, max: number): number {
  const number = readOptional(argument, value, fallback);
  if (!number.isInteger() || number.lt(min) || number.gt(max)) {
    throw new SroiError("VALUE", { kind: "notInteger", argument, given: number.toNumber(), allowed: { min, max } });
  }
  return number.toNumber();
}

function readWholeYears(argument: string, value: unknown): Dec {
  return new Dec(readYears(argument, value));
}

/**
 * One value, or three cells in a row or a column (low, likely, high), each read as `read` reads
 * the argument; a blank single value is the default (required when there is none).
 */
function readEstimate(argument: string, value: unknown, read: Reader, fallback?: number): Read {
  const cells = Array.isArray(value) ? cellsOf(value) : [value];
  if (cells.length === 1) {
    return { fixed: fallback !== undefined && isBlank(cells[0]) ? new Dec(fallback) : read(argument, cells[0]) };
  }
  const rows = Array.isArray(value) ? value.length : 1;
  if (cells.length !== 3 || (rows !== 1 && rows !== 3))
    throw new SroiError("VALUE", { kind: "estimateCells", argument, given: cells.length });
  const [low, likely, high] = cells.map((cell) => read(argument, cell));
  if (low.gt(likely) || likely.gt(high)) {
    throw new SroiError("VALUE", {
      kind: "estimateOrder",
      argument,
      low: low.toNumber(),
      likely: likely.toNumber(),
      high: high.toNumber(),
    });
  }
  return { estimate: { low, likely, high } };
}

/** The cells of a range, row by row (no Array.prototype.flat: ES2016 runtime). */
function cellsOf(range: readonly unknown[]): unknown[] {
  const cells: unknown[] = [];
  for (const row of range) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}
