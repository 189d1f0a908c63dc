import { Dec, ONE } from "../decimal";
import { DEFAULT_GRADES, EvidenceGrade, GradeTable, WEAK_GRADES, effectiveGrade } from "./grades";

/** One valued row with its grade (null when ungraded). */
export interface GradedValue {
  readonly presentValue: Dec;
  readonly grade: EvidenceGrade | null;
}

export interface EvidenceSummary {
  /** Σ present value × (1 − haircut of the row's grade); ungraded rows count as D. */
  readonly adjustedPresentValue: Dec;
  /** Adjusted present value / PV(investment); null when the investment's PV is zero. */
  readonly adjustedRatio: Dec | null;
  /** The unadjusted ratio − 1 (Net SROI); null when the investment's PV is zero. */
  readonly netSroi: Dec | null;
  /** The adjusted ratio − 1; null when the investment's PV is zero. */
  readonly adjustedNetSroi: Dec | null;
  /**
   * Share of the total present value on rows graded C or D (ungraded counting as D); null when
   * the total present value is not above zero (a share of nothing, or of a net harm, means nothing).
   */
  readonly weakShare: Dec | null;
  /** How many rows have no grade. */
  readonly ungraded: number;
}

/**
 * The impact map's figures after optimism bias. Every row's present value is cut by its grade's
 * haircut, as the Greater Manchester CBA model does with HM Treasury's optimism-bias correction; a
 * harm (negative present value) is cut alike, exactly as the sheet's SUMPRODUCT does.
 */
export function evidenceSummary(
  rows: readonly GradedValue[],
  investmentPresentValue: Dec,
  table: GradeTable = DEFAULT_GRADES,
): EvidenceSummary {
  let total = new Dec(0);
  let adjusted = new Dec(0);
  let weak = new Dec(0);
  let ungraded = 0;
  for (const row of rows) {
    const grade = effectiveGrade(row.grade);
    if (row.grade === null) ungraded++;
    total = total.plus(row.presentValue);
    adjusted = adjusted.plus(row.presentValue.times(ONE.minus(table[grade].haircut)));
    if (WEAK_GRADES.includes(grade)) weak = weak.plus(row.presentValue);
  }
  const invested = !investmentPresentValue.isZero();
  const ratio = invested ? total.div(investmentPresentValue) : null;
  const adjustedRatio = invested ? adjusted.div(investmentPresentValue) : null;
  return {
    adjustedPresentValue: adjusted,
    adjustedRatio,
    netSroi: ratio === null ? null : ratio.minus(ONE),
    adjustedNetSroi: adjustedRatio === null ? null : adjustedRatio.minus(ONE),
    weakShare: total.gt(0) ? weak.div(total) : null,
    ungraded,
  };
}
