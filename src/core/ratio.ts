import { Dec } from "./decimal";
import { SroiError } from "./errors";
import { investmentPresentValue, presentValue } from "./presentValue";

/** Present values of both sides of an SROI comparison. */
export interface Comparison {
  readonly benefits: Dec;
  readonly investment: Dec;
}

/** PV(benefits) and PV(investment) with the conventions of presentValue / investmentPresentValue. */
export function compare(benefits: readonly Dec[], investment: readonly Dec[], rate: Dec): Comparison {
  return { benefits: presentValue(benefits, rate), investment: investmentPresentValue(investment, rate) };
}

/** SROI ratio = PV(benefits) / PV(investment); a zero investment is a #DIV/0! error. */
export function sroiRatio(benefits: readonly Dec[], investment: readonly Dec[], rate: Dec): Dec {
  const pv = compare(benefits, investment, rate);
  if (pv.investment.isZero()) throw new SroiError("DIV0", { kind: "zeroInvestment", argument: "investment" });
  return pv.benefits.div(pv.investment);
}

/** Net value = PV(benefits) − PV(investment). */
export function netValue(benefits: readonly Dec[], investment: readonly Dec[], rate: Dec): Dec {
  const pv = compare(benefits, investment, rate);
  return pv.benefits.minus(pv.investment);
}
