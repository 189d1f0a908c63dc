import { Dec, ONE } from "../decimal";
import { Assumption, ROW_ASSUMPTIONS, RowAssumption, assumptionValue, clampAssumption } from "../analysis/assumptions";
import type { Estimate, Spread, UncertaintySpec } from "../analysis/uncertainty";
import type { Outcome } from "../outcome";
import { DEFAULT_GRADES, EvidenceGrade, GradeTable, effectiveGrade } from "./grades";

/**
 * The default estimate of one assumption on a row of a given grade: likely = the row's value, low
 * and high = likely × (1 ∓ the grade's spread), clamped to the assumption's analysis range (and
 * swapped for a negative value, so low ≤ likely ≤ high). Years are rounded outward to whole years.
 */
export function gradeEstimate(
  assumption: RowAssumption,
  likely: Dec,
  grade: EvidenceGrade | null,
  table: GradeTable = DEFAULT_GRADES,
): Estimate {
  const spread = table[effectiveGrade(grade)].spread;
  let low = clampAssumption(assumption, likely.times(ONE.minus(spread)), likely);
  let high = clampAssumption(assumption, likely.times(ONE.plus(spread)), likely);
  if (low.gt(high)) [low, high] = [high, low];
  if (assumption === "years") {
    low = clampAssumption(assumption, low.floor(), likely);
    high = clampAssumption(assumption, high.ceil(), likely);
  }
  return { low, likely, high };
}

/** Default estimates for every assumption of every row, from the rows' grades. */
export function gradeEstimates(
  rows: readonly Outcome[],
  grades: readonly (EvidenceGrade | null)[],
  table: GradeTable = DEFAULT_GRADES,
): Partial<Record<RowAssumption, Estimate>>[] {
  return rows.map((row, i) => {
    const estimates: Partial<Record<RowAssumption, Estimate>> = {};
    for (const a of ROW_ASSUMPTIONS) estimates[a] = gradeEstimate(a, assumptionValue(row, a), grades[i] ?? null, table);
    return estimates;
  });
}

/**
 * What is uncertain in a map whose spreads come from its evidence: an assumption given a spread
 * of its own (the user's) takes it for every row; every other row assumption takes each row's
 * default estimate from its grade (gradeEstimate, ungraded rows as D). The discount rate has no
 * grade: it moves only by its own spread.
 */
export function evidenceUncertainty(
  rows: readonly (Outcome & { readonly grade?: EvidenceGrade | null })[],
  spreads: Readonly<Partial<Record<Assumption, Spread>>>,
  table: GradeTable = DEFAULT_GRADES,
): UncertaintySpec {
  const estimates = gradeEstimates(
    rows,
    rows.map((row) => row.grade ?? null),
    table,
  );
  for (const row of estimates) for (const a of ROW_ASSUMPTIONS) if (spreads[a] !== undefined) delete row[a];
  return { spreads, rows: estimates };
}
