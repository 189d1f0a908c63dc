/**
 * Errors the fake raises, shaped like OfficeExtension.Error: `code` is one of Excel.ErrorCodes /
 * OfficeExtension.ErrorCodes, `message` a human text, `debugInfo` repeats both. Code under test
 * must compare `code`, never the message.
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded";

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Throws a FakeOfficeError unless `ok`. */
export function demand(ok: boolean, code: FakeErrorCode, message: string, where?: string): asserts ok {
  if (!ok) throw new FakeOfficeError(code, message, where);
}
