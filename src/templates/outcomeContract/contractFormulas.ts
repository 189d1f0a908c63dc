import type { Language } from "../../core/language";
import { cellAddress, rangeAddress } from "../kit";
import { pick, Text } from "../kit";
import { C, T } from "./contractText";
import {
  CONTRACT_MAX_YEARS,
  OUTCOME_COLUMNS,
  OUTCOMES,
  TERMS,
  termCell,
  totalCell,
  yearColumn,
  yearLetter,
  yearRange,
  YEARS,
} from "./contractLayout";

/**
 * The outcome contract's formulas. Years after the contract show blank; blanks in inputs count as 0
 * (N(), SUMPRODUCT). The cap is applied cumulatively: year t pays MIN(before the cap, cap − the
 * running total of earlier years' payments). Texts are written into the formulas in one language.
 */

const YEARS_CELL = termCell(TERMS.years);
const RATE = termCell(TERMS.rate);
const FEE = termCell(TERMS.fee);
const CAP = termCell(TERMS.cap);

const quote = (text: Text, language: Language): string => `"${pick(text, language).replace(/"/g, '""')}"`;
const outside = (t: number): string => `OR(NOT(ISNUMBER(${YEARS_CELL})),${t}>${YEARS_CELL})`;
const at = (row: number, t: number): string => `${yearLetter(t)}${row + 1}`;
const inYear = (t: number, formula: string): string => `=IF(${outside(t)},"",${formula})`;

/** True (as a formula) when a cell of a year after the contract is filled: one AND per year column. */
function typedAfterEnd(row: number): string {
  return `OR(${Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => `AND(${i + 1}>${YEARS_CELL},${at(row, i + 1)}<>"")`).join(",")})`;
}

/** Each per-year row's formula for contract year t (1-based). */
export function yearFormulas(
  t: number,
): Record<
  "uncapped" | "outcomePayments" | "fixedFee" | "payments" | "savings" | "commissionerNet" | "investorNet" | "investorPosition",
  string
> {
  const col = yearColumn(t);
  const expected = rangeAddress(OUTCOMES.first, col, OUTCOMES.last, col);
  const prices = rangeAddress(OUTCOMES.first, OUTCOME_COLUMNS.price, OUTCOMES.last, OUTCOME_COLUMNS.price, true);
  const savings = rangeAddress(OUTCOMES.first, OUTCOME_COLUMNS.saving, OUTCOMES.last, OUTCOME_COLUMNS.saving, true);
  const paidBefore = t === 1 ? "0" : `SUM($${yearLetter(1)}${YEARS.outcomePayments + 1}:${at(YEARS.outcomePayments, t - 1)})`;
  const uncapped = at(YEARS.uncapped, t);
  return {
    uncapped: inYear(t, `SUMPRODUCT(${prices},${expected})`),
    outcomePayments: inYear(t, `IF(ISNUMBER(${CAP}),MIN(${uncapped},MAX(0,${CAP}-${paidBefore})),${uncapped})`),
    fixedFee: inYear(t, `N(${FEE})`),
    payments: inYear(t, `${at(YEARS.outcomePayments, t)}+${at(YEARS.fixedFee, t)}`),
    savings: inYear(t, `SUMPRODUCT(${savings},${expected})`),
    commissionerNet: inYear(t, `${at(YEARS.savings, t)}-${at(YEARS.payments, t)}`),
    investorNet: inYear(t, `${at(YEARS.payments, t)}-N(${at(YEARS.deliveryCost, t)})`),
    investorPosition: inYear(t, `SUM($${yearLetter(1)}${YEARS.investorNet + 1}:${at(YEARS.investorNet, t)})`),
  };
}

/** The total column of a per-year row; the delivery cost's total counts the contract years only. */
export function yearTotal(row: number): string {
  if (row === YEARS.deliveryCost) return `=${totalCell(YEARS.payments)}-${totalCell(YEARS.investorNet)}`;
  return `=SUM(${yearRange(row)})`;
}

/** The key figures, read from the totals of the per-year block. */
export function keyFormulas(
  language: Language,
): Record<
  "payments" | "outcomePayments" | "savings" | "commissionerNet" | "presentValue" | "irr" | "multiple" | "atRisk" | "breakEven",
  string
