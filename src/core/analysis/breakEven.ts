import { Dec } from "../decimal";
import { Outcome } from "../outcome";
import { investmentPresentValue } from "../presentValue";
import { ASSUMPTIONS, Assumption } from "./assumptions";
import { BreakEvenFamily, BreakEvenParameter, breakEvenFamily } from "./families";
import { floatGap } from "./kernel/floatFamily";
import { solveContinuousFast, solveWholeFast } from "./kernel/floatSearch";
import { MapValuer, mapValuer } from "./mapValuer";
import { Gap, Interval, Solution, solveAffine } from "./solve";
import { Valuation } from "./valuation";

/** The break-even of one assumption: where PV(benefits) equals PV(investment). */
export type BreakEven =
  | {
      readonly assumption: Assumption;
      readonly parameter: BreakEvenParameter;
      readonly found: true;
      /** The parameter (value, factor or offset; see BreakEvenParameter) at the break-even. */
      readonly at: Dec;
      /**
       * Years only: true when the ratio falls below 1 from `at` on (it is 1 or more just before);
       * false when it is 1 or more from `at` on.
       */
      readonly falls: boolean;
      /** The map valued there: ratio 1 (for years: the first whole period on the new side of 1). */
      readonly valuation: Valuation;
    }
  | {
      readonly assumption: Assumption;
      readonly parameter: BreakEvenParameter;
      readonly found: false;
      /**
       * noEffect: the assumption does not change the value (e.g. every row's base value is 0 and
       * the parameter is a factor); noneInRange: no valid parameter reaches the investment;
       * alwaysAbove (years on several rows): the ratio is 1 or more over the whole range, so
       * there is no crossing to report; zeroInvestment: there is no ratio to bring to 1.
       */
      readonly reason: "noEffect" | "noneInRange" | "alwaysAbove" | "zeroInvestment";
      /** The parameter's valid interval that was searched. */
      readonly interval: Interval;
    };

/**
 * Solves PV(benefits) = PV(investment) for one assumption of an impact map, moving it as
 * breakEvenFamily says. Affine assumptions (quantity, outcome rate, proxy, deadweight, attribution,
 * displacement) are solved in closed form; drop-off and the discount rate by bisection
 * (solveContinuous, to BISECTION_TOLERANCE, the root nearest the base; searched in floats and
 * settled in decimals, see floatSearch); years (solveWhole, likewise) as the
 * whole number of years (one row) or offset (several rows) where the ratio crosses 1 nearest the
 * base, up to 100 years. One row whose first year already reaches the investment breaks even at
 * 1 year, the smallest valid period; on several rows a ratio that stays at 1 or more over every
 * offset is alwaysAbove.
 */
export function solveBreakEven(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[], assumption: Assumption): BreakEven {
  return solveWith(mapValuer(rows, rate), rows, rate, investment, assumption);
}

/**
 * solveBreakEven on a valuer of the map. Drop-off, years and the discount rate are searched in
 * floats (floatSearch), every answer settled and the map valued at it in decimals.
 */
function solveWith(valuer: MapValuer, rows: readonly Outcome[], rate: Dec, investment: readonly Dec[], assumption: Assumption): BreakEven {
  const family = breakEvenFamily(rows, rate, assumption);
  const { parameter, interval } = family;
  const gap: Gap = (x) => {
    const map = family.at(x);
    return valuer.total(map.rows, map.rate).minus(investmentPresentValue(investment, map.rate));
  };
  const solved = rows.length === 0 ? noEffect : solveFamily(family, gap, () => floatGap(rows, rate, investment, assumption, parameter));
  const solution: Solution =
    !solved.found && solved.reason === "alwaysAbove" && parameter === "value" && interval.low !== null
      ? { found: true, at: interval.low, falls: false }
      : solved;
  if (!solution.found) return { assumption, parameter, found: false, reason: solution.reason, interval };
  const map = family.at(solution.at);
  return {
    assumption,
    parameter,
    found: true,
    at: solution.at,
    falls: solution.falls,
    valuation: valuer.value(map.rows, map.rate, investment),
  };
}

const noEffect: Solution = { found: false, reason: "noEffect" };

function solveFamily(family: BreakEvenFamily, gap: Gap, float: () => ReturnType<typeof floatGap>): Solution {
  const { shape, interval, base } = family;
  if (shape === "affine") return solveAffine(gap, interval, base);
  if (interval.low === null || interval.high === null) return noEffect;
  if (shape === "whole") return solveWholeFast(gap, float(), interval.low.toNumber(), interval.high.toNumber(), base.toNumber());
  return solveContinuousFast(gap, float(), interval.low, interval.high, base);
}

/**
 * Break-even of every assumption of an impact map (in ASSUMPTIONS order): the value, factor or
 * offset at which the SROI ratio is exactly 1, or why there is none. With a zero investment there
 * is no ratio, and every result is zeroInvestment.
 */
export function breakEvens(rows: readonly Outcome[], rate: Dec, investment: readonly Dec[]): BreakEven[] {
  const zero = investmentPresentValue(investment, rate).isZero();
  const valuer = mapValuer(rows, rate);
  return ASSUMPTIONS.map((assumption) => {
    if (!zero) return solveWith(valuer, rows, rate, investment, assumption);
    const { parameter, interval } = breakEvenFamily(rows, rate, assumption);
    return { assumption, parameter, found: false, reason: "zeroInvestment", interval };
  });
}
