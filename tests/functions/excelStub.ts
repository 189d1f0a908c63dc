/**
 * A stand-in for the parts of the custom-functions runtime the functions use: the
 * `CustomFunctions.Error` class and the `ErrorCode` enum (values as in @types/custom-functions-runtime),
 * plus a switch for Office's display language. Importing this module installs the stub globally.
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ExcelErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** The runtime's error class, reduced to its code and message. */
export class StubExcelError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message?: string,
  ) {
    super(message);
  }
}

/** Any registered custom function. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface StubRuntime {
  readonly Error: typeof StubExcelError;
  readonly ErrorCode: typeof ERROR_CODES;
  /** Every registration, by id. */
  readonly associations: Map<string, CustomFunction>;
  associate(id: string, fn: CustomFunction): void;
}

/** A fresh stub runtime; `associate` records every registration and refuses a second one per id. */
export function stubRuntime(): StubRuntime {
  const associations = new Map<string, CustomFunction>();
  return {
    Error: StubExcelError,
    ErrorCode: ERROR_CODES,
    associations,
    associate(id: string, fn: CustomFunction): void {
      if (associations.has(id)) throw new Error(`${id} associated twice`);
      associations.set(id, fn);
    },
  };
}

(globalThis as Record<string, unknown>).CustomFunctions = stubRuntime();

/** Runs `fn` with Office reporting a display language ("sv-SE"), or with no Office at all (null). */
export function withDisplayLanguage<T>(locale: string | null, fn: () => T): T {
  const global = globalThis as Record<string, unknown>;
  const saved = global.Office;
  if (locale === null) delete global.Office;
  else global.Office = { context: { displayLanguage: locale } };
  try {
    return fn();
  } finally {
    if (saved === undefined) delete global.Office;
    else global.Office = saved;
  }
}

/** What a cell shows: a value, or an Excel error with its message. */
export type Outcome = { value: unknown } | { error: ExcelErrorCode; message: string | undefined };

/** Calls a custom function the way Excel does and reports what the cell would show. */
export function cell(fn: () => unknown): Outcome {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof StubExcelError) return { error: error.code, message: error.message };
    throw error;
  }
}
