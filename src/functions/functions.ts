import { adjust } from "../core/adjust";
import { simulateOutcome } from "../core/analysis/simulate";
import { effectSize } from "../core/effect";
import { breakEvenOf, netValueOf, outcomeProfile, outcomeValue, paybackOf, ratioOf, rosenbergOf } from "../core/formulas";
import { realOf } from "../core/prices/real";
import { toExcel, toExcelRow } from "./toExcel";

/*
 * The SROI.* custom functions. Each is a one-line adapter over a core entry point; the core
 * validates and computes, toExcel converts the result and maps errors. The JSDoc blocks are the
 * English metadata (functions.json, generated at build time by custom-functions-metadata-plugin,
 * which also appends the CustomFunctions.associate calls); the Swedish metadata is in
 * metadataSv.ts. Arguments are typed `unknown` (metadata type "any") so that text, booleans and
 * error values reach the core and get a message naming the argument; optional arguments arrive
 * as null and the core applies the defaults. Ranges are `unknown[][]`.
 */

/**
 * Value of one outcome over its benefit period: year 1 = quantity × outcome_rate × (1 − deadweight) × (1 − attribution) × (1 − displacement) × proxy, later years fade by drop_off; the sum, discounted from year 1 when discount_rate is not 0.
 * @customfunction VALUE
 * @param quantity Number of people or units reached (0 or more).
 * @param outcome_rate Share who experience the outcome, a fraction 0–1 (0.7 for 70 %).
 * @param deadweight Share that would have happened anyway, 0–1.
 * @param attribution Share caused by others than the activity, 0–1.
 * @param displacement Share that only moved value or problems elsewhere, 0–1.
 * @param proxy Money value of one unit of outcome (financial proxy).
 * @param years Benefit period in whole years, 1–100. Default 1.
 * @param drop_off Yearly fading of the effect from year 2, 0–1. Default 0.
 * @param discount_rate Yearly discount rate above −1 and below 1 (0.035 for 3.5 %). Default 0.
 * @returns The (present) value of the outcome.
 */
export function sroiValue(
  quantity: unknown,
  outcome_rate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years?: unknown,
  drop_off?: unknown,
  discount_rate?: unknown,
): number {
  return toExcel(() => outcomeValue(quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off, discount_rate));
}

/**
 * Yearly values of one outcome, undiscounted, spilled as one row of `years` cells: year 1 as in SROI.VALUE, each later year reduced by drop_off.
 * @customfunction PROFILE
 * @param quantity Number of people or units reached (0 or more).
 * @param outcome_rate Share who experience the outcome, a fraction 0–1 (0.7 for 70 %).
 * @param deadweight Share that would have happened anyway, 0–1.
 * @param attribution Share caused by others than the activity, 0–1.
 * @param displacement Share that only moved value or problems elsewhere, 0–1.
 * @param proxy Money value of one unit of outcome (financial proxy).
 * @param years Benefit period in whole years, 1–100: the number of cells in the row.
 * @param drop_off Yearly fading of the effect from year 2, 0–1. Default 0.
 * @returns One row with the value of each year.
 */
export function sroiProfile(
  quantity: unknown,
  outcome_rate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years: unknown,
  drop_off?: unknown,
): number[][] {
  return toExcelRow(() => outcomeProfile(quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off));
}

/**
 * An amount adjusted for what the activity did not cause: amount × (1 − deadweight) × (1 − attribution) × (1 − displacement).
 * @customfunction ADJUST
 * @param amount The amount to adjust, such as a saving or a value.
 * @param deadweight Share that would have happened anyway, 0–1.
 * @param attribution Share caused by others than the activity, 0–1. Default 0.
 * @param displacement Share that only moved value or problems elsewhere, 0–1. Default 0.
 * @returns The adjusted amount.
 */
export function sroiAdjust(amount: unknown, deadweight: unknown, attribution?: unknown, displacement?: unknown): number {
  return toExcel(() => adjust(amount, deadweight, attribution, displacement));
}

/**
 * SROI ratio: present value of the benefits divided by present value of the investment.
 * @customfunction RATIO
 * @param benefits Yearly benefits: a number, a row or column of years, or a block with one row per outcome and one column per year.
 * @param investment Investment: one amount paid at the start, or a row or column of yearly amounts.
 * @param discount_rate Yearly discount rate above −1 and below 1 (0.035 for 3.5 %). Default 0.
 * @returns PV(benefits) / PV(investment).
 */
export function sroiRatio(benefits: unknown[][], investment: unknown[][], discount_rate?: unknown): number {
  return toExcel(() => ratioOf(benefits, investment, discount_rate));
}

/**
 * Net value: present value of the benefits minus present value of the investment.
 * @customfunction NETVALUE
 * @param benefits Yearly benefits: a number, a row or column of years, or a block with one row per outcome and one column per year.
 * @param investment Investment: one amount paid at the start, or a row or column of yearly amounts.
 * @param discount_rate Yearly discount rate above −1 and below 1 (0.035 for 3.5 %). Default 0.
 * @returns PV(benefits) − PV(investment).
 */
export function sroiNetValue(benefits: unknown[][], investment: unknown[][], discount_rate?: unknown): number {
  return toExcel(() => netValueOf(benefits, investment, discount_rate));
}

/**
 * Payback period in months: the time until the value created covers the investment. #N/A when it never does.
 * @customfunction PAYBACK
 * @param investment Investment: one amount paid at the start, or a row or column of yearly amounts.
 * @param benefits A constant yearly value (one number), or yearly values in a row, column or block.
 * @param discount_rate Yearly discount rate above −1 and below 1 (0.035 for 3.5 %). Default 0.
 * @returns Months until the investment is paid back.
 */
