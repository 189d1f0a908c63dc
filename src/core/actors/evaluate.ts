import { Dec, sum, TWELVE, ZERO } from "../decimal";
import { SroiError } from "../errors";
import { paybackMonthsConstant } from "../payback";
import { presentValue } from "../presentValue";
import { ACTORS, Actor } from "./actors";
import { actorFlows, Flow, FlowKind } from "./flows";
import type { BeforeAfterInput, BeforeAfterModel } from "./model";
import { parseBeforeAfter, participantCount } from "./parse";

/**
 * Who gains, and when each actor's share of the intervention cost is paid back: per actor and for
 * society as a whole (the sum over all actors, where transfers cancel and only production and
 * resource use remain).
 */

export interface ActorResult {
  readonly actor: Actor | "society";
  /** Change per month after deadweight: positive is a gain. */
  readonly monthly: Dec;
  /** 12 × the monthly change. */
  readonly yearly: Dec;
  /** The parts of the monthly change from transfers, production and resource use. */
  readonly transfers: Dec;
  readonly production: Dec;
  readonly resources: Dec;
  /** The actor's share of the intervention cost, paid at the start. */
  readonly investment: Dec;
  /** Present value of the monthly change over the horizon (see horizonValue). */
  readonly horizonValue: Dec;
  /** horizonValue − investment: the profitability over the horizon. */
  readonly netValue: Dec;
  /**
   * Months until the change covers the investment, as SROI.PAYBACK with a constant value
   * (paybackMonthsConstant, 12 × monthly a year); null when it never does.
   */
  readonly paybackMonths: Dec | null;
  readonly paidBackWithinHorizon: boolean;
}

export interface BeforeAfterResult {
  readonly participants: Dec;
  readonly horizonMonths: number;
  readonly flows: readonly Flow[];
  /** One result per actor, in the order of ACTORS. */
  readonly actors: readonly ActorResult[];
  readonly society: ActorResult;
  /** Sum of every transfer over every actor: 0 by construction, shown as a check. */
  readonly transferBalance: Dec;
}

/**
 * Present value of a constant monthly amount M over H months, discounted yearly as presentValue:
 * whole years bring 12·M at the end of the year, a last part-year of m months brings m·M at the end
 * of that year. Undiscounted: M · H.
 */
export function horizonValue(monthly: Dec, months: number, rate: Dec): Dec {
  const years = Math.floor(months / 12);
  const rest = months - 12 * years;
  const profile = Array.from({ length: years }, () => monthly.times(TWELVE));
  if (rest > 0) profile.push(monthly.times(rest));
  return presentValue(profile, rate);
}

function paybackOrNull(investment: Dec, monthly: Dec, rate: Dec): Dec | null {
  try {
    return paybackMonthsConstant([investment], monthly.times(TWELVE), rate);
  } catch (error) {
    if (error instanceof SroiError && error.detail.kind === "noPayback") return null;
    throw error;
  }
}

function part(all: readonly Flow[], kind: FlowKind, value: (f: Flow) => Dec): Dec {
  return sum(all.filter((f) => f.kind === kind).map(value));
}

function result(actor: Actor | "society", all: readonly Flow[], investment: Dec, model: BeforeAfterModel): ActorResult {
  const value = (f: Flow): Dec => (actor === "society" ? f.society : f.byActor[actor]);
  const monthly = sum(all.map(value));
  const pv = horizonValue(monthly, model.horizonMonths, model.discountRate);
  const payback = paybackOrNull(investment, monthly, model.discountRate);
  return {
    actor,
    monthly,
    yearly: monthly.times(TWELVE),
    transfers: part(all, "transfer", value),
    production: part(all, "production", value),
    resources: part(all, "resource", value),
    investment,
    horizonValue: pv,
    netValue: pv.minus(investment),
    paybackMonths: payback,
    paidBackWithinHorizon: payback !== null && payback.lte(model.horizonMonths),
  };
}

/** Splits a validated model by actor: flows, each actor's result, society's and the transfer check. */
export function evaluateBeforeAfter(model: BeforeAfterModel): BeforeAfterResult {
  const all = actorFlows(model);
  const n = participantCount(model);
  const cost = model.costPerParticipant.times(n);
  return {
    participants: n,
    horizonMonths: model.horizonMonths,
    flows: all,
    actors: ACTORS.map((actor) => result(actor, all, cost.times(model.payerShares[actor]), model)),
    society: result("society", all, cost, model),
    transferBalance: all.filter((f) => f.kind === "transfer").reduce((acc, f) => acc.plus(f.society), ZERO),
  };
}

/** Validates and evaluates a before/after model in one step. */
export function splitByActor(input: BeforeAfterInput): BeforeAfterResult {
  return evaluateBeforeAfter(parseBeforeAfter(input));
}
