import { Dec, sum, ZERO } from "../decimal";
import { ReadPart, SroiError } from "../errors";
import { fieldPath } from "../actors/names";
import { presentValue } from "../presentValue";
import { checkRange, isBlank, readDiscountRate, readNonNegative, readNumber } from "../validate";
import { internalRate } from "./irr";
import type { BreakEvenAchievement, Contract, ContractInput, ContractResult, ContractYear } from "./model";

/**
 * Outcome contracts (seed 001): the commissioner pays a fixed fee per year plus a price per
 * validated outcome, with an optional cap on the total outcome payments applied cumulatively; the
 * investor (or the internal bank) funds the provider's delivery cost up front and is repaid from
 * the payments.
 */

const CONTRACT_YEARS = { min: 1, max: 10 } as const;

const readOptionalAmount = (argument: string, value: unknown): Dec => (isBlank(value) ? ZERO : readNonNegative(argument, value));

const throwing: ReadPart = (read) => read();

/**
 * Reads a contract part by part through `part`: every field is read on its own, so a caller that
 * collects errors sees every bad field. Undefined when a part could not be read.
 */
export function readContractWith(input: ContractInput, part: ReadPart): Contract | undefined {
  const years = part(() => {
    const yearsValue = readNumber("contract_years", input.years);
    if (!yearsValue.isInteger())
      throw new SroiError("VALUE", {
        kind: "notInteger",
        argument: "contract_years",
        given: yearsValue.toNumber(),
        allowed: CONTRACT_YEARS,
      });
    return checkRange("contract_years", yearsValue, CONTRACT_YEARS).toNumber();
  });
  const discountRate = part(() => readDiscountRate("discount_rate", input.discountRate));
  const fixedFee = part(() => readOptionalAmount("fixed_fee", input.fixedFee));
  const cap = part(() => (isBlank(input.cap) ? null : readNonNegative("cap", input.cap)));
  // Without a valid number of years, every year typed is read (and so checked).
  const count = (values: readonly unknown[]) => years ?? values.length;
  const perYear = (values: readonly unknown[], path: (year: number) => string): (Dec | undefined)[] =>
    Array.from({ length: count(values) }, (_, t) => part(() => readOptionalAmount(path(t + 1), values[t])));
  const outcomes = input.outcomes.map((row, i) => ({
    price: part(() => readNonNegative(fieldPath("outcomes", i + 1, "price"), row.price)),
    saving: part(() => readNonNegative(fieldPath("outcomes", i + 1, "saving"), row.saving)),
    expected: perYear(row.expected, (t) => fieldPath("outcomes", i + 1, "expected", t)),
  }));
  const deliveryCost = perYear(input.deliveryCost, (t) => fieldPath("delivery_cost", t));
  const read = <T>(value: T | undefined): value is T => value !== undefined;
  const complete = (values: readonly (Dec | undefined)[]): values is Dec[] => values.every(read);
  if (years === undefined || discountRate === undefined || fixedFee === undefined || cap === undefined) return undefined;
  if (!complete(deliveryCost) || !outcomes.every((o) => read(o.price) && read(o.saving) && complete(o.expected))) return undefined;
  return { years, discountRate, fixedFee, cap, outcomes: outcomes as Contract["outcomes"], deliveryCost };
}

/** Validates a contract; throws an SroiError naming the first bad field. */
export function readContract(input: ContractInput): Contract {
  return readContractWith(input, throwing) as Contract;
}

/**
 * Outcome payments after a cap applied cumulatively: year t pays min(uncappedₜ, cap − paid in
 * years before t), so the payments never add up to more than the cap. A null cap pays in full.
 */
export function cappedPayments(uncapped: readonly Dec[], cap: Dec | null): Dec[] {
  let paid = ZERO;
  return uncapped.map((u) => {
    const pay = cap === null ? u : Dec.min(u, Dec.max(ZERO, cap.minus(paid)));
    paid = paid.plus(pay);
    return pay;
  });
}

/**
 * Break-even achievement: the share s of the expected outcomes (every row and year scaled alike)
 * at which total payments equal total delivery cost, undiscounted. With the cap applied
 * cumulatively the outcome payments over the contract are min(s × U, cap), U the uncapped total,
 * so s = (delivery cost − fixed fees) / U when that need is within the cap; 0 when the fixed fees
 * alone cover the cost.
 */
export function breakEvenAchievement(uncappedTotal: Dec, fixedFees: Dec, deliveryCost: Dec, cap: Dec | null): BreakEvenAchievement {
  const need = deliveryCost.minus(fixedFees);
  if (need.lte(0)) return { kind: "share", share: ZERO };
  if (cap !== null && need.gt(cap)) return { kind: "none", reason: "capTooLow" };
  if (uncappedTotal.lte(0)) return { kind: "none", reason: "noOutcomes" };
  return { kind: "share", share: need.div(uncappedTotal) };
}

/** Every yearly and total result of a contract. */
export function evaluateContract(input: ContractInput): ContractResult {
  return contractResult(readContract(input));
}

/** Every yearly and total result of a contract already read (see readContract, validateContract). */
export function contractResult(c: Contract): ContractResult {
  const yearIndexes = Array.from({ length: c.years }, (_, t) => t);
  const uncapped = yearIndexes.map((t) => sum(c.outcomes.map((o) => o.price.times(o.expected[t]))));
  const outcomePayments = cappedPayments(uncapped, c.cap);
  let position = ZERO;
  const years: ContractYear[] = yearIndexes.map((t) => {
    const payments = c.fixedFee.plus(outcomePayments[t]);
    const savings = sum(c.outcomes.map((o) => o.saving.times(o.expected[t])));
    const investorNet = payments.minus(c.deliveryCost[t]);
    position = position.plus(investorNet);
    return {
      uncapped: uncapped[t],
      outcomePayments: outcomePayments[t],
      fixedFee: c.fixedFee,
      payments,
      savings,
      commissionerNet: savings.minus(payments),
      deliveryCost: c.deliveryCost[t],
      investorNet,
      investorPosition: position,
    };
  });
  const total = (pick: (y: ContractYear) => Dec): Dec => sum(years.map(pick));
  const totals = {
    uncapped: total((y) => y.uncapped),
    outcomePayments: total((y) => y.outcomePayments),
    fixedFee: total((y) => y.fixedFee),
    payments: total((y) => y.payments),
    savings: total((y) => y.savings),
    commissionerNet: total((y) => y.commissionerNet),
    deliveryCost: total((y) => y.deliveryCost),
    investorNet: total((y) => y.investorNet),
  };
  return {
    years,
    totals,
    commissionerPresentValue: presentValue(
      years.map((y) => y.commissionerNet),
      c.discountRate,
    ),
    investorIrr: internalRate(years.map((y) => y.investorNet)),
    moneyMultiple: totals.deliveryCost.isZero() ? null : totals.payments.div(totals.deliveryCost),
    shareAtRisk: totals.payments.isZero() ? null : totals.outcomePayments.div(totals.payments),
    breakEven: breakEvenAchievement(totals.uncapped, totals.fixedFee, totals.deliveryCost, c.cap),
  };
}
