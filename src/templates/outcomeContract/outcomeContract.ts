import { CONTRACT_TABLE, defineTemplate } from "../kit";
import type { Language } from "../../core/language";
import { cellAddress, helpMerges, rangeAddress } from "../kit";
import { calc, check, header, help, input, label, title, total } from "../kit";
import type { Cell, SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { negativeShading, WARNING_FILL } from "../kit";
import { fill, picker, Text } from "../kit";
import { nonNegativeValidation, rateValidation, wholeValidation } from "../kit";
import { CONTRACT_EXAMPLE } from "./contractExample";
import { deliveryCheck, keyFormulas, outcomeCheck, overallCheck, termChecks, yearFormulas, yearTotal } from "./contractFormulas";
import { CONTRACT_MAX_YEARS, KEY, OUTCOME_COLUMNS as OC, OUTCOMES, TERMS, yearColumn, yearRange, YEARS } from "./contractLayout";
import { T } from "./contractText";

/**
 * Outcome contract (utfallskontrakt, seed 001): terms, outcomes with price, saving and expected
 * outcomes per year, the provider's delivery cost, and per year and in total the payments (cap
 * applied cumulatively), the commissioner's net and present value, and the investor's flows, IRR,
 * money multiple, share at risk and break-even achievement.
 */

const INACTIVE_FILL = "#E7E6E6";

function addTerms(sheet: SheetBuilder, options: TemplateOptions): void {
  const { language } = options;
  const p = picker(language);
  const e = options.example ? CONTRACT_EXAMPLE : undefined;
  const checks = termChecks(language);
  sheet.putRow(TERMS.header, 0, [header(p(T.terms)), header(p(T.value)), header(p(T.check))]);
  sheet.putRow(TERMS.years, 0, [label(p(T.years)), input("integer", e ? e.years : options.years), check(checks.years)]);
  sheet.putRow(TERMS.rate, 0, [label(p(T.rate)), input("percent", e?.rate), check(checks.rate)]);
  sheet.putRow(TERMS.fee, 0, [label(p(T.fee)), input("money", e?.fee), check(checks.fee)]);
  sheet.putRow(TERMS.cap, 0, [label(p(T.cap)), input("money", e?.cap), check(checks.cap)]);
  sheet.table(CONTRACT_TABLE, TERMS.header, 0, TERMS.cap, 2, "TableStyleLight1");
  sheet.validate(wholeValidation(cellAddress(TERMS.years, 1), p(T.years), 1, CONTRACT_MAX_YEARS, language));
  sheet.validate(rateValidation(cellAddress(TERMS.rate, 1), p(T.rate), language));
  sheet.validate(nonNegativeValidation(cellAddress(TERMS.fee, 1), p(T.fee), language));
  sheet.validate(nonNegativeValidation(cellAddress(TERMS.cap, 1), p(T.cap), language));
}

function addKeyFigures(sheet: SheetBuilder, language: Language): void {
  const p = picker(language);
  const f = keyFormulas(language);
  const rows: [number, Text, Text, string, Cell["format"]][] = [
    [KEY.payments, T.payments, T.paymentsHelp, f.payments, "money"],
    [KEY.outcomePayments, T.outcomePayments, T.outcomePaymentsHelp, f.outcomePayments, "money"],
    [KEY.savings, T.savings, T.savingsHelp, f.savings, "money"],
    [KEY.commissionerNet, T.commissionerNet, T.commissionerNetHelp, f.commissionerNet, "money"],
    [KEY.presentValue, T.presentValue, T.presentValueHelp, f.presentValue, "money"],
    [KEY.irr, T.irr, T.irrHelp, f.irr, "percent"],
    [KEY.multiple, T.multiple, T.multipleHelp, f.multiple, "ratio"],
    [KEY.atRisk, T.atRisk, T.atRiskHelp, f.atRisk, "percent"],
    [KEY.breakEven, T.breakEven, T.breakEvenHelp, f.breakEven, "percent"],
  ];
  sheet.putRow(KEY.header, 0, [header(p(T.keyFigure)), header(p(T.value)), header(p(T.meaning))]);
  for (const [row, name, meaning, formula, format] of rows)
    sheet.putRow(row, 0, [label(p(name)), total(formula, format ?? "money"), help(p(meaning))]);
  sheet.table("SroiContractResults", KEY.header, 0, KEY.breakEven, 2, "TableStyleLight1");
  sheet.put(KEY.check, 0, check(overallCheck(language)));
}

function addOutcomes(sheet: SheetBuilder, options: TemplateOptions): void {
  const { language } = options;
  const p = picker(language);
  const years = Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => i + 1);
  sheet.put(OUTCOMES.help, 0, help(p(T.outcomesHelp)));
  sheet.putRow(OUTCOMES.header, 0, [
    ...[T.outcome, T.measure, T.price, T.saving].map((t) => header(p(t))),
    ...years.map((t) => header(fill(p(T.expected), { t }))),
    header(p(T.totalExpected)),
    header(p(T.check)),
  ]);
  for (let r = OUTCOMES.first; r <= OUTCOMES.last; r++) {
    const e = options.example ? CONTRACT_EXAMPLE.outcomes[r - OUTCOMES.first] : undefined;
    sheet.putRow(r, 0, [
      input("text", e && p(e.name)),
      input("text", e && p(e.measure)),
      input("money", e?.price),
      input("money", e?.saving),
      ...years.map((t) => input("decimal", e?.expected[t - 1])),
      calc(`=IF(COUNT(${yearRange(r)})=0,"",SUM(${yearRange(r)}))`, "decimal"),
      check(outcomeCheck(r, language)),
    ]);
  }
  const rows = (c1: number, c2: number) => rangeAddress(OUTCOMES.first, c1, OUTCOMES.last, c2);
  sheet.validate(nonNegativeValidation(rows(OC.price, OC.price), p(T.price), language));
  sheet.validate(nonNegativeValidation(rows(OC.saving, OC.saving), p(T.saving), language));
  sheet.validate(nonNegativeValidation(rows(OC.firstYear, OC.total - 1), p(T.expectedField), language));
  sheet.table("SroiContractOutcomes", OUTCOMES.header, 0, OUTCOMES.last, OC.check);
}

