import { fieldPath } from "../../../core/actors/names";
import type { ContractInput, ContractResult, OutcomeRowInput } from "../../../core/contracts";
import type { Language } from "../../../core/language";
import {
  cellAddress,
  checkFigure,
  CoreFigure,
  coreNumber,
  DEFAULT_OPTIONS,
  FigureCheck,
  FigureFormat,
  GridPlace,
  GridProblem,
  GridReader,
  gridRequest,
} from "../../kit";
import type { CellValue, GridRequest, SheetGridCells, SheetSpec, TemplateSpecs, Text } from "../../kit";
import { CONTRACT_MAX_YEARS, KEY, OUTCOME_COLUMNS as OC, OUTCOMES, TERMS, yearColumn, YEARS } from "../contractLayout";
import { outcomeContractTemplate } from "../outcomeContract";
import { T } from "../contractText";

/**
 * Reads an outcome contract sheet back into the core's input by the template's layout: the terms,
 * every outcome row that is not blank (renumbered as the core counts them, each field noted with
 * its cell), the delivery cost per year, and the key figures the sheet shows, to compare with the
 * core's. Pure; never throws.
 */

let specs: TemplateSpecs | undefined;

/** The template as built in each language (its tables and labels are what the reader expects). */
function templateSpecs(): TemplateSpecs {
  const build = (language: Language): SheetSpec => outcomeContractTemplate.build({ ...DEFAULT_OPTIONS, language }, {})[0];
  specs ??= { en: build("en"), sv: build("sv") };
  return specs;
}

/** What the writer reads for a contract sheet. */
export function contractGridRequest(): GridRequest {
  return gridRequest(templateSpecs().en);
}

/** The key figures of the sheet, in the order it shows them. */
const KEY_FIGURES = [
  "payments",
  "outcomePayments",
  "savings",
  "commissionerNet",
  "presentValue",
  "irr",
  "multiple",
  "atRisk",
  "breakEven",
] as const;
type KeyFigure = (typeof KEY_FIGURES)[number];

export interface ContractReading {
  readonly sheet: string;
  /** Undefined when the layout cannot be read (see problems). */
  readonly input: ContractInput | undefined;
  readonly problems: readonly GridProblem[];
  /** The key figures as the sheet shows them (value and cell). */
  readonly shown: Readonly<Record<KeyFigure, { readonly value: CellValue; readonly cell: string }>> | undefined;
  readonly placeOf: (field: string) => GridPlace | undefined;
}

/** The cells whose labels the reader relies on: the terms, the key figures and the delivery cost's row. */
const LABELS: readonly (readonly [number, number])[] = [
  ...[TERMS.years, TERMS.rate, TERMS.fee, TERMS.cap].map((row) => [row, 0] as const),
  ...KEY_FIGURES.map((key) => [KEY[key], 0] as const),
  [YEARS.deliveryCost, 0],
];

/** Reads a contract sheet; never throws. */
export function readContractSheet(cells: SheetGridCells): ContractReading {
  const grid = new GridReader(cells, templateSpecs());
  const placeOf = (field: string) => grid.placeOf(field);
  if (!grid.checkLayout(LABELS)) return { sheet: cells.sheet, input: undefined, problems: grid.problems, shown: undefined, placeOf };
  const term = (row: number, field: string) => grid.input(row, 1, field, grid.text(row, 0));
  const years = Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => i + 1);
  const outcomes: OutcomeRowInput[] = [];
  for (let row = OUTCOMES.first; row <= OUTCOMES.last; row++) {
    const typed = Array.from({ length: OC.total }, (_, c) => grid.text(row, c));
    if (typed.every((t) => t === undefined)) continue;
    const field = fieldPath("outcomes", outcomes.length + 1);
    const name = grid.text(row, OC.name);
    grid.noteRange(field, row, 0, row, OC.total - 1, name);
    outcomes.push({
      price: grid.input(row, OC.price, fieldPath(field, "price"), name),
      saving: grid.input(row, OC.saving, fieldPath(field, "saving"), name),
      expected: years.map((t) => grid.input(row, yearColumn(t), fieldPath(field, "expected", t), name)),
    });
  }
  const deliveryLabel = grid.text(YEARS.deliveryCost, 0);
  const input: ContractInput = {
    years: term(TERMS.years, "contract_years"),
    discountRate: term(TERMS.rate, "discount_rate"),
    fixedFee: term(TERMS.fee, "fixed_fee"),
    cap: term(TERMS.cap, "cap"),
    outcomes,
    deliveryCost: years.map((t) => grid.input(YEARS.deliveryCost, yearColumn(t), fieldPath("delivery_cost", t), deliveryLabel)),
  };
  const shown = Object.fromEntries(
    KEY_FIGURES.map((key) => [key, { value: grid.raw(KEY[key], 1), cell: cellAddress(KEY[key], 1) }]),
  ) as ContractReading["shown"];
  return { sheet: cells.sheet, input, problems: [], shown, placeOf };
}

/** Each key figure's label and format on the sheet. */
const FIGURES: Readonly<Record<KeyFigure, readonly [Text, FigureFormat]>> = {
  payments: [T.payments, "money"],
  outcomePayments: [T.outcomePayments, "money"],
  savings: [T.savings, "money"],
  commissionerNet: [T.commissionerNet, "money"],
  presentValue: [T.presentValue, "money"],
  irr: [T.irr, "percent"],
  multiple: [T.multiple, "ratio"],
  atRisk: [T.atRisk, "percent"],
  breakEven: [T.breakEven, "percent"],
};

/** The core's value of a key figure, with the sheet's own text where there is none. */
function coreFigure(result: ContractResult, key: KeyFigure): CoreFigure {
  switch (key) {
    case "payments":
    case "outcomePayments":
    case "savings":
    case "commissionerNet":
      return coreNumber(result.totals[key]);
    case "presentValue":
      return coreNumber(result.commissionerPresentValue);
    case "irr":
      return result.investorIrr.kind === "rate"
        ? coreNumber(result.investorIrr.rate)
        : { kind: "text", text: result.investorIrr.reason === "noSignChange" ? T.noIrr : T.irrNotFound };
    case "multiple":
      return coreNumber(result.moneyMultiple);
    case "atRisk":
      return coreNumber(result.shareAtRisk);
    case "breakEven":
      return result.breakEven.kind === "share"
        ? coreNumber(result.breakEven.share)
        : { kind: "text", text: result.breakEven.reason === "capTooLow" ? T.capTooLow : T.noOutcomes };
  }
}

/** The key figures the core computes beside what the sheet shows. */
export function compareContract(shown: NonNullable<ContractReading["shown"]>, result: ContractResult): FigureCheck[] {
  return KEY_FIGURES.map((key) => {
    const [label, format] = FIGURES[key];
    return checkFigure(label, format, coreFigure(result, key), shown[key].value, shown[key].cell);
  });
}
