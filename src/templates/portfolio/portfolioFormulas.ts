import type { Language } from "../../core/language";
import { cellAddress, columnLetter, rangeAddress } from "../kit";
import { pick, Text } from "../kit";
import { CANDIDATES, COLUMNS, CRITERIA, CRITERIA_ROWS } from "./portfolioLayout";
import { C, T } from "./portfolioText";

/**
 * The portfolio sheet's formulas. Weighted score = Σ weight × score / Σ weight, rounded to 10
 * decimals so equal scores tie exactly; rank = 1 + the number of higher scores (ties share a rank,
 * as RANK does); the chosen totals and the balance count the rows marked Yes (COUNTIFS, SUMIF).
 */

const quote = (text: Text, language: Language): string => `"${pick(text, language).replace(/"/g, '""')}"`;
const WEIGHTS = rangeAddress(CRITERIA_ROWS.first, 1, CRITERIA_ROWS.last, 1, true);
const weight = (i: number): string => cellAddress(CRITERIA_ROWS.first + i, 1, true);
const column = (c: number): string => rangeAddress(CANDIDATES.first, c, CANDIDATES.last, c, true);
const criteria = Array.from({ length: CRITERIA }, (_, i) => i);

/** The criteria table's formulas: each weight's share, the total, the check. */
export function criteriaFormulas(language: Language) {
  const q = (t: Text) => quote(t, language);
  const scores = rangeAddress(CANDIDATES.first, COLUMNS.firstScore, CANDIDATES.last, COLUMNS.score - 1, true);
  return {
    share: (i: number) => `=IF(OR(NOT(ISNUMBER(${weight(i)})),SUM(${WEIGHTS})<=0),"",${weight(i)}/SUM(${WEIGHTS}))`,
    total: `=SUM(${WEIGHTS})`,
    check: `=IF(OR(MIN(${WEIGHTS})<0,COUNTA(${WEIGHTS})>COUNT(${WEIGHTS})),${q(C.negativeWeight)},IF(AND(SUM(${WEIGHTS})<=0,COUNT(${scores})>0),${q(C.weights)},""))`,
    /** The criterion's name shown above its score column. */
    name: (i: number) => `=IF(${cellAddress(CRITERIA_ROWS.first + i, 0, true)}="","",${cellAddress(CRITERIA_ROWS.first + i, 0, true)})`,
  };
}

