import type { WriterProblem } from "../../workbook/ports";

/**
 * Turns anything Excel.run rejects with into a WriterProblem, by the error's `code`
 * (Excel.ErrorCodes / OfficeExtension.ErrorCodes), never by its message text.
 */
export function problemFromError(error: unknown): WriterProblem {
  const code = officeErrorCode(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { kind: "cellEditMode" };
    case "InvalidOperation":
      return { kind: "notNow" };
    case "ItemAlreadyExists":
      return { kind: "nameTaken" };
    case "AccessDenied":
      return { kind: "accessDenied" };
    case "RequestPayloadSizeLimitExceeded":
      return { kind: "tooLarge" };
    default:
      return { kind: "general", code: code ?? (error instanceof Error ? error.name : "Unknown") };
  }
}

/** The `code` of an Office error, or undefined for other errors. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = error.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}
