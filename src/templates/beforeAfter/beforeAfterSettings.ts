import { EXAMPLE_RATES_2025, RatesInput } from "../../core/actors";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, pick, picker } from "../kit";
import { BA, valueCell } from "./beforeAfterLayout";
import { BA_EXAMPLE } from "./beforeAfterExample";
import { BA_TEXT, MONTHS, YEARS, section } from "./beforeAfterText";
import { calc, check, header, input, label, total } from "../kit";
import { listItems, listSource } from "../kit";
import type { SheetNames } from "../kit";
import type { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { tx } from "../kit";
import { listValidation, nonNegativeValidation, rateValidation, shareValidation, valuesValidation, wholeValidation } from "../kit";

/** The before/after sheet's settings (horizon, deadweight, discount rate, cost) and its tax and fee rates. */

const T = {
  setting: tx("Setting", "Inställning"),
  value: tx("Value", "Värde"),
  choice: tx("Unit or choice", "Enhet eller val"),
  note: tx("Source or note", "Källa eller kommentar"),
  horizon: tx("Horizon: how long the after situation lasts", "Tidshorisont: hur länge efter-läget varar"),
  deadweight: tx("Deadweight: share that would have happened anyway", "Dödvikt: andel som hade hänt ändå"),
  discountRate: tx("Discount rate per year (0 % for none)", "Diskonteringsränta per år (0 % för ingen)"),
  cost: tx("Intervention cost per participant (paid at the start)", "Insatsens kostnad per deltagare (betalas i början)"),
  participants: tx("Participants in total", "Deltagare totalt"),
  horizonMonths: tx("Horizon in months", "Tidshorisont i månader"),
  totalCost: tx("Intervention cost in total", "Insatsens kostnad totalt"),
  unit: tx("Unit of the horizon", "Enhet för tidshorisonten"),
  comparison: tx("Comparison alternative", "Jämförelsealternativ"),
  badHorizon: tx(
    "Give the horizon as a whole number: 1–1200 months or 1–100 years",
    "Ange tidshorisonten som ett heltal: 1–1200 månader eller 1–100 år",
  ),
  badDeadweight: tx("Fill in the deadweight as a share from 0 % to 100 %", "Fyll i dödvikten som en andel från 0 % till 100 %"),
  badRate: tx("The discount rate must lie above −100 % and below 100 %", "Diskonteringsräntan ska ligga över −100 % och under 100 %"),
  badCost: tx("Fill in the intervention cost per participant (0 or more)", "Fyll i insatsens kostnad per deltagare (0 eller mer)"),
  rate: tx("Tax or fee", "Skatt eller avgift"),
  rateValue: tx("Rate or amount", "Sats eller belopp"),
  year: tx("Year", "År"),
  source: tx("Source", "Källa"),
  municipalTax: tx("Municipal income tax (share of taxable income)", "Kommunalskatt till kommunen (andel av skattepliktig inkomst)"),
  regionalTax: tx("Regional income tax (share of taxable income)", "Regionskatt (andel av skattepliktig inkomst)"),
  stateTax: tx("State income tax (share of income above the threshold)", "Statlig inkomstskatt (andel av inkomst över brytpunkten)"),
  stateTaxThreshold: tx(
    "Threshold for state income tax (yearly income before tax)",
    "Brytpunkt för statlig inkomstskatt (årsinkomst före skatt)",
  ),
  employerFees: tx(
    "Employer social fees (share of the wage, paid on top of it)",
    "Arbetsgivaravgifter (andel av lönen, betalas utöver den)",
  ),
  badYear: tx(
    "Write each year as a whole year such as 2025, or leave it blank",
    "Skriv varje år som ett helt årtal, t.ex. 2025, eller lämna det tomt",
  ),
  missingRates: tx(
    "Fill in every tax and fee rate; rates are shares from 0 % to 100 %",
    "Fyll i varje skatte- och avgiftssats; satser är andelar från 0 % till 100 %",
  ),
};

const RATE_ROWS: readonly (keyof RatesInput)[] = ["municipalTax", "regionalTax", "stateTax", "stateTaxThreshold", "employerFees"];

/** The horizon in months, or "" when the horizon or its unit is not usable. */
function horizonMonthsFormula(language: Language): string {
  const h = valueCell(BA.settings.horizon);
  const unit = cellAddress(BA.settings.horizon, 2, true);
  const years = `${unit}="${pick(YEARS, language)}"`;
  const unitOk = `OR(${unit}="",${unit}="${pick(MONTHS, language)}",${years})`;
  const valueOk = `AND(ISNUMBER(${h}),${h}=INT(${h}),${h}>=1,${h}<=IF(${years},100,1200))`;
  return `=IF(AND(${unitOk},IF(ISNUMBER(${h}),${valueOk},FALSE())),IF(${years},12*${h},${h}),"")`;
}

function settingsCheck(language: Language): string {
  const dw = valueCell(BA.settings.deadweight);
  const r = valueCell(BA.settings.discountRate);
  const cost = valueCell(BA.settings.cost);
  const m = valueCell(BA.settings.horizonMonths);
  const p = (t: typeof T.badHorizon): string => `"${pick(t, language)}"`;
  return (
    `=IF(${m}="",${p(T.badHorizon)},IF(OR(NOT(ISNUMBER(${dw})),${dw}<0,${dw}>1),${p(T.badDeadweight)},` +
    `IF(AND(${r}<>"",OR(NOT(ISNUMBER(${r})),${r}<=-1,${r}>=1)),${p(T.badRate)},IF(OR(NOT(ISNUMBER(${cost})),${cost}<0),${p(T.badCost)},""))))`
  );
}

/** Settings: a small table of inputs, then participants, horizon in months, total cost and a check. */
export function addSettings(sheet: SheetBuilder, language: Language, names: SheetNames, example: boolean): void {
  const s = BA.settings;
  const p = picker(language);
  const e = <V>(v: V): V | undefined => (example ? v : undefined);
  const x = BA_EXAMPLE;
  sheet.put(s.header - 1, 0, section(pick(BA_TEXT.sections.settings, language)));
  sheet.putRow(s.header, 0, [header(p(T.setting)), header(p(T.value)), header(p(T.choice)), header(p(T.note))]);
  const comparison = e(listItems("comparisons", language)[x.comparison]);
  sheet.putRow(s.horizon, 0, [
    label(p(T.horizon)),
    input("integer", e(x.horizon)),
    input("text", e(pick(x.unit === "years" ? YEARS : MONTHS, language))),
    input("text"),
  ]);
  sheet.putRow(s.deadweight, 0, [
    label(p(T.deadweight)),
    input("percent", e(x.deadweight)),
    input("text", comparison),
    input("text", e(pick(x.deadweightSource, language))),
  ]);
  sheet.putRow(s.discountRate, 0, [label(p(T.discountRate)), input("percent", example ? x.discountRate : 0), undefined, input("text")]);
  sheet.putRow(s.cost, 0, [label(p(T.cost)), input("money", e(x.cost)), undefined, input("text", e(pick(x.costSource, language)))]);
  sheet.table("SroiBeforeAfterSettings", s.header, 0, s.cost, 3, "TableStyleLight1");
  const at = (row: number, column: number): string => cellAddress(row, column);
  sheet.validate(wholeValidation(at(s.horizon, 1), p(T.horizon), 1, 1200, language));
  sheet.validate(valuesValidation(at(s.horizon, 2), [pick(MONTHS, language), pick(YEARS, language)], p(T.unit), language));
  sheet.validate(shareValidation(at(s.deadweight, 1), p(T.deadweight), language));
  sheet.validate(
    listValidation(
      at(s.deadweight, 2),
      listSource("comparisons", names, language),
      p(T.comparison),
      language,
      nameOf("lists", names, language),
    ),
  );
  sheet.validate(rateValidation(at(s.discountRate, 1), p(T.discountRate), language));
  sheet.validate(nonNegativeValidation(at(s.cost, 1), p(T.cost), language));

  sheet.putRow(s.participants, 0, [label(p(T.participants)), total(`=${cellAddress(BA.groups.total, BA.groups.sizeColumn)}`, "integer")]);
  sheet.putRow(s.horizonMonths, 0, [label(p(T.horizonMonths)), calc(horizonMonthsFormula(language), "months")]);
  const cost = valueCell(s.cost);
  sheet.putRow(s.totalCost, 0, [label(p(T.totalCost)), total(`=IF(ISNUMBER(${cost}),${cost}*${valueCell(s.participants)},"")`, "money")]);
  sheet.put(s.check, 0, check(settingsCheck(language)));
}

/** The tax and fee rates, each with its year and source. */
export function addRates(sheet: SheetBuilder, language: Language, example: boolean): void {
  const r = BA.rates;
  const p = picker(language);
  sheet.put(r.header - 1, 0, section(pick(BA_TEXT.sections.rates, language)));
  sheet.putRow(r.header, 0, [header(p(T.rate)), header(p(T.rateValue)), header(p(T.year)), header(p(T.source))]);
  RATE_ROWS.forEach((key, i) => {
    const row = r.header + 1 + i;
    const rate = EXAMPLE_RATES_2025[key];
    const format = key === "stateTaxThreshold" ? "money" : "percent";
    sheet.putRow(row, 0, [
      label(p(T[key])),
      input(format, example ? rate.value : undefined),
      input("year", example ? rate.year : undefined),
      input("text", example ? rate.source[language] : undefined),
    ]);
    const cell = cellAddress(row, 1);
    sheet.validate(
      key === "stateTaxThreshold" ? nonNegativeValidation(cell, p(T[key]), language) : shareValidation(cell, p(T[key]), language),
    );
  });
  sheet.table("SroiBeforeAfterRates", r.header, 0, r.employerFees, 3, "TableStyleLight1");
  sheet.validate(wholeValidation(rangeAddress(r.municipalTax, 2, r.employerFees, 2), p(T.year), 1900, 2200, language));
  const shares = [r.municipalTax, r.regionalTax, r.stateTax, r.employerFees].map(valueCell).join(",");
  const all = rangeAddress(r.municipalTax, 1, r.employerFees, 1, true);
  const threshold = valueCell(r.stateTaxThreshold);
  const years = rangeAddress(r.municipalTax, 2, r.employerFees, 2, true);
  const whole = Array.from(
    { length: RATE_ROWS.length },
    (_, i) => `INT(${cellAddress(r.municipalTax + i, 2, true)})<>${cellAddress(r.municipalTax + i, 2, true)}`,
  ).join(",");
  const badYear = `IF(COUNTA(${years})<>COUNT(${years}),TRUE(),OR(${whole},AND(COUNT(${years})>0,OR(MIN(${years})<1900,MAX(${years})>2200))))`;
  sheet.put(
    r.check,
    0,
    check(
      `=IF(OR(COUNT(${all})<5,MIN(${shares})<0,MAX(${shares})>1,${threshold}<0),"${p(T.missingRates)}",IF(${badYear},"${p(T.badYear)}",""))`,
    ),
  );
}
