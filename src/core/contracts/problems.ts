import { collectErrors, SroiError } from "../errors";
import { readContractWith } from "./contract";
import type { Contract, ContractInput } from "./model";

/**
 * Every problem of an outcome contract at once, for a pane that lists them all: each term, each
 * outcome's price, saving and expected outcomes per year and each year's delivery cost are read on
 * their own, with the same readers and rules as readContract.
 */

export type ContractValidation =
  | { readonly ok: true; readonly contract: Contract }
  /** Every SroiError found, in the order readContract reads the fields; the first is the one it throws. */
  | { readonly ok: false; readonly errors: readonly SroiError[] };

/** Validates every field of `input`; errors other than SroiError are not input problems and are thrown. */
export function validateContract(input: ContractInput): ContractValidation {
  const { value: contract, errors } = collectErrors((part) => readContractWith(input, part));
  return contract !== undefined && errors.length === 0 ? { ok: true, contract } : { ok: false, errors };
}
