/**
 * Typed errors of the core. The code is named after the Excel error it maps to; the detail says
 * which argument, what was given and what is allowed, so messages can be rendered in any language
 * (see messages.ts). Callers compare `code` and `detail.kind`, never message text.
 */
export type ErrorCode = "VALUE" | "NUM" | "DIV0" | "NA";

/** A value as it was given, kept for the message ("25", "\"abc\"", "TRUE", blank). */
export type Given = number | string | boolean | null | undefined | object;

export type ErrorDetail =
  | { kind: "required"; argument: string }
  | { kind: "notNumber"; argument: string; given: Given }
  | { kind: "notFinite"; argument: string; given: Given }
  | { kind: "outOfRange"; argument: string; given: Given; allowed: Range }
  | { kind: "percentLike"; argument: string; given: Given; allowed: Range }
  | { kind: "notInteger"; argument: string; given: Given; allowed: Range }
  | { kind: "count"; argument: string; given: number; expected: number }
  | { kind: "shape"; argument: string; rows: number; columns: number; expected: string }
  | { kind: "empty"; argument: string }
  | { kind: "mismatch"; argument: string; given: number; expected: number }
  /** Parts that must add up to a whole (people in situations → the group size); `of` names the whole. */
  | { kind: "sumMismatch"; argument: string; given: Given; expected: Given; of?: string }
  | { kind: "unknownName"; argument: string; given: Given; allowed: readonly string[] }
  | { kind: "zeroInvestment"; argument: string }
  /** A three-point estimate (low, likely, high) given as a range of the wrong number of cells. */
  | { kind: "estimateCells"; argument: string; given: number }
  /** A three-point estimate whose values are not low ≤ likely ≤ high. */
  | { kind: "estimateOrder"; argument: string; low: number; likely: number; high: number }
  /** Values of which at least one must be above 0 (the weights of the criteria) are all 0 or blank. */
  | { kind: "allZero"; argument: string }
  | { kind: "noPayback"; years: number | null }
  | { kind: "noSolution"; argument: string; low: string; high: string }
  /** An Excel error value (#N/A, …) in an argument, passed on; `error` is its English text. */
  | { kind: "errorValue"; argument: string; error: string }
  /** A year missing from a price index; `available` lists the index's years ("2006–2023"). */
  | { kind: "yearNotInIndex"; argument: string; given: number; available: string }
  | { kind: "duplicateYear"; argument: string; given: number }
  | { kind: "tooLarge" }
  | { kind: "unexpected" };

/** An allowed interval; `undefined` bounds are open-ended. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
}

/** The core's one error type. */
export class SroiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: ErrorDetail,
  ) {
    super(`${code}: ${detail.kind}`);
    this.name = "SroiError";
  }
}

/** Narrowing helper for catch blocks. */
export function isSroiError(error: unknown): error is SroiError {
  return error instanceof SroiError;
}

/**
 * How the parts of an input are read when every problem is wanted: `part` returns what `read`
 * gives, or undefined once it has noted the SroiError `read` threw.
 */
export type ReadPart = <T>(read: () => T) => T | undefined;

/**
 * Runs `readAll` with a `part` that collects SroiErrors instead of throwing them; other errors are
 * not input problems and are thrown. Gives what `readAll` returned and every error, in read order.
 */
export function collectErrors<T>(readAll: (part: ReadPart) => T): { readonly value: T; readonly errors: readonly SroiError[] } {
  const errors: SroiError[] = [];
  const part: ReadPart = (read) => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof SroiError)) throw error;
      errors.push(error);
      return undefined;
    }
  };
  return { value: readAll(part), errors };
}