function addYears(sheet: SheetBuilder, options: TemplateOptions): void {
  const { language } = options;
  const p = picker(language);
  const years = Array.from({ length: CONTRACT_MAX_YEARS }, (_, i) => i + 1);
  const formulas = years.map(yearFormulas);
  sheet.putRow(YEARS.header, 0, [header(p(T.perYear)), header(p(T.how))]);
  sheet.putRow(YEARS.header, yearColumn(1), [...years.map((t) => header(fill(p(T.year), { t }))), header(p(T.total))]);
  const e = options.example ? CONTRACT_EXAMPLE.deliveryCost : undefined;
  sheet.putRow(YEARS.deliveryCost, 0, [label(p(T.deliveryCost)), help(p(T.deliveryCostHow))]);
  sheet.putRow(YEARS.deliveryCost, yearColumn(1), [
    ...years.map((t) => input("money", e?.[t - 1])),
    total(yearTotal(YEARS.deliveryCost), "money"),
  ]);
  const calculated: [number, Text, Text, keyof (typeof formulas)[number]][] = [
    [YEARS.uncapped, T.uncapped, T.uncappedHow, "uncapped"],
    [YEARS.outcomePayments, T.capped, T.cappedHow, "outcomePayments"],
    [YEARS.fixedFee, T.fixedFee, T.fixedFeeHow, "fixedFee"],
    [YEARS.payments, T.totalPayments, T.totalPaymentsHow, "payments"],
    [YEARS.savings, T.yearSavings, T.yearSavingsHow, "savings"],
    [YEARS.commissionerNet, T.yearNet, T.yearNetHow, "commissionerNet"],
    [YEARS.investorNet, T.investorNet, T.investorNetHow, "investorNet"],
    [YEARS.investorPosition, T.investorPosition, T.investorPositionHow, "investorPosition"],
  ];
  for (const [row, name, how, key] of calculated) {
    sheet.putRow(row, 0, [label(p(name)), help(p(how))]);
    sheet.putRow(
      row,
      yearColumn(1),
      formulas.map((f) => calc(f[key], "money")),
    );
    if (row !== YEARS.investorPosition) sheet.put(row, yearColumn(CONTRACT_MAX_YEARS) + 1, total(yearTotal(row), "money"));
  }
  sheet.put(YEARS.check, 0, check(deliveryCheck(language)));
  sheet.validate(nonNegativeValidation(yearRange(YEARS.deliveryCost), p(T.deliveryCost), language));
}

