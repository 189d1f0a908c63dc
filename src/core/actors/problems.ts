import { collectErrors, SroiError } from "../errors";
import type { BeforeAfterInput, BeforeAfterModel } from "./model";
import { readBeforeAfterModel } from "./parse";

/**
 * Every problem of a before/after input at once, for a pane that lists them all: the parts that do
 * not depend on each other (each group, each income situation, each resource row, the intervention
 * cost and its shares, the horizon, the deadweight, the discount rate, each rate) are validated
 * separately, with the same readers and rules as parseBeforeAfter.
 */

export type BeforeAfterValidation =
  | { readonly ok: true; readonly model: BeforeAfterModel }
  /** Every SroiError found, in the order parseBeforeAfter reads the parts; the first is the one it throws. */
  | { readonly ok: false; readonly errors: readonly SroiError[] };

/**
 * Validates every part of `input` and returns all SroiErrors found, or, when there are none, the
 * model parseBeforeAfter returns. Errors other than SroiError are not input problems: they are thrown.
 */
export function validateBeforeAfter(input: BeforeAfterInput): BeforeAfterValidation {
  const { value: model, errors } = collectErrors((part) => readBeforeAfterModel(input, part));
  return model !== undefined && errors.length === 0 ? { ok: true, model } : { ok: false, errors };
}
