import type { Dec } from "../core/decimal";
import { EvidenceGrade, GRADES, GradeTable, OVERCLAIM_WARNINGS, OverclaimWarning, UNGRADED_AS, effectiveGrade } from "../core/evidence";
import { IMPACT_INPUTS, ImpactTableCells, readImpactMap } from "../templates/impactMap";
import { cellAddress, readsAs } from "../templates/kit";

/**
 * What the analysis panel shows about the chosen impact map before a run, without React: its
 * rows' evidence grades (which set each row's default low and high) and the over-claim warnings
 * its rows carry, each with the rows to select on the sheet. The map's cells are read as a run
 * reads them (readImpactMap), so the pane and the analysis agree on every row.
 */

/** One row of the map as the panel lists it. */
interface EvidenceRow {
  readonly sheetRow: number;
  readonly outcome: string;
  readonly grade: EvidenceGrade | null;
  readonly warnings: readonly OverclaimWarning[];
}

export interface MapEvidence {
  readonly sheet: string;
  /** The workbook's grade table (the product's defaults when it has none). */
  readonly grades: GradeTable;
  readonly rows: readonly EvidenceRow[];
  /** The column (0-based, from the table's first column A) a row link selects: the outcome's. */
  readonly linkColumn: number;
}

/** The map's rows and grades as the panel shows them; null when the map cannot be read (a run says why). */
export function mapEvidence(cells: ImpactTableCells): MapEvidence | null {
  const read = readImpactMap(cells);
  if (!read.ok) return null;
  const { map } = read;
  const outcome = IMPACT_INPUTS.find((c) => c.id === "outcome")?.header;
  const linkColumn =
    outcome === undefined
      ? 0
      : Math.max(
          0,
          cells.header.findIndex((cell) => readsAs(cell, outcome)),
        );
  return {
    sheet: map.sheet,
    grades: map.grades,
    linkColumn,
    rows: map.rows.map((r) => ({
      sheetRow: r.sheetRow,
      outcome: r.outcome,
      grade: r.row.grade ?? null,
      warnings: r.warnings,
    })),
  };
}

/** The cell a link to a row selects: the row's outcome (the table starts in column A). */
export function rowAddress(evidence: MapEvidence, sheetRow: number): string {
  return cellAddress(sheetRow - 1, evidence.linkColumn);
}

/** The rows counted under one grade: its spread, how many rows, how many of them have no grade. */
export interface GradeGroup {
  readonly grade: EvidenceGrade;
  readonly spread: Dec;
  readonly rows: number;
  readonly ungraded: number;
}

/** The grades the rows count as, A to D, with the rows under each (ungraded rows under D). */
export function gradeGroups(evidence: MapEvidence): GradeGroup[] {
  return GRADES.map((grade) => {
    const rows = evidence.rows.filter((r) => effectiveGrade(r.grade) === grade);
    return { grade, spread: evidence.grades[grade].spread, rows: rows.length, ungraded: rows.filter((r) => r.grade === null).length };
  }).filter((g) => g.rows > 0);
}

/** True when the map has rows and none of them has a grade: all count as UNGRADED_AS. */
export function noRowGraded(evidence: MapEvidence): boolean {
  return evidence.rows.length > 0 && evidence.rows.every((r) => r.grade === null);
}

/** The spread every ungraded row takes. */
export function ungradedSpread(evidence: MapEvidence): Dec {
  return evidence.grades[UNGRADED_AS].spread;
}

/** One warning with the rows that carry it, in sheet order. */
export interface WarningGroup {
  readonly warning: OverclaimWarning;
  readonly rows: readonly EvidenceRow[];
}

/** The warnings the rows carry, in OVERCLAIM_WARNINGS order; warnings no row carries are left out. */
export function warningGroups(evidence: MapEvidence): WarningGroup[] {
  return OVERCLAIM_WARNINGS.map((warning) => ({ warning, rows: evidence.rows.filter((r) => r.warnings.includes(warning)) })).filter(
    (g) => g.rows.length > 0,
  );
}