/** The formulas of candidate row `row` (0-based). */
export function candidateFormulas(row: number, language: Language) {
  const q = (t: Text) => quote(t, language);
  const r = row + 1;
  const at = (c: number): string => `$${columnLetter(c)}${r}`;
  const scores = `${at(COLUMNS.firstScore)}:${at(COLUMNS.score - 1)}`;
  const missing = `OR(${criteria.map((i) => `AND(N(${weight(i)})>0,NOT(ISNUMBER(${at(COLUMNS.firstScore + i)})))`).join(",")})`;
  const outOfRange = `OR(COUNTA(${scores})>COUNT(${scores}),AND(COUNT(${scores})>0,OR(MIN(${scores})<1,MAX(${scores})>5)))`;
  const weighted = criteria.map((i) => `N(${weight(i)})*N(${at(COLUMNS.firstScore + i)})`).join("+");
  const inv = at(COLUMNS.investment);
  const pv = at(COLUMNS.presentValue);
  const len = at(COLUMNS.length);
  const chosen = at(COLUMNS.chosen);
  const typed = `${at(COLUMNS.name)}:${at(COLUMNS.presentValue)},${at(COLUMNS.payback)}:${at(COLUMNS.score - 1)},${chosen}`;
  const firstOf = (c: number, no: number) => {
    const own = at(c);
    const above = `${columnLetter(no)}$${CANDIDATES.header + 1}:${columnLetter(no)}${r - 1}`;
    return `=IF(${own}="","",IF(COUNTIF($${columnLetter(c)}$${CANDIDATES.first + 1}:${own},${own})=1,MAX(${above})+1,""))`;
  };
  return {
    ratio: `=IF(OR(NOT(ISNUMBER(${inv})),NOT(ISNUMBER(${pv}))),"",IF(${inv}<=0,"",${pv}/${inv}))`,
    score: `=IF(COUNT(${scores})=0,"",IF(OR(SUM(${WEIGHTS})<=0,${missing},${outOfRange}),"",ROUND((${weighted})/SUM(${WEIGHTS}),10)))`,
    rank: `=IF(${at(COLUMNS.score)}="","",COUNTIF(${column(COLUMNS.score)},">"&${at(COLUMNS.score)})+1)`,
    check:
      `=IF(COUNTA(${typed})=0,"",IF(${at(COLUMNS.name)}="",${q(C.name)},IF(${outOfRange},${q(C.scores)},IF(${missing},${q(C.missing)},` +
      `IF(OR(AND(${inv}<>"",NOT(ISNUMBER(${inv}))),N(${inv})<0),${q(C.investment)},IF(AND(${pv}<>"",NOT(ISNUMBER(${pv}))),${q(C.presentValue)},` +
      `IF(OR(AND(${len}<>"",NOT(ISNUMBER(${len}))),N(${len})<0),${q(C.length)},` +
      `IF(AND(${chosen}=${q(T.yes)},OR(NOT(ISNUMBER(${inv})),NOT(ISNUMBER(${pv})))),${q(C.chosenIncomplete)},""))))))))`,
    operationNo: firstOf(COLUMNS.operation, COLUMNS.operationNo),
    targetGroupNo: firstOf(COLUMNS.targetGroup, COLUMNS.targetGroupNo),
  };
}

/** The chosen portfolio's totals. */
export function summaryFormulas(language: Language) {
  const yes = quote(T.yes, language);
  const chosen = column(COLUMNS.chosen);
  const inv = `SUMIF(${chosen},${yes},${column(COLUMNS.investment)})`;
  const pv = `SUMIF(${chosen},${yes},${column(COLUMNS.presentValue)})`;
  return {
    chosen: `=COUNTIF(${chosen},${yes})`,
    investment: `=${inv}`,
    presentValue: `=${pv}`,
    net: `=${pv}-${inv}`,
    ratio: `=IF(${inv}<=0,"",${pv}/${inv})`,
  };
}

/** The balance: the k-th operation or target group (1-based) in order of first appearance, and how many are chosen. */
export function balanceFormulas(language: Language) {
  const yes = quote(T.yes, language);
  const chosen = column(COLUMNS.chosen);
  const lengths = column(COLUMNS.length);
  const nth = (c: number, no: number, k: number) => `=IFERROR(INDEX(${column(c)},MATCH(${k},${column(no)},0)),"")`;
  const count = (c: number, labelCell: string) => `=IF(${labelCell}="","",COUNTIFS(${column(c)},${labelCell},${chosen},${yes}))`;
  return {
    operation: (k: number) => nth(COLUMNS.operation, COLUMNS.operationNo, k),
    targetGroup: (k: number) => nth(COLUMNS.targetGroup, COLUMNS.targetGroupNo, k),
    operationCount: (row: number) => count(COLUMNS.operation, cellAddress(row, 0)),
    targetGroupCount: (row: number) => count(COLUMNS.targetGroup, cellAddress(row, 2)),
    /** Bands: up to 2 years, over 2 up to 4, over 4. */
    length: [
      `=COUNTIFS(${chosen},${yes},${lengths},"<=2")`,
      `=COUNTIFS(${chosen},${yes},${lengths},">2",${lengths},"<=4")`,
      `=COUNTIFS(${chosen},${yes},${lengths},">4")`,
    ],
    complexity: (level: Text) => `=COUNTIFS(${chosen},${yes},${column(COLUMNS.complexity)},${quote(level, language)})`,
  };
}
