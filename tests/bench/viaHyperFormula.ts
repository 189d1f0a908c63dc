import { HyperFormula, RawCellContent } from "hyperformula";
import { EXCEL_LIKE } from "../templates/hyperformula";
import { BenchSummary, DIMENSIONS, PAYERS, PROFILE_YEARS, STAKEHOLDERS, Workload, groupKey } from "./workload";

/**
 * (b) The same impact map as native formulas in HyperFormula, laid out as a spreadsheet would
 * hold it. Sheet "Map", one row per outcome:
 *   A stakeholder | B payer | C dimension | D quantity | E outcome rate | F deadweight |
 *   G attribution | H displacement | I proxy | J years | K drop-off |
 *   L year-1 value = D*E*(1-F)*(1-G)*(1-H)*I | M…Q years 1–5 with drop-off | R PV = NPV(rate, M:Q)
 * Sheet "Summary": B1 discount rate; B2:F2 investment per year; B3 total PV; B4 investment PV;
 * B5 ratio; B6 net value; B7:F7 yearly totals; from row 8 PV per stakeholder, payer and dimension.
 */

const YEAR_COLUMNS = ["M", "N", "O", "P", "Q"];
const GROUPS = [
  ["stakeholder", "A", STAKEHOLDERS],
  ["payer", "B", PAYERS],
  ["dimension", "C", DIMENSIONS],
] as const;
const FIRST_GROUP_ROW = 8;

/** The cells of both sheets: inputs as values, everything else as formulas. */
export function hyperFormulaSheets(workload: Workload): Record<string, RawCellContent[][]> {
  const n = workload.rows.length;
  const map = workload.rows.map((row, i) => {
    const r = i + 1;
    const years = YEAR_COLUMNS.map((_, t) =>
      t === 0 ? `=IF($J${r}>=1,$L${r},0)` : `=IF($J${r}>=${t + 1},${YEAR_COLUMNS[t - 1]}${r}*(1-$K${r}),0)`,
    );
    return [
      row.stakeholder,
      row.payer,
      row.dimension,
      row.quantity,
      row.outcomeRate,
      row.deadweight,
      row.attribution,
      row.displacement,
      row.proxy,
      row.years,
      row.dropOff,
      `=D${r}*E${r}*(1-F${r})*(1-G${r})*(1-H${r})*I${r}`,
      ...years,
      `=NPV(Summary!$B$1,M${r}:Q${r})`,
    ];
  });
  const column = (letter: string) => `Map!$${letter}$1:$${letter}$${n}`;
  const summary: RawCellContent[][] = [
    ["Discount rate", workload.discountRate],
    ["Investment", ...workload.investment],
    ["PV of benefits", `=SUM(${column("R")})`],
    ["PV of investment", investmentFormula(workload.investment.length)],
    ["SROI ratio", "=B3/B4"],
    ["Net value", "=B3-B4"],
    ["Yearly totals", ...YEAR_COLUMNS.map((c) => `=SUM(${column(c)})`)],
  ];
  for (const [, letter, labels] of GROUPS) {
    for (const label of labels) {
      const r = summary.length + 1;
      summary.push([label, `=SUMIF(${column(letter)},A${r},${column("R")})`]);
    }
  }
  return { Map: map, Summary: summary };
}

/** Investment in B2, C2, …: the first year undiscounted, later years through NPV. */
function investmentFormula(years: number): string {
  return years === 1 ? "=B2" : `=B2+NPV(B1,C2:${String.fromCharCode(65 + years)}2)`;
}

/** Builds the workbook; HyperFormula evaluates every formula while building. */
export function openInHyperFormula(sheets: Record<string, RawCellContent[][]>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, EXCEL_LIKE);
}

/** Reads the summary figures from a built workbook. */
export function readHyperFormulaSummary(hf: HyperFormula): BenchSummary {
  const sheet = hf.getSheetId("Summary");
  if (sheet === undefined) throw new Error("the Summary sheet is missing");
  const number = (row: number, col: number): number => {
    const value = hf.getCellValue({ sheet, row, col });
    if (typeof value !== "number") throw new Error(`Summary!R${row + 1}C${col + 1} is ${JSON.stringify(value)}, not a number`);
    return value;
  };
  const groups: Record<string, number> = {};
  let row = FIRST_GROUP_ROW - 1;
  for (const [kind, , labels] of GROUPS) {
    for (const label of labels) {
      const total = number(row++, 1);
      // The core lists only labels that occur; a SUMIF over an absent label is 0.
      if (total !== 0 || labelOccurs(hf, kind, label)) groups[groupKey(kind, label)] = total;
    }
  }
  return {
    totalPresentValue: number(2, 1),
    investmentPresentValue: number(3, 1),
    ratio: number(4, 1),
    netValue: number(5, 1),
    yearly: Array.from({ length: PROFILE_YEARS }, (_, t) => number(6, 1 + t)),
    groups,
  };
}

function labelOccurs(hf: HyperFormula, kind: "stakeholder" | "payer" | "dimension", label: string): boolean {
  const sheet = hf.getSheetId("Map")!;
  const col = { stakeholder: 0, payer: 1, dimension: 2 }[kind];
  const rows = hf.getSheetDimensions(sheet).height;
  for (let row = 0; row < rows; row++) if (hf.getCellValue({ sheet, row, col }) === label) return true;
  return false;
}

/** Sets the discount rate; HyperFormula recalculates everything that depends on it. */
export function changeHyperFormulaRate(hf: HyperFormula, rate: number): void {
  hf.setCellContents({ sheet: hf.getSheetId("Summary")!, row: 0, col: 1 }, [[rate]]);
}

/** Builds, evaluates and reads the workbook, then frees it. */
export function evaluateWithHyperFormula(workload: Workload): BenchSummary {
  const hf = openInHyperFormula(hyperFormulaSheets(workload));
  try {
    return readHyperFormulaSummary(hf);
  } finally {
    hf.destroy();
  }
}
