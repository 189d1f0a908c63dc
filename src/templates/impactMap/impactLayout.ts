import { LISTS } from "../kit";
import { OVERCLAIM_WARNINGS } from "../../core/evidence";
import { IMPACT_INPUTS } from "./impactColumns";

/**
 * Where everything sits on the impact map (0-based rows and columns). The builder and the tests
 * read the same layout, so a moved block moves for both.
 */
export interface ImpactLayout {
  readonly years: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number;
  readonly yearOneColumn: number;
  /** Column of year 1; year t is at firstYearColumn + t − 1. */
  readonly firstYearColumn: number;
  readonly presentValueColumn: number;
  /** The key figures: labels in column A, values in column B. */
  readonly summaryTitleRow: number;
  readonly rateRow: number;
  readonly totalPresentValueRow: number;
  readonly investmentRow: number;
  readonly ratioRow: number;
  readonly netValueRow: number;
  readonly paybackRow: number;
  /** The price base year every row's values are expressed in (proxies from other years are converted with the KPI). */
  readonly baseYearRow: number;
  /**
   * The figures after optimism bias and the over-claim counts, under the key figures (labels in
   * column A, values in B; Net SROI beside each ratio in columns C and D).
   */
  readonly evidence: EvidenceLayout;
  /** The yearly block: years from column B. */
  readonly yearHeaderRow: number;
  readonly yearValueRow: number;
  readonly yearDiscountedRow: number;
  readonly yearStartRow: number;
  readonly yearCumulativeRow: number;
  readonly yearFlagRow: number;
  /** Group blocks: a header row, then the group rows, then "other / not listed" and a check. */
  readonly groups: Readonly<Record<GroupKind, GroupLayout>>;
  readonly width: number;
}

interface EvidenceLayout {
  readonly titleRow: number;
  readonly adjustedPresentValueRow: number;
  readonly adjustedRatioRow: number;
  readonly weakShareRow: number;
  /**
   * Header of the counts of rows per over-claim warning, beside the key figures (so the sheet stays
   * short enough to print readably); one row per warning follows, the count in
   * warningCountColumn and the warning's text right of it.
   */
  readonly warningsHeaderRow: number;
  readonly firstWarningRow: number;
  readonly warningCountColumn: number;
  /** Column of the "Net SROI (ratio − 1)" labels beside the ratios; the value is one column right. */
  readonly netSroiColumn: number;
}

export type GroupKind = "stakeholder" | "payer" | "dimension";

interface GroupLayout {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly otherRow: number;
  readonly checkRow: number;
}

/** Blank entry rows in the impact map. */
const IMPACT_ROWS = 20;
/** Rows in the editable stakeholder list of the summary. */
const STAKEHOLDER_GROUP_ROWS = 10;

export function impactLayout(years: number): ImpactLayout {
  const headerRow = 4;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + IMPACT_ROWS - 1;
  const totalRow = lastRow + 1;
  const yearOneColumn = IMPACT_INPUTS.length;
  const summaryTitleRow = totalRow + 2;
  const evidenceTitleRow = summaryTitleRow + 9;
  const evidence: EvidenceLayout = {
    titleRow: evidenceTitleRow,
    adjustedPresentValueRow: evidenceTitleRow + 1,
    adjustedRatioRow: evidenceTitleRow + 2,
    weakShareRow: evidenceTitleRow + 3,
    warningsHeaderRow: summaryTitleRow,
    firstWarningRow: summaryTitleRow + 1,
    warningCountColumn: 4,
    netSroiColumn: 2,
  };
  // The warnings sit beside rate … payback, above the price base year's note.
  if (OVERCLAIM_WARNINGS.length > 6) throw new RangeError("the over-claim warnings no longer fit beside the key figures");
  const yearHeaderRow = evidence.weakShareRow + 2;
  let next = yearHeaderRow + 7;
  const group = (rows: number): GroupLayout => {
    const g = { headerRow: next, firstRow: next + 1, rows, otherRow: next + 1 + rows, checkRow: next + 2 + rows };
    next = g.checkRow + 2;
    return g;
  };
  const groups = {
    stakeholder: group(STAKEHOLDER_GROUP_ROWS),
    payer: group(LISTS.payers.rows),
    dimension: group(LISTS.dimensions.rows),
  };
  return {
    years,
    headerRow,
    firstRow,
    lastRow,
    totalRow,
    yearOneColumn,
    firstYearColumn: yearOneColumn + 1,
    presentValueColumn: yearOneColumn + 1 + years,
    summaryTitleRow,
    rateRow: summaryTitleRow + 1,
    totalPresentValueRow: summaryTitleRow + 2,
    investmentRow: summaryTitleRow + 3,
    ratioRow: summaryTitleRow + 4,
    netValueRow: summaryTitleRow + 5,
    paybackRow: summaryTitleRow + 6,
    baseYearRow: summaryTitleRow + 7,
    evidence,
    yearHeaderRow,
    yearValueRow: yearHeaderRow + 1,
    yearDiscountedRow: yearHeaderRow + 2,
    yearStartRow: yearHeaderRow + 3,
    yearCumulativeRow: yearHeaderRow + 4,
    yearFlagRow: yearHeaderRow + 5,
    groups,
    width: yearOneColumn + 2 + years,
  };
}
