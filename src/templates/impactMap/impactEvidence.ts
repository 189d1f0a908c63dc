import { GRADES, OVERCLAIM_WARNINGS, UNGRADED_AS, WARNING_TEXTS, WEAK_GRADES } from "../../core/evidence";
import type { Language } from "../../core/language";
import { calc, cellAddress, gradeRanges, header, help, label, picker, rangeAddress, total, tx } from "../kit";
import type { SheetBuilder, SheetNames } from "../kit";
import { impactColumn } from "./impactColumns";
import type { ImpactLayout } from "./impactLayout";
import { warningCountFormula } from "./impactWarnings";

/**
 * The impact map's figures after optimism bias (the core's evidenceSummary, core/evidence/optimism.ts,
 * with native formulas): every row's present value less its grade's haircut from the Lists sheet's
 * grade table, a row without a grade (or with a grade the table lacks) counted as D; the ratio after
 * it; Net SROI beside both ratios; the share of the value on grade C or D evidence; and how many rows
 * carry each over-claim warning (beside the key figures). Only SUMIF and INDEX/MATCH on single values: no array formulas,
 * so every Excel version and LibreOffice compute it alike.
 */

const EVIDENCE_SUMMARY_TEXT = {
  title: tx("After optimism bias", "Efter avdrag för optimism"),
  adjustedPresentValue: tx("Present value after optimism bias", "Nuvärde efter avdrag för optimism"),
  adjustedRatio: tx("SROI ratio after optimism bias", "SROI-kvot efter avdrag för optimism"),
  netSroi: tx("Net SROI (ratio − 1)", "Netto-SROI (kvot − 1)"),
  weakShare: tx("Share of value on grade C or D", "Andel av värdet på grad C eller D"),
  note: tx(
    "Each row's present value less its grade's haircut (grade table on the Lists sheet); a row without a grade counts as D. Net SROI is the ratio less 1: the value created beyond each krona invested.",
    "Varje rads nuvärde minus avdraget för dess evidensgrad (gradtabellen på bladet Listor); en rad utan grad räknas som D. Netto-SROI är kvoten minus 1: värdet utöver varje investerad krona.",
  ),
  brokenTable: tx("Check the grade table on the Lists sheet", "Kontrollera gradtabellen på bladet Listor"),
  warnings: tx("Over-claim warnings", "Varningar om överskattning"),
  rows: tx("Rows", "Rader"),
};
const T = EVIDENCE_SUMMARY_TEXT;

/** Adds the block under the key figures, and Net SROI beside the unadjusted ratio. */
export function addEvidenceSummary(
  sheet: SheetBuilder,
  layout: ImpactLayout,
  language: Language,
  names: SheetNames,
  noInvestment: string,
): void {
  const p = picker(language);
  const e = layout.evidence;
  const value = (row: number): string => cellAddress(row, 1, true);
  const column = (id: string): string => rangeAddress(layout.firstRow, impactColumn(id), layout.lastRow, impactColumn(id), true);
  const pv = rangeAddress(layout.firstRow, layout.presentValueColumn, layout.lastRow, layout.presentValueColumn, true);
  const grades = gradeRanges(names, language);
  const totalPV = value(layout.totalPresentValueRow);
  const investment = value(layout.investmentRow);
  const haircut = (g: string): string => `INDEX(${grades.haircuts},MATCH("${g}",${grades.grades},0))`;
  const graded = (g: string): string => `SUMIF(${column("grade")},"${g}",${pv})`;
  // The value on rows whose grade is none of the others counts as UNGRADED_AS (blank, or not in the table).
  const named = GRADES.filter((g) => g !== UNGRADED_AS);
  const rest = `(${totalPV}-${named.map(graded).join("-")})`;
  const cuts = [...named.map((g) => `${haircut(g)}*${graded(g)}`), `${haircut(UNGRADED_AS)}*${rest}`];
  const adjusted = `=IFERROR(${totalPV}-${cuts.join("-")},"${p(T.brokenTable)}")`;
  const strong = GRADES.filter((g) => !WEAK_GRADES.includes(g));
  const weak = `(${totalPV}-${strong.map(graded).join("-")})`;
  const adjustedPV = value(e.adjustedPresentValueRow);
  const ratioOf = (row: number): string => cellAddress(row, 1, true);
  const netSroi = (row: number): string => `=IF(ISNUMBER(${ratioOf(row)}),${ratioOf(row)}-1,"")`;

  sheet.putRow(layout.ratioRow, e.netSroiColumn, [label(p(T.netSroi)), total(netSroi(layout.ratioRow), "ratio")]);
  sheet.put(e.titleRow, 0, header(p(T.title)));
  sheet.putRow(e.adjustedPresentValueRow, 0, [label(p(T.adjustedPresentValue)), total(adjusted, "money"), help(p(T.note))]);
  sheet.putRow(e.adjustedRatioRow, 0, [
    label(p(T.adjustedRatio)),
    total(`=IF(ISNUMBER(${adjustedPV}),IFERROR(${adjustedPV}/${investment},"${noInvestment}"),"")`, "ratio"),
    label(p(T.netSroi)),
    total(netSroi(e.adjustedRatioRow), "ratio"),
  ]);
  sheet.putRow(e.weakShareRow, 0, [
    label(p(T.weakShare)),
    total(`=IF(AND(ISNUMBER(${totalPV}),${totalPV}>0),${weak}/${totalPV},"")`, "percent"),
  ]);
  const checks = rangeAddress(layout.firstRow, layout.presentValueColumn + 1, layout.lastRow, layout.presentValueColumn + 1, true);
  // The title is a bold label, not a header: it runs on to the right instead of wrapping in its narrow column.
  sheet.putRow(e.warningsHeaderRow, e.warningCountColumn, [header(p(T.rows)), { value: p(T.warnings), role: "section" }]);
  OVERCLAIM_WARNINGS.forEach((w, i) =>
    sheet.putRow(e.firstWarningRow + i, e.warningCountColumn, [
      calc(warningCountFormula(checks, w, language), "integer"),
      label(p(WARNING_TEXTS[w])),
    ]),
  );
}
