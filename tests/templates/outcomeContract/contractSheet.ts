import { ContractResult, Dec, evaluateContract, OutcomeRowInput } from "../../../src/core";
import { cellAddress } from "../../../src/templates/kit/a1";
import { expectClose, SheetEngine } from "../hyperformula";
import { CONTRACT_MAX_YEARS, KEY, OUTCOME_COLUMNS as OC, OUTCOMES, TERMS, yearColumn, YEARS } from "../../../src/templates/outcomeContract";

/**
 * What every calculated cell of the outcome contract sheet must show, worked out from its input
 * cells with the core (evaluateContract), never from the formulas. Shared by the HyperFormula test
 * and the LibreOffice oracle. Inputs must be valid for the core (the bad-input tests look at the
 * check cells on their own).
 */

export type Want = { readonly number: Dec } | { readonly text: string } | "anyText";
export interface Wanted {
  readonly row: number;
  readonly column: number;
  readonly want: Want;
}

type Read = (row: number, column: number) => unknown;

const blank = (v: unknown): boolean => v === undefined || v === null || v === "";
const num = (v: unknown): Want => ({ number: new Dec(v as Dec | number) });
const BLANK: Want = { text: "" };
const amountOk = (v: unknown): boolean => blank(v) || (typeof v === "number" && v >= 0);

/** The core's input read from the sheet: every non-empty outcome row, the terms, the delivery costs. */
function contractInput(read: Read) {
  const outcomes: OutcomeRowInput[] = [];
  for (let r = OUTCOMES.first; r <= OUTCOMES.last; r++) {
    const cells = Array.from({ length: OC.total }, (_, c) => read(r, c));
    if (cells.every(blank)) continue;
    outcomes.push({
      price: read(r, OC.price),
      saving: read(r, OC.saving),
      expected: Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => read(r, yearColumn(i + 1))),
    });
  }
  return {
    years: read(TERMS.years, 1),
    discountRate: read(TERMS.rate, 1),
    fixedFee: read(TERMS.fee, 1),
    cap: read(TERMS.cap, 1),
    outcomes,
    deliveryCost: Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => read(YEARS.deliveryCost, yearColumn(i + 1))),
  };
}

export function contractWanted(read: Read): {
  wanted: Wanted[];
  result: ContractResult;
} {
  const input = contractInput(read);
  const result = evaluateContract(input);
  const out: Wanted[] = [];
  const set = (row: number, column: number, want: Want) => out.push({ row, column, want });
  const years = result.years.length;
  const typedAfter = (row: number) =>
    Array.from({ length: CONTRACT_MAX_YEARS - years }, (_, i) => read(row, yearColumn(years + i + 1))).some((v) => !blank(v));

  set(TERMS.years, 2, BLANK);
  set(TERMS.rate, 2, BLANK);
  set(TERMS.fee, 2, amountOk(input.fixedFee) ? BLANK : "anyText");
  set(TERMS.cap, 2, amountOk(input.cap) ? BLANK : "anyText");

  let problems = false;
  for (let r = OUTCOMES.first; r <= OUTCOMES.last; r++) {
    const expected = Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => read(r, yearColumn(i + 1))).filter((v) => !blank(v)) as number[];
    const empty = Array.from({ length: OC.total }, (_, c) => read(r, c)).every(blank);
    set(r, OC.total, expected.length === 0 ? BLANK : num(expected.reduce((a, b) => a + b, 0)));
    const flagged = !empty && (typedAfter(r) || blank(read(r, OC.name)));
    problems ||= flagged;
    set(r, OC.check, flagged ? "anyText" : BLANK);
  }

  const rows = [
    "uncapped",
    "outcomePayments",
    "fixedFee",
    "payments",
    "savings",
    "commissionerNet",
    "investorNet",
    "investorPosition",
  ] as const;
  for (const key of rows) {
    for (let t = 1; t <= CONTRACT_MAX_YEARS; t++) set(YEARS[key], yearColumn(t), t <= years ? num(result.years[t - 1][key]) : BLANK);
    if (key !== "investorPosition") set(YEARS[key], yearColumn(CONTRACT_MAX_YEARS) + 1, num(result.totals[key]));
  }
  set(YEARS.deliveryCost, yearColumn(CONTRACT_MAX_YEARS) + 1, num(result.totals.deliveryCost));
  const deliveryFlagged = typedAfter(YEARS.deliveryCost);
  set(YEARS.check, 0, deliveryFlagged ? "anyText" : BLANK);

  set(KEY.payments, 1, num(result.totals.payments));
  set(KEY.outcomePayments, 1, num(result.totals.outcomePayments));
  set(KEY.savings, 1, num(result.totals.savings));
  set(KEY.commissionerNet, 1, num(result.totals.commissionerNet));
  set(KEY.presentValue, 1, num(result.commissionerPresentValue));
  set(KEY.irr, 1, result.investorIrr.kind === "rate" ? num(result.investorIrr.rate) : "anyText");
  set(KEY.multiple, 1, result.moneyMultiple === null ? BLANK : num(result.moneyMultiple));
  set(KEY.atRisk, 1, result.shareAtRisk === null ? BLANK : num(result.shareAtRisk));
  set(KEY.breakEven, 1, result.breakEven.kind === "share" ? num(result.breakEven.share) : "anyText");
  set(KEY.check, 0, problems || deliveryFlagged ? "anyText" : BLANK);
  return { wanted: out, result };
}

/** Every wanted cell of `sheet` as the sheet's formulas compute it: text as given, numbers within 1e-9. */
export function expectAgreement(engine: SheetEngine, sheet: string, wanted: readonly Wanted[]): void {
  for (const { row, column, want } of wanted) {
    const got = engine.getAt(sheet, row, column);
    const where = `${cellAddress(row, column)} = ${JSON.stringify(got)}`;
    if (want === "anyText") expect(`${where}: ${typeof got === "string" && got !== ""}`).toBe(`${where}: true`);
    else if ("text" in want) expect(`${where}: ${got ?? ""}`).toBe(`${where}: ${want.text}`);
    else {
      expect(`${where}: ${typeof got}`).toBe(`${where}: number`);
      expectClose(got as number, want.number.toNumber(), 1e-9);
    }
  }
}