export function sroiPayback(investment: unknown[][], benefits: unknown[][], discount_rate?: unknown): number {
  return toExcel(() => paybackOf(investment, benefits, discount_rate));
}

/**
 * Effect size against a comparison group: the target group's change minus the comparison group's change.
 * @customfunction EFFECTSIZE
 * @param target_change Change in the target group (−0.30 for a fall of 30 %).
 * @param comparison_change Change in the comparison group, in the same unit.
 * @returns target_change − comparison_change.
 */
export function sroiEffectSize(target_change: unknown, comparison_change: unknown): number {
  return toExcel(() => effectSize(target_change, comparison_change));
}

/**
 * Rosenberg self-esteem score, 10–40, from the 10 answers coded 1 (strongly agree) to 4 (strongly disagree) in the order the items are printed; items 2, 5, 6, 8 and 9 are reversed.
 * @customfunction ROSENBERG
 * @param answers The 10 answer codes (1–4), as a row, a column or any block of 10 cells.
 * @returns The total score, 10–40.
 */
export function sroiRosenberg(answers: unknown[][]): number {
  return toExcel(() => rosenbergOf(answers));
}

/**
 * Break-even: the value of one argument of SROI.VALUE (named in English or Swedish, e.g. "proxy" or "dödvikt") at which the outcome's value equals the investment, the other arguments as given. #N/A when no valid value does.
 * @customfunction BREAKEVEN
 * @param assumption Name of the argument to solve for: quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off or discount_rate.
 * @param investment Investment: one amount paid at the start, or a row or column of yearly amounts.
 * @param quantity Number of people or units reached (0 or more).
 * @param outcome_rate Share who experience the outcome, a fraction 0–1 (0.7 for 70 %).
 * @param deadweight Share that would have happened anyway, 0–1.
 * @param attribution Share caused by others than the activity, 0–1.
 * @param displacement Share that only moved value or problems elsewhere, 0–1.
 * @param proxy Money value of one unit of outcome (financial proxy).
 * @param years Benefit period in whole years, 1–100. Default 1.
 * @param drop_off Yearly fading of the effect from year 2, 0–1. Default 0.
 * @param discount_rate Yearly discount rate above −1 and below 1 (0.035 for 3.5 %). Default 0.
 * @returns The value of the named argument at which the SROI ratio is 1.
 */
export function sroiBreakEven(
  assumption: unknown,
  investment: unknown[][],
  quantity: unknown,
  outcome_rate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years?: unknown,
  drop_off?: unknown,
  discount_rate?: unknown,
): number {
  return toExcel(() =>
    breakEvenOf(
      assumption,
      investment,
      quantity,
      outcome_rate,
      deadweight,
      attribution,
      displacement,
      proxy,
      years,
      drop_off,
      discount_rate,
    ),
  );
}

/**
 * P10, P50 and P90 of SROI.VALUE over Monte Carlo runs, as one row. Each of the first nine arguments is a number or three cells in a row or column: low, likely, high of a triangular distribution. Same arguments and seed, same answer.
 * @customfunction SIMULATE
 * @param quantity Number of people or units reached (0 or more), or low, likely, high.
 * @param outcome_rate Share who experience the outcome, 0–1, or low, likely, high.
 * @param deadweight Share that would have happened anyway, 0–1, or low, likely, high.
 * @param attribution Share caused by others than the activity, 0–1, or low, likely, high.
 * @param displacement Share that only moved value or problems elsewhere, 0–1, or low, likely, high.
 * @param proxy Money value of one unit of outcome, or low, likely, high.
 * @param years Benefit period in whole years, 1–100, or low, likely, high (draws rounded to whole years). Default 1.
 * @param drop_off Yearly fading of the effect from year 2, 0–1, or low, likely, high. Default 0.
 * @param discount_rate Yearly discount rate above −1 and below 1, or low, likely, high (within ±0.99). Default 0.
 * @param runs Number of Monte Carlo runs, 1–100 000. Default 10 000.
 * @param seed Seed of the random numbers, a whole number 0–4 294 967 295. Default 1.
 * @returns One row: P10, P50 and P90 of the (present) value.
 */
export function sroiSimulate(
  quantity: unknown[][],
  outcome_rate: unknown[][],
  deadweight: unknown[][],
  attribution: unknown[][],
  displacement: unknown[][],
  proxy: unknown[][],
  years?: unknown[][],
  drop_off?: unknown[][],
  discount_rate?: unknown[][],
  runs?: unknown,
  seed?: unknown,
): number[][] {
  return toExcelRow(() =>
    simulateOutcome(quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off, discount_rate, runs, seed),
  );
}

/**
 * An amount in from_year's prices expressed in to_year's prices: amount × index(to_year) / index(from_year). Without index it uses SCB's consumer price index (KPI, 1980 = 100, annual means) shipped with the add-in.
 * @customfunction REAL
 * @param amount The amount in from_year's prices.
 * @param from_year The price year the amount is in.
 * @param to_year The price year to express it in.
 * @param index Optional own index: a range of two columns, year and index value (a wage index, another country's CPI). Default: the shipped KPI.
 * @returns The amount in to_year's prices.
 */
export function sroiReal(amount: unknown, from_year: unknown, to_year: unknown, index?: unknown[][]): number {
  return toExcel(() => realOf(amount, from_year, to_year, index));
}
