import type { Dec } from "../decimal";
import type { Actor, BenefitSituation, PublicActor, Situation } from "./actors";
import type { Rates, RatesInput } from "./rates";

/**
 * The before/after model as a sheet or the taskpane gives it (every field `unknown`, validated by
 * parseBeforeAfter) and as the core works with it once validated.
 */

/** One participant group: how many people, and how they live before and after. */
export interface GroupInput {
  readonly name?: unknown;
  /** Number of participants in the group. */
  readonly size: unknown;
  /** "count" (default): people per situation, adding up to the size; "share": shares adding up to 1. */
  readonly basis?: unknown;
  /** People (or shares) per income situation before the intervention; blank counts as 0. */
  readonly before?: Readonly<Partial<Record<Situation, unknown>>>;
  /** People (or shares) per income situation at follow-up. */
  readonly after?: Readonly<Partial<Record<Situation, unknown>>>;
}

/**
 * An income situation: the gross amount one person receives per month (for employment: the wage
 * before tax, without employer fees), who pays it and whether income tax is paid on it. Employment
 * is always taxable and paid by an employer, so its `payer` and `taxable` are not read.
 */
export interface SituationInput {
  readonly monthlyAmount: unknown;
  readonly payer?: unknown;
  readonly taxable?: unknown;
}

/** A row of public resource use: what one unit costs, how much a participant uses per month. */
export interface ResourceInput {
  readonly name?: unknown;
  readonly unitCost?: unknown;
  /** Units per participant and month before the intervention (an average over all participants). */
  readonly before?: unknown;
  /** Units per participant and month at follow-up. */
  readonly after?: unknown;
  readonly payer?: unknown;
}

export interface BeforeAfterInput {
  readonly groups: readonly GroupInput[];
  readonly situations: Readonly<Partial<Record<Situation, SituationInput>>>;
  /** Blank rows (every field blank) are skipped. */
  readonly resources?: readonly ResourceInput[];
  readonly intervention: {
    /** Paid once, at the start, for each participant. */
    readonly costPerParticipant: unknown;
    /** Each actor's share of the intervention cost; blank is 0; together 1 when the cost is above 0. */
    readonly payerShares: Readonly<Partial<Record<Actor, unknown>>>;
  };
  /** How long the after situation lasts: a whole number of months (default) or years. */
  readonly horizon: { readonly value: unknown; readonly unit?: unknown };
  /** Share of the change that would have happened anyway (from the comparison alternative). */
  readonly deadweight: unknown;
  /** Yearly discount rate; blank is 0 (no discounting). */
  readonly discountRate?: unknown;
  readonly rates: RatesInput;
}

export interface Group {
  readonly name: string;
  readonly size: Dec;
  /** People per situation (shares already multiplied by the size). */
  readonly before: Readonly<Record<Situation, Dec>>;
  readonly after: Readonly<Record<Situation, Dec>>;
}

/** A benefit: the gross amount per person and month, who pays it, whether income tax is paid on it. */
export interface BenefitTerms {
  readonly monthlyAmount: Dec;
  readonly payer: PublicActor;
  readonly taxable: boolean;
}

export interface Resource {
  readonly name: string;
  readonly unitCost: Dec;
  readonly before: Dec;
  readonly after: Dec;
  readonly payer: Actor;
}

export interface BeforeAfterModel {
  readonly groups: readonly Group[];
  readonly benefits: Readonly<Record<BenefitSituation, BenefitTerms>>;
  /** The monthly wage of a participant in employment. */
  readonly wage: Dec;
  readonly resources: readonly Resource[];
  readonly costPerParticipant: Dec;
  readonly payerShares: Readonly<Record<Actor, Dec>>;
  readonly horizonMonths: number;
  readonly deadweight: Dec;
  readonly discountRate: Dec;
  readonly rates: Rates;
}
