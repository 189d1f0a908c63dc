import { cellName, parseAddress } from "./fakeAddress";
import { FakeClientResult } from "./fakeClientResult";
import { FakeContext } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Comments (threaded, ExcelApi 1.10) and notes (the older cell notes, ExcelApi 1.18) on a sheet:
 * one of each per cell at most, as in Excel. The add-in only counts them (getCount); people add
 * them (FakeUser.addComment / addNote).
 */

export interface FakeAnnotation {
  row: number;
  column: number;
  content: string;
}

export type AnnotationKind = "comments" | "notes";

const VERSIONS: Readonly<Record<AnnotationKind, string>> = { comments: "1.10", notes: "1.18" };

/** Adds a comment or note to one cell of the sheet; a cell holds at most one of each kind. */
export function annotate(sheet: FakeSheet, kind: AnnotationKind, address: string, content: string): void {
  const b = parseAddress(address);
  demand(
    b.top === b.bottom && b.left === b.right,
    "InvalidArgument",
    `A ${kind === "comments" ? "comment" : "note"} goes on one cell, not ${address}.`,
  );
  demand(
    !sheet[kind].some((a) => a.row === b.top && a.column === b.left),
    "InvalidOperation",
    `The cell ${cellName(b.top, b.left)} already has one.`,
  );
  sheet[kind].push({ row: b.top, column: b.left, content });
}

/** Worksheet.comments or Worksheet.notes: getCount only. */
export class FakeAnnotationCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy,
    private readonly kind: AnnotationKind,
  ) {}

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(`${this.kind}.getCount`, VERSIONS[this.kind], () => result.fill(this.sheet.target()[this.kind].length));
    return result;
  }
}