> {
  const q = (text: Text) => quote(text, language);
  const total = totalCell;
  const flows = yearRange(YEARS.investorNet);
  const need = `(${total(YEARS.deliveryCost)}-${total(YEARS.fixedFee)})`;
  const noYears = `NOT(ISNUMBER(${YEARS_CELL}))`;
  return {
    payments: `=${total(YEARS.payments)}`,
    outcomePayments: `=${total(YEARS.outcomePayments)}`,
    savings: `=${total(YEARS.savings)}`,
    commissionerNet: `=${total(YEARS.commissionerNet)}`,
    presentValue: `=IF(OR(${noYears},NOT(ISNUMBER(${RATE}))),"",NPV(${RATE},${yearRange(YEARS.commissionerNet)}))`,
    irr: `=IF(${noYears},"",IF(OR(MAX(${flows})<=0,MIN(${flows})>=0),${q(T.noIrr)},IFERROR(IRR(${flows}),${q(T.irrNotFound)})))`,
    multiple: `=IF(${total(YEARS.deliveryCost)}<=0,"",${total(YEARS.payments)}/${total(YEARS.deliveryCost)})`,
    atRisk: `=IF(${total(YEARS.payments)}=0,"",${total(YEARS.outcomePayments)}/${total(YEARS.payments)})`,
    breakEven:
      `=IF(${noYears},"",IF(${need}<=0,0,IF(AND(ISNUMBER(${CAP}),${need}>${CAP}),${q(T.capTooLow)},` +
      `IF(${total(YEARS.uncapped)}<=0,${q(T.noOutcomes)},${need}/${total(YEARS.uncapped)}))))`,
  };
}

/** The check cells of the terms (column C). */
export function termChecks(language: Language): Record<"years" | "rate" | "fee" | "cap", string> {
  const q = (text: Text) => quote(text, language);
  const y = YEARS_CELL;
  const amount = (cell: string, message: Text) =>
    `=IF(${cell}="","",IF(NOT(ISNUMBER(${cell})),${q(message)},IF(${cell}<0,${q(message)},"")))`;
  return {
    years: `=IF(NOT(ISNUMBER(${y})),${q(C.years)},IF(OR(${y}<1,${y}>${CONTRACT_MAX_YEARS},${y}<>INT(${y})),${q(C.years)},""))`,
    rate: `=IF(${RATE}="",IF(${totalCell(YEARS.commissionerNet)}<>0,${q(C.rateMissing)},""),IF(NOT(ISNUMBER(${RATE})),${q(C.rate)},IF(OR(${RATE}<=-1,${RATE}>=1),${q(C.rate)},"")))`,
    fee: amount(FEE, C.fee),
    cap: amount(CAP, C.cap),
  };
}

/** The check of outcome row `row` (0-based): blank for an empty row, else the first problem. */
export function outcomeCheck(row: number, language: Language): string {
  const q = (text: Text) => quote(text, language);
  const r = row + 1;
  const cell = (column: number) => cellAddress(row, column);
  const price = cell(OUTCOME_COLUMNS.price);
  const saving = cell(OUTCOME_COLUMNS.saving);
  const expected = yearRange(row);
  return (
    `=IF(COUNTA($A${r}:${expected.split(":")[1]})=0,"",` +
    `IF(NOT(ISNUMBER(${price})),${q(C.price)},IF(${price}<0,${q(C.price)},` +
    `IF(NOT(ISNUMBER(${saving})),${q(C.saving)},IF(${saving}<0,${q(C.saving)},` +
    `IF(OR(MIN(${expected})<0,COUNTA(${expected})>COUNT(${expected})),${q(C.expected)},` +
    `IF(${typedAfterEnd(row)},${q(C.afterEnd)},` +
    `IF($A${r}="",${q(C.name)},""))))))))`
  );
}

/** The check under the per-year block: delivery costs negative or typed after the contract. */
export function deliveryCheck(language: Language): string {
  const q = (text: Text) => quote(text, language);
  const costs = yearRange(YEARS.deliveryCost);
  return `=IF(OR(MIN(${costs})<0,COUNTA(${costs})>COUNT(${costs})),${q(C.delivery)},IF(${typedAfterEnd(YEARS.deliveryCost)},${q(C.deliveryAfterEnd)},""))`;
}

/** The overall check under the key figures: a message when any check cell of the sheet shows one. */
export function overallCheck(language: Language): string {
  const terms = rangeAddress(TERMS.years, 2, TERMS.cap, 2);
  const rows = rangeAddress(OUTCOMES.first, OUTCOME_COLUMNS.check, OUTCOMES.last, OUTCOME_COLUMNS.check);
  const delivery = cellAddress(YEARS.check, 0);
  return `=IF(SUMPRODUCT(--(LEN(${terms})>0))+SUMPRODUCT(--(LEN(${rows})>0))+LEN(${delivery})>0,${quote(C.overall, language)},"")`;
}