function addFormats(sheet: SheetBuilder): void {
  const first = cellAddress(OUTCOMES.first, yearColumn(1));
  const inactive = (range: string, topLeft: string) =>
    sheet.conditionalFormat({
      type: "formula",
      range,
      formula: `=COLUMN(${topLeft})-${yearColumn(1)}>$B$${TERMS.years + 1}`,
      fill: INACTIVE_FILL,
    });
  inactive(rangeAddress(OUTCOMES.first, yearColumn(1), OUTCOMES.last, yearColumn(CONTRACT_MAX_YEARS)), first);
  inactive(
    rangeAddress(YEARS.deliveryCost, yearColumn(1), YEARS.investorPosition, yearColumn(CONTRACT_MAX_YEARS)),
    cellAddress(YEARS.deliveryCost, yearColumn(1)),
  );
  const flows = cellAddress(YEARS.investorNet, yearColumn(1));
  sheet.conditionalFormat(
    negativeShading(rangeAddress(YEARS.investorNet, yearColumn(1), YEARS.investorPosition, yearColumn(CONTRACT_MAX_YEARS) + 1), flows),
  );
  const warn = (range: string, topLeft: string) =>
    sheet.conditionalFormat({ type: "formula", range, formula: `=LEN(${topLeft})>0`, fill: WARNING_FILL });
  warn(rangeAddress(TERMS.years, 2, TERMS.cap, 2), cellAddress(TERMS.years, 2));
  warn(rangeAddress(OUTCOMES.first, OC.check, OUTCOMES.last, OC.check), cellAddress(OUTCOMES.first, OC.check));
  warn(cellAddress(KEY.check, 0), cellAddress(KEY.check, 0));
  warn(cellAddress(YEARS.check, 0), cellAddress(YEARS.check, 0));
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("outcomeContract", nameOf("outcomeContract", names, language), "#2E75B6");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(p(T.help)))
    .put(2, 0, help(p(T.help2)));
  addTerms(sheet, options);
  addKeyFigures(sheet, language);
  addOutcomes(sheet, options);
  addYears(sheet, options);
  addFormats(sheet);
  sheet.columnWidths(WIDTHS).freeze(1, 1);
  const spec = sheet.build();
  return [{ ...spec, merges: [...helpMerges(spec, OC.check), ...howMerges()] }];
}

/**
 * Columns sized for what they hold, so that the sheet prints one page wide at about two thirds:
 * a year holds up to 9 999 999 kr, the total ten times that; labels and texts wrap.
 */
const WIDTHS = [25, 18, 24, 12, ...Array.from({ length: CONTRACT_MAX_YEARS }, () => 11), 12, 16];

/** How each per-year row is worked out, across the empty columns up to the first year, on one line. */
function howMerges(): string[] {
  const rows = [YEARS.deliveryCost, YEARS.uncapped, YEARS.outcomePayments, YEARS.fixedFee, YEARS.payments];
  rows.push(YEARS.savings, YEARS.commissionerNet, YEARS.investorNet, YEARS.investorPosition);
  return rows.map((row) => rangeAddress(row, 1, row, yearColumn(1) - 1));
}

export const outcomeContractTemplate = defineTemplate("outcomeContract", ["outcomeContract"], build);
