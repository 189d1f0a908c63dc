import type { Workbook } from "exceljs";
import type { NameSpec } from "../../templates/kit";

/**
 * Workbook-level defined names. ExcelJS stores a name as the cells it covers, so only references
 * to cells or rectangular ranges on a sheet can be written; anything else is refused with a
 * message rather than dropped.
 */

const REFERENCE = /^(?:'(?:[^']|'')+'|[^'!\s]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/;

/** Adds a defined name; `taken` holds the workbook's table and defined names (lower case). */
export function addDefinedName(workbook: Workbook, spec: NameSpec, taken: Set<string>): void {
  const reference = spec.refersTo.startsWith("=") ? spec.refersTo.slice(1) : spec.refersTo;
  if (!REFERENCE.test(reference))
    throw new RangeError(`name ${spec.name}: "${spec.refersTo}" is not an absolute reference such as ='Sheet'!$B$4`);
  if (taken.has(spec.name.toLowerCase())) throw new RangeError(`name ${spec.name} is defined twice`);
  taken.add(spec.name.toLowerCase());
  workbook.definedNames.add(reference, spec.name);
}
