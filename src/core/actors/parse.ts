import { closeTo, Dec, sum, ZERO } from "../decimal";
import { ReadPart, SroiError } from "../errors";
import { isBlank, readDiscountRate, readNonNegative, readOptional, readShare, readWhole } from "../validate";
import { ACTORS, Actor, BENEFIT_SITUATIONS, BenefitSituation, PUBLIC_ACTORS, readActor, Situation, SITUATIONS } from "./actors";
import { readChoice, readHorizonUnit, readYesNo } from "./choices";
import type { BeforeAfterInput, BeforeAfterModel, BenefitTerms, Group, GroupInput, Resource, ResourceInput } from "./model";
import { fieldPath } from "./names";
import { RATE_KEYS, Rate, RatesInput, readRate } from "./rates";

/**
 * Validates a before/after model. Every error is a typed SroiError naming the field by its path
 * ("groups[1].after", "situations.employment.monthly_amount", "municipal_tax_rate").
 */

/** Parts may differ from their whole by this much (relative), for figures computed in a sheet. */
const SUM_TOLERANCE = new Dec("1e-9");

function checkSum(argument: string, parts: readonly Dec[], whole: Dec, of?: string): void {
  const total = sum(parts);
  // |total − whole| ≤ 1e-9 × max(1, |whole|)
  if (!closeTo(total, whole, SUM_TOLERANCE, SUM_TOLERANCE)) {
    throw new SroiError("VALUE", {
      kind: "sumMismatch",
      argument,
      given: total.toNumber(),
      expected: whole.toNumber(),
      ...(of === undefined ? {} : { of }),
    });
  }
}

function text(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

function readSituations(
  argument: string,
  values: GroupInput["before"],
  read: (argument: string, value: unknown) => Dec,
): Record<Situation, Dec> {
  const people = {} as Record<Situation, Dec>;
  for (const s of SITUATIONS) people[s] = readOptional(fieldPath(argument, s), values?.[s], 0, read);
  return people;
}

function readBasis(argument: string, value: unknown): "count" | "share" {
  if (isBlank(value)) return "count";
  return readChoice(
    argument,
    value,
    ["count", "share"] as const,
    (b) => [b],
    (b) => (b === "count" ? ["antal"] : ["andel", "andelar"]),
  );
}

/** A group in three parts: its size and basis, then the people before and after (read only when the size is good). */
function readGroup(input: GroupInput, index: number, part: ReadPart): Group | undefined {
  const at = (...parts: string[]): string => fieldPath("groups", index, ...parts);
  const frame = part(() => ({ size: readNonNegative(at("size"), input.size), basis: readBasis(at("basis"), input.basis) }));
  if (frame === undefined) return undefined;
  const { size, basis } = frame;
  const read = basis === "count" ? readNonNegative : readShare;
  const whole = basis === "count" ? size : new Dec(1);
  const people = (moment: "before" | "after"): Record<Situation, Dec> => {
    const given = readSituations(at(moment), input[moment], read);
    checkSum(
      at(moment),
      SITUATIONS.map((s) => given[s]),
      whole,
      basis === "count" ? at("size") : undefined,
    );
    if (basis === "count") return given;
    const counts = {} as Record<Situation, Dec>;
    for (const s of SITUATIONS) counts[s] = given[s].times(size);
    return counts;
  };
  const before = part(() => people("before"));
  const after = part(() => people("after"));
  return before && after && { name: text(input.name), size, before, after };
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

/** The shares of the cost; they must add up to 1 when the cost is known to be above 0. */
function readPayerShares(input: BeforeAfterInput["intervention"] | undefined, cost: Dec | undefined): Record<Actor, Dec> {
  const shares = {} as Record<Actor, Dec>;
  for (const actor of ACTORS)
    shares[actor] = readOptional(fieldPath("intervention", "payer_shares", actor), input?.payerShares?.[actor], 0, readShare);
  if (cost?.gt(0))
    checkSum(
      fieldPath("intervention", "payer_shares"),
      ACTORS.map((a) => shares[a]),
      new Dec(1),
    );
  return shares;
}

const HORIZON_LIMITS = { months: { min: 1, max: 1200 }, years: { min: 1, max: 100 } } as const;

function readHorizonMonths(input: BeforeAfterInput["horizon"] | undefined): number {
  const unit = readHorizonUnit("horizon_unit", input?.unit);
  const allowed = HORIZON_LIMITS[unit];
  const whole = readWhole("horizon", input?.value, allowed);
  return unit === "years" ? whole * 12 : whole;
}

function nonEmptyGroups(groups: unknown): readonly GroupInput[] {
  if (!Array.isArray(groups) || groups.length === 0) throw new SroiError("VALUE", { kind: "empty", argument: "groups" });
  return groups as readonly GroupInput[];
}

/**
 * Reads a model part by part, in the order: groups, income situations, resource rows, the
 * intervention cost and its shares, horizon, deadweight, discount rate, rates. Returns the model
 * when every part was read, else undefined.
 */
export function readBeforeAfterModel(input: BeforeAfterInput, part: ReadPart): BeforeAfterModel | undefined {
  let missing = false;
  const got = <T>(value: T | undefined): T => {
    if (value === undefined) missing = true;
    return value as T;
  };
  const groups = (part(() => nonEmptyGroups(input.groups)) ?? []).map((g, i) => got(readGroup(g, i + 1, part)));
  if (groups.length === 0) missing = true;
  const benefits = {} as Record<BenefitSituation, BenefitTerms>;
  for (const s of BENEFIT_SITUATIONS) benefits[s] = got(part(() => readBenefit(s, input.situations?.[s])));
  const wage = got(
    part(() => readNonNegative(fieldPath("situations", "employment", "monthly_amount"), input.situations?.employment?.monthlyAmount)),
  );
  const resources = (input.resources ?? []).flatMap((row, i) => (isBlankRow(row) ? [] : [got(part(() => readResource(row, i + 1)))]));
  const costPerParticipant = part(() =>
    readNonNegative(fieldPath("intervention", "cost_per_participant"), input.intervention?.costPerParticipant),
  );
  const payerShares = part(() => readPayerShares(input.intervention, costPerParticipant));
  const horizonMonths = part(() => readHorizonMonths(input.horizon));
  const deadweight = part(() => readShare("deadweight", input.deadweight));
  const discountRate = part(() => readOptional("discount_rate", input.discountRate, 0, readDiscountRate));
  const rates = {} as Record<keyof RatesInput, Rate>;
  for (const key of RATE_KEYS) rates[key] = got(part(() => readRate(key, input.rates?.[key])));
  const model: BeforeAfterModel = {
    groups,
    benefits,
    wage,
    resources,
    costPerParticipant: got(costPerParticipant),
    payerShares: got(payerShares),
    horizonMonths: got(horizonMonths),
    deadweight: got(deadweight),
    discountRate: got(discountRate),
    rates,
  };
  return missing ? undefined : model;
}

/** Validates every field of a before/after model and returns it in decimals; throws the first SroiError. */
export function parseBeforeAfter(input: BeforeAfterInput): BeforeAfterModel {
  const model = readBeforeAfterModel(input, (read) => read());
  if (model === undefined) throw new SroiError("VALUE", { kind: "unexpected" });
  return model;
}

/** The number of participants over all groups. */
export function participantCount(model: BeforeAfterModel): Dec {
  return model.groups.reduce((acc, g) => acc.plus(g.size), ZERO);
}
