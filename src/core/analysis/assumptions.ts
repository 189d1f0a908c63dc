import { Dec } from "../decimal";
import { Range } from "../errors";
import { Outcome } from "../outcome";
import { SHARE_RANGE, YEARS_RANGE } from "../validate";

/**
 * The assumptions an analysis moves, named by their spreadsheet argument ids (see
 * ARGUMENT_NAMES), in the order analyses report them.
 */
export const ASSUMPTIONS = [
  "quantity",
  "outcome_rate",
  "deadweight",
  "attribution",
  "displacement",
  "proxy",
  "years",
  "drop_off",
  "discount_rate",
] as const;

export type Assumption = (typeof ASSUMPTIONS)[number];

/** The assumptions every impact-map row carries (all but the map's discount rate). */
export type RowAssumption = Exclude<Assumption, "discount_rate">;

export const ROW_ASSUMPTIONS: readonly RowAssumption[] = ASSUMPTIONS.filter((a): a is RowAssumption => a !== "discount_rate");

/** Shares that enter the value as (1 − share). */
export const REDUCING_SHARES: readonly RowAssumption[] = ["deadweight", "attribution", "displacement"];

/** The Outcome field of each row assumption (also the impact map's column id). */
export const ASSUMPTION_FIELDS: Readonly<Record<RowAssumption, keyof Outcome>> = {
  quantity: "quantity",
  outcome_rate: "outcomeRate",
  deadweight: "deadweight",
  attribution: "attribution",
  displacement: "displacement",
  proxy: "proxy",
  years: "years",
  drop_off: "dropOff",
};

/**
 * The closed interval an analysis keeps each assumption in: shares in [0, 1], quantity ≥ 0, any
 * proxy, whole years in [1, 100]. A discount rate is valid in the open interval (−1, 1); analyses
 * keep it in [−0.99, 0.99], one percentage point inside.
 */
export const ANALYSIS_RANGES: Record<Assumption, Range> = {
  quantity: { min: 0 },
  outcome_rate: SHARE_RANGE,
  deadweight: SHARE_RANGE,
  attribution: SHARE_RANGE,
  displacement: SHARE_RANGE,
  proxy: {},
  years: YEARS_RANGE,
  drop_off: SHARE_RANGE,
  discount_rate: { min: -0.99, max: 0.99 },
};

/** ANALYSIS_RANGES as decimals, made once (clamping runs for every row of every moved map). */
const ANALYSIS_BOUNDS = {} as Record<Assumption, { readonly min?: Dec; readonly max?: Dec }>;
for (const a of ASSUMPTIONS) {
  // no Object.fromEntries: the custom functions' runtime has ES2016 builtins only
  const { min, max } = ANALYSIS_RANGES[a];
  ANALYSIS_BOUNDS[a] = { min: min === undefined ? undefined : new Dec(min), max: max === undefined ? undefined : new Dec(max) };
}

/** A row's value of an assumption (years as a decimal whole number). */
export function assumptionValue(row: Outcome, assumption: RowAssumption): Dec {
  const value = row[ASSUMPTION_FIELDS[assumption]];
  return typeof value === "number" ? new Dec(value) : value;
}

/** A copy of a row with one assumption replaced; years must already be whole. */
export function withAssumption<T extends Outcome>(row: T, assumption: RowAssumption, value: Dec): T {
  return { ...row, [ASSUMPTION_FIELDS[assumption]]: assumption === "years" ? value.toNumber() : value };
}

/**
 * Clamps a value into the assumption's analysis range (ANALYSIS_RANGES), widened to take in
 * `base` when given: a base the core accepts outside the range (a discount rate of 99.5 %, valid
 * in (−1, 1)) is then never moved past, so a value moved down stays at or below it and one moved
 * up at or above it.
 */
export function clampAssumption(assumption: Assumption, value: Dec, base?: Dec): Dec {
  const { min, max } = ANALYSIS_BOUNDS[assumption];
  const low = min === undefined ? undefined : base === undefined || min.lte(base) ? min : base;
  const high = max === undefined ? undefined : base === undefined || max.gte(base) ? max : base;
  if (low !== undefined && value.lt(low)) return low;
  if (high !== undefined && value.gt(high)) return high;
  return value;
}

/** Checks that a value lies in the assumption's analysis range. */
export function inAnalysisRange(assumption: Assumption, value: Dec): boolean {
  return clampAssumption(assumption, value).eq(value);
}
