import { MAX_ROWS } from "./fakeAddress";

/**
 * References in formula texts following inserted or deleted sheet rows, as Excel rewrites them:
 * a reference to a cell at or below the insertion point moves down (absolute or not), a range
 * grows when rows are inserted below its first row and not below its last, a deleted cell
 * becomes #REF!, a range loses its deleted rows (#REF! when all went). Text in quotes and in
 * brackets (structured references) is left alone, as are names and function names (LOG10(…)).
 *
 * Formulas of conditional formats and validation rules on the edited sheet are relative to the
 * top-left cell of their area: there a reference with a relative row keeps its distance from that
 * cell (`anchorShift`: how far the area's first row moved), so "=$B4>2" on A4:B6 still means
 * "this row" after the area's first row was deleted; absolute rows follow the edit.
 */

export type RowEdit =
  | { readonly kind: "insert"; readonly at: number; readonly count: number }
  | { readonly kind: "delete"; readonly first: number; readonly last: number };

/** A quoted text or bracketed part (skipped), or an optional sheet prefix and an A1 reference. */
const REFERENCE =
  /"(?:[^"]|"")*"|\[[^\]]*\]|(?<![\p{L}\p{N}_.$'])('(?:[^']|'')+'!|[\p{L}_][\p{L}\p{N}_.]*!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!.:])/gu;

const END = /^(\$?[A-Za-z]{0,3}\$?)(\d+)$/;

/**
 * The formula with its references to sheet `edited` following `edit`; `home` is the sheet the
 * formula belongs to (its unqualified references point there), undefined for defined names.
 */
export function shiftedReferences(formula: string, home: string | undefined, edited: string, edit: RowEdit, anchorShift?: number): string {
  const target = edited.toLocaleLowerCase();
  return formula.replace(REFERENCE, (match: string, prefix: string | undefined, reference: string | undefined) => {
    if (reference === undefined) return match;
    const sheet = prefix === undefined ? home : prefix.startsWith("'") ? prefix.slice(1, -2).replace(/''/g, "'") : prefix.slice(0, -1);
    if (sheet === undefined || sheet.toLocaleLowerCase() !== target) return match;
    const relative = anchorShift !== undefined && prefix === undefined && reference.split(":").some((end) => !/\$\d+$/.test(end));
    const shifted = relative ? rebased(reference, edit, anchorShift) : shiftedReference(reference, edit);
    return shifted === null ? "#REF!" : `${prefix ?? ""}${shifted}`;
  });
}

/** "B4", "$B$4:C9" or "3:5" after the edit; null when it refers to nothing any more. */
function shiftedReference(reference: string, edit: RowEdit): string | null {
  const ends = reference.split(":").map((end) => END.exec(end)!);
  const rows = ends.map((m) => Number(m[2]) - 1);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const moved = edit.kind === "insert" ? insertedInto(top, bottom, edit.at, edit.count) : deletedFrom(top, bottom, edit.first, edit.last);
  if (moved === null || moved.bottom >= MAX_ROWS) return null;
  return ends.map((m, i) => `${m[1]}${(rows[i] === top ? moved.top : moved.bottom) + 1}`).join(":");
}

/** A rule's reference with relative rows moved by `shift`, absolute rows following the edit. */
function rebased(reference: string, edit: RowEdit, shift: number): string | null {
  const ends = reference.split(":").map((end) => {
    const m = END.exec(end)!;
    const absolute = m[1].endsWith("$");
    const row = Number(m[2]) - 1;
    const moved = absolute ? shiftedReference(`${m[1]}${row + 1}`, edit) : `${m[1]}${row + shift + 1}`;
    return moved !== null && row + shift >= 0 ? moved : null;
  });
  return ends.every((e) => e !== null) ? ends.join(":") : null;
}

function insertedInto(top: number, bottom: number, at: number, count: number): { top: number; bottom: number } {
  return { top: top >= at ? top + count : top, bottom: bottom >= at ? bottom + count : bottom };
}

function deletedFrom(top: number, bottom: number, first: number, last: number): { top: number; bottom: number } | null {
  if (top >= first && bottom <= last) return null;
  const count = last - first + 1;
  const row = (r: number, clamp: number) => (r < first ? r : r > last ? r - count : clamp);
  return { top: row(top, first), bottom: row(bottom, first - 1) };
}
