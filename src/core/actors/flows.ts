import { Dec, ONE, sum, TWELVE, ZERO } from "../decimal";
import { ACTORS, Actor, BENEFIT_SITUATIONS, BenefitSituation, Situation, SITUATIONS } from "./actors";
import type { BeforeAfterModel } from "./model";
import { participantCount } from "./parse";

/**
 * The monthly money flows a change of situation sets off, per actor, after deadweight.
 * - Transfers move money between actors and the individual and sum to zero across actors: each
 *   benefit (its payer pays less, the individual receives less) and each income tax (the
 *   individual pays, the municipality, region or state receives).
 * - Production is what society gains from work: the wage (to the individual, before tax) and the
 *   employer fees on top of it (to the state).
 * - Resource use: what each payer saves when participants use fewer units.
 * Every flow is the change (after − before) × (1 − deadweight), as in the impact map.
 */

export type FlowKind = "transfer" | "production" | "resource";

type FlowId = BenefitSituation | "municipalTax" | "regionalTax" | "stateTax" | "wage" | "employerFees" | "resource";

export interface Flow {
  readonly id: FlowId;
  readonly kind: FlowKind;
  /** The resource row's name (resource flows only; "" otherwise). */
  readonly name: string;
  /** Change per month for each actor: positive is a gain (more received or less paid). */
  readonly byActor: Readonly<Record<Actor, Dec>>;
  /** The sum over all actors: exactly 0 for a transfer. */
  readonly society: Dec;
}

/** People per situation over all groups at one moment. */
function peopleIn(model: BeforeAfterModel, moment: "before" | "after"): Record<Situation, Dec> {
  const totals = {} as Record<Situation, Dec>;
  for (const s of SITUATIONS) totals[s] = sum(model.groups.map((g) => g[moment][s]));
  return totals;
}

/** The change in people per situation: after − before. */
function peopleChange(model: BeforeAfterModel): Record<Situation, Dec> {
  const before = peopleIn(model, "before");
  const after = peopleIn(model, "after");
  const change = {} as Record<Situation, Dec>;
  for (const s of SITUATIONS) change[s] = after[s].minus(before[s]);
  return change;
}

function flow(id: FlowId, kind: FlowKind, amounts: Partial<Record<Actor, Dec>>, name = ""): Flow {
  const byActor = {} as Record<Actor, Dec>;
  for (const actor of ACTORS) byActor[actor] = amounts[actor] ?? ZERO;
  return { id, kind, name, byActor, society: sum(ACTORS.map((a) => byActor[a])) };
}

/** A transfer of `amount` from the individual to `receiver` (negative: the other way). */
function transfer(id: FlowId, receiver: Actor, amount: Dec): Flow {
  return flow(id, "transfer", { [receiver]: amount, individual: amount.neg() });
}

/** Monthly income tax on one person's monthly taxable income: [municipal, regional, state]. */
function monthlyTax(model: BeforeAfterModel, income: Dec): [Dec, Dec, Dec] {
  const { municipalTax, regionalTax, stateTax, stateTaxThreshold } = model.rates;
  const aboveThreshold = Dec.max(ZERO, income.minus(stateTaxThreshold.value.div(TWELVE)));
  return [income.times(municipalTax.value), income.times(regionalTax.value), aboveThreshold.times(stateTax.value)];
}

/** Every flow of the model, in the order: benefits, income taxes, production, resource rows. */
export function actorFlows(model: BeforeAfterModel): Flow[] {
  const keep = ONE.minus(model.deadweight);
  const change = peopleChange(model);
  const taxed: [Dec, Dec, Dec] = [ZERO, ZERO, ZERO];
  const addTax = (people: Dec, income: Dec): void => {
    monthlyTax(model, income).forEach((tax, i) => (taxed[i] = taxed[i].plus(people.times(tax))));
  };
  const benefits = BENEFIT_SITUATIONS.map((s) => {
    const terms = model.benefits[s];
    if (terms.taxable) addTax(change[s], terms.monthlyAmount);
    return transfer(s, terms.payer, change[s].times(terms.monthlyAmount).times(keep).neg());
  });
  addTax(change.employment, model.wage);
  const wages = change.employment.times(model.wage).times(keep);
  const n = participantCount(model);
  return [
    ...benefits,
    transfer("municipalTax", "municipality", taxed[0].times(keep)),
    transfer("regionalTax", "region", taxed[1].times(keep)),
    transfer("stateTax", "state", taxed[2].times(keep)),
    flow("wage", "production", { individual: wages }),
    flow("employerFees", "production", { state: wages.times(model.rates.employerFees.value) }),
    ...model.resources.map((r) =>
      flow("resource", "resource", { [r.payer]: r.before.minus(r.after).times(r.unitCost).times(n).times(keep) }, r.name),
    ),
  ];
}
