import type { Dec } from "../decimal";
import type { IrrResult } from "./irr";

/**
 * The outcome contract as a sheet or the taskpane gives it (every field `unknown`, validated by
 * readContract) and the results evaluateContract computes.
 */

/** One outcome the commissioner pays for: price and saving per validated outcome, expected outcomes per year. */
export interface OutcomeRowInput {
  readonly price: unknown;
  readonly saving: unknown;
  /** Expected validated outcomes per contract year; blank counts as 0, years after the contract are ignored. */
  readonly expected: readonly unknown[];
}

export interface ContractInput {
  /** Contract years, a whole number 1–10. */
  readonly years: unknown;
  /** Yearly discount rate for the commissioner's present value (0.035 for 3.5 %). */
  readonly discountRate: unknown;
  /** The fixed fee paid every contract year (the part not at risk); blank counts as 0. */
  readonly fixedFee?: unknown;
  /** Cap on the total outcome payments over the contract; blank means no cap. */
  readonly cap?: unknown;
  readonly outcomes: readonly OutcomeRowInput[];
  /** The provider's delivery cost per year, funded up front by the investor; blank counts as 0. */
  readonly deliveryCost: readonly unknown[];
}

interface OutcomeRow {
  readonly price: Dec;
  readonly saving: Dec;
  readonly expected: readonly Dec[];
}

/** A validated contract: every year list has exactly `years` entries. */
export interface Contract {
  readonly years: number;
  readonly discountRate: Dec;
  readonly fixedFee: Dec;
  readonly cap: Dec | null;
  readonly outcomes: readonly OutcomeRow[];
  readonly deliveryCost: readonly Dec[];
}

export interface ContractYear {
  /** Σ price × expected outcomes, before the cap. */
  readonly uncapped: Dec;
  /** The outcome payment after the cap: min(uncapped, cap − paid in earlier years). */
  readonly outcomePayments: Dec;
  readonly fixedFee: Dec;
  /** Fixed fee + outcome payments. */
  readonly payments: Dec;
  /** Σ saving × expected outcomes. */
  readonly savings: Dec;
  /** Savings − payments. */
  readonly commissionerNet: Dec;
  readonly deliveryCost: Dec;
  /** Payments − delivery cost. */
  readonly investorNet: Dec;
  /** The investor's net flows summed up to and including this year. */
  readonly investorPosition: Dec;
}

/** Break-even achievement: the share of the expected outcomes at which payments cover the delivery cost. */
export type BreakEvenAchievement =
  | { readonly kind: "share"; readonly share: Dec }
  /** capTooLow: even at the cap the payments stay below the cost; noOutcomes: nothing is expected to be paid for. */
  | { readonly kind: "none"; readonly reason: "capTooLow" | "noOutcomes" };

export interface ContractResult {
  readonly years: readonly ContractYear[];
  readonly totals: Omit<ContractYear, "investorPosition">;
  /** Present value of the commissioner's net, each year discounted by (1 + r)^t (Excel's NPV). */
  readonly commissionerPresentValue: Dec;
  readonly investorIrr: IrrResult;
  /** Total payments / total delivery cost; null when there is no delivery cost. */
  readonly moneyMultiple: Dec | null;
  /** Total outcome payments / total payments; null when nothing is paid. */
  readonly shareAtRisk: Dec | null;
  readonly breakEven: BreakEvenAchievement;
}
