import { Dec, sum, ZERO } from "../decimal";
import { SroiError } from "../errors";
import { isBlank, readDiscountRate, readNonNegative, readNumber, readOptional, readShare, checkRange } from "../validate";
import { ACTORS, Actor, BENEFIT_SITUATIONS, BenefitSituation, PUBLIC_ACTORS, readActor, Situation, SITUATIONS } from "./actors";
import { readChoice, readHorizonUnit, readYesNo } from "./choices";
import type { BeforeAfterInput, BeforeAfterModel, BenefitTerms, Group, GroupInput, Resource, ResourceInput } from "./model";
import { fieldPath } from "./names";
import { readRates } from "./rates";

/**
 * Validates a before/after model. Every error is a typed SroiError naming the field by its path
 * ("groups[1].after", "situations.employment.monthly_amount", "municipal_tax_rate").
 */

/** Parts may differ from their whole by this much (relative), for figures computed in a sheet. */
const SUM_TOLERANCE = new Dec("1e-9");

function checkSum(argument: string, parts: readonly Dec[], whole: Dec, of?: string): void {
  const total = sum(parts);
  if (total.minus(whole).abs().gt(SUM_TOLERANCE.times(Dec.max(1, whole.abs())))) {
    throw new SroiError("VALUE", { kind: "sumMismatch", argument, given: total.toNumber(), expected: whole.toNumber(), ...(of === undefined ? {} : { of }) });
  }
}

function text(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

function readSituations(argument: string, values: GroupInput["before"], read: (argument: string, value: unknown) => Dec): Record<Situation, Dec> {
  const people = {} as Record<Situation, Dec>;
  for (const s of SITUATIONS) people[s] = readOptional(fieldPath(argument, s), values?.[s], 0, read);
  return people;
}

function readGroup(input: GroupInput, index: number): Group {
  const at = (...parts: string[]): string => fieldPath("groups", index, ...parts);
  const size = readNonNegative(at("size"), input.size);
  const basis = isBlank(input.basis) ? "count" : readChoice(at("basis"), input.basis, ["count", "share"] as const, (b) => [b], (b) => (b === "count" ? ["antal"] : ["andel", "andelar"]));
  const read = basis === "count" ? readNonNegative : readShare;
  const whole = basis === "count" ? size : new Dec(1);
  const people = (moment: "before" | "after"): Record<Situation, Dec> => {
    const given = readSituations(at(moment), input[moment], read);
    checkSum(at(moment), SITUATIONS.map((s) => given[s]), whole, basis === "count" ? at("size") : undefined);
    if (basis === "count") return given;
    const counts = {} as Record<Situation, Dec>;
    for (const s of SITUATIONS) counts[s] = given[s].times(size);
    return counts;
  };
  return { name: text(input.name), size, before: people("before"), after: people("after") };
}

function readBenefit(situation: BenefitSituation, input: BeforeAfterInput["situations"][Situation]): BenefitTerms {
  const at = (part: string): string => fieldPath("situations", situation, part);
  return {
    monthlyAmount: readNonNegative(at("monthly_amount"), input?.monthlyAmount),
    payer: readActor(at("payer"), input?.payer, PUBLIC_ACTORS),
    taxable: readYesNo(at("taxable"), input?.taxable),
  };
}

function isBlankRow(row: ResourceInput): boolean {
  return [row.name, row.unitCost, row.before, row.after, row.payer].every(isBlank);
}

function readResource(row: ResourceInput, index: number): Resource {
  const at = (part: string): string => fieldPath("resources", index, part);
  return {
    name: text(row.name),
    unitCost: readNonNegative(at("unit_cost"), row.unitCost),
    before: readNonNegative(at("before"), row.before),
    after: readNonNegative(at("after"), row.after),
    payer: readActor(at("payer"), row.payer, ACTORS),
  };
}

function readPayerShares(input: BeforeAfterInput["intervention"], cost: Dec): Record<Actor, Dec> {
  const shares = {} as Record<Actor, Dec>;
  for (const actor of ACTORS) shares[actor] = readOptional(fieldPath("intervention", "payer_shares", actor), input.payerShares?.[actor], 0, readShare);
  if (cost.gt(0)) checkSum(fieldPath("intervention", "payer_shares"), ACTORS.map((a) => shares[a]), new Dec(1));
  return shares;
}

const HORIZON_LIMITS = { months: { min: 1, max: 1200 }, years: { min: 1, max: 100 } } as const;

function readHorizonMonths(input: BeforeAfterInput["horizon"] | undefined): number {
  const unit = readHorizonUnit("horizon_unit", input?.unit);
  const allowed = HORIZON_LIMITS[unit];
  const value = readNumber("horizon", input?.value);
  if (!value.isInteger()) throw new SroiError("VALUE", { kind: "notInteger", argument: "horizon", given: value.toNumber(), allowed });
  const whole = checkRange("horizon", value, allowed).toNumber();
  return unit === "years" ? whole * 12 : whole;
}

/** Validates every field of a before/after model and returns it in decimals. */
export function parseBeforeAfter(input: BeforeAfterInput): BeforeAfterModel {
  if (!Array.isArray(input.groups) || input.groups.length === 0) throw new SroiError("VALUE", { kind: "empty", argument: "groups" });
  const groups = input.groups.map((g, i) => readGroup(g, i + 1));
  const benefits = {} as Record<BenefitSituation, BenefitTerms>;
  for (const s of BENEFIT_SITUATIONS) benefits[s] = readBenefit(s, input.situations?.[s]);
  const wage = readNonNegative(fieldPath("situations", "employment", "monthly_amount"), input.situations?.employment?.monthlyAmount);
  const resources = (input.resources ?? []).flatMap((row, i) => (isBlankRow(row) ? [] : [readResource(row, i + 1)]));
  const costPerParticipant = readNonNegative(fieldPath("intervention", "cost_per_participant"), input.intervention?.costPerParticipant);
  return {
    groups,
    benefits,
    wage,
    resources,
    costPerParticipant,
    payerShares: readPayerShares(input.intervention ?? { costPerParticipant: undefined, payerShares: {} }, costPerParticipant),
    horizonMonths: readHorizonMonths(input.horizon),
    deadweight: readShare("deadweight", input.deadweight),
    discountRate: readOptional("discount_rate", input.discountRate, 0, readDiscountRate),
    rates: readRates(input.rates),
  };
}

/** The number of participants over all groups. */
export function participantCount(model: BeforeAfterModel): Dec {
  return model.groups.reduce((acc, g) => acc.plus(g.size), ZERO);
}
