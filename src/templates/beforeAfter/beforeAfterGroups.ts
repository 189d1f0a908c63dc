import { PUBLIC_ACTORS, SITUATIONS } from "../../core/actors";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, pick, picker } from "../kit";
import { BA_EXAMPLE } from "./beforeAfterExample";
import { anyCheck, offSum, unknownPayer } from "./beforeAfterFormulas";
import { BA, valueCell } from "./beforeAfterLayout";
import { actorName, BA_TEXT, NO, SITUATION_TEXT, YES, section } from "./beforeAfterText";
import { calc, check, header, input, label, total } from "../kit";
import type { SheetBuilder } from "../kit";
import { fill, tx } from "../kit";
import type { Text } from "../kit";
import { nonNegativeValidation, valuesValidation } from "../kit";

/** The participant groups (people per situation, before and after) and the income situations. */

const T = {
  group: tx("Group", "Grupp"),
  size: tx("Participants", "Deltagare"),
  before: tx("Before: {situation}", "Före: {situation}"),
  after: tx("After: {situation}", "Efter: {situation}"),
  check: tx("Check", "Kontroll"),
  total: tx("Total", "Summa"),
  fillSize: tx("Fill in the number of participants", "Fyll i antal deltagare"),
  negative: tx("Only numbers of 0 or more", "Bara tal som är 0 eller större"),
  beforeSum: tx(
    'Before: the situations add up to "&{sum}&", not to the "&{size}&" participants',
    'Före: situationerna summerar till "&{sum}&", inte till "&{size}&" deltagare',
  ),
  afterSum: tx(
    'After: the situations add up to "&{sum}&", not to the "&{size}&" participants',
    'Efter: situationerna summerar till "&{sum}&", inte till "&{size}&" deltagare',
  ),
  noGroup: tx("Fill in at least one group with its number of participants", "Fyll i minst en grupp med dess antal deltagare"),
  groupsCheck: tx("A group's figures need attention: see the check column", "En grupps siffror behöver ses över: se kontrollkolumnen"),
  situation: tx("Income situation", "Försörjning"),
  amount: tx("Amount per person and month", "Belopp per person och månad"),
  payer: tx("Paid by", "Betalas av"),
  taxable: tx("Taxable", "Skattepliktig"),
  source: tx("Source", "Källa"),
  peopleBefore: tx("People before", "Personer före"),
  peopleAfter: tx("People after", "Personer efter"),
  change: tx("Change in people", "Förändring i personer"),
  taxableChange: tx("Change in taxable income per month", "Förändring i skattepliktig inkomst per månad"),
  aboveChange: tx("Change in income above the threshold per month", "Förändring i inkomst över brytpunkten per månad"),
  employer: tx("An employer (production)", "En arbetsgivare (produktion)"),
  fillAmount: tx("Fill in the amount per month (0 if none)", "Fyll i beloppet per månad (0 om inget)"),
  choosePayer: tx("Choose who pays from the list", "Välj vem som betalar i listan"),
  chooseTaxable: tx("Choose Yes or No for taxable", "Välj Ja eller Nej för skattepliktig"),
  situationsCheck: tx("An income situation needs attention: see the check column", "En försörjning behöver ses över: se kontrollkolumnen"),
};

/**
 * Situation names in the group table's headers where a column of count width needs them split:
 * "aktivitetsersättning" is hyphenated as a typesetter would rather than broken anywhere. The space
 * after the hyphen is where the header wraps (always: the column is narrower than the whole word);
 * a line break would do the same on screen, but a table's column name cannot hold one in an .xlsx.
 */
const HEADER_SITUATION: Partial<Record<(typeof SITUATIONS)[number], Text>> = {
  sicknessCompensation: tx("Sickness or activity compensation", "Sjuk- eller aktivitets- ersättning"),
};

/**
 * The row check of group row r: blank, or the first problem. It refers to its own row relatively,
 * so every row's check is the same formula (R1C1) and Excel fills it into a row inserted in the
 * table as a calculated column. Counts must add up to the size as the core demands: within
 * 1e-9 × max(1, size).
 */
function groupCheck(r: number, language: Language): string {
  const g = BA.groups;
  const row = (from: number, to: number): string => rangeAddress(r, from, r, to);
  const size = cellAddress(r, g.sizeColumn);
  const before = `SUM(${row(g.firstBefore, g.firstAfter - 1)})`;
  const after = `SUM(${row(g.firstAfter, g.checkColumn - 1)})`;
  const counts = row(g.firstBefore, g.checkColumn - 1);
  const sumText = (t: typeof T.beforeSum, sum: string): string => `"${fill(pick(t, language), { sum, size })}"`;
  return (
    `=IF(COUNTA(${row(0, g.checkColumn - 1)})=0,"",IF(NOT(ISNUMBER(${size})),"${pick(T.fillSize, language)}",` +
    `IF(OR(COUNTA(${counts})<>COUNT(${counts}),MIN(${row(g.sizeColumn, g.checkColumn - 1)})<0),"${pick(T.negative, language)}",` +
    `IF(${offSum(before, size)},${sumText(T.beforeSum, before)},IF(${offSum(after, size)},${sumText(T.afterSum, after)},"")))))`
  );
}

/** Groups: name, size, people per situation before and after, a check; totals underneath. */
export function addGroups(sheet: SheetBuilder, language: Language, example: boolean): void {
  const g = BA.groups;
  const p = picker(language);
  sheet.put(g.header - 1, 0, section(pick(BA_TEXT.sections.groups, language)));
  const situationHeaders = (t: typeof T.before) =>
    SITUATIONS.map((s) => header(fill(pick(t, language), { situation: pick(HEADER_SITUATION[s] ?? SITUATION_TEXT[s], language) })));
  sheet.putRow(g.header, 0, [
    header(p(T.group)),
    header(p(T.size)),
    ...situationHeaders(T.before),
    ...situationHeaders(T.after),
    header(p(T.check)),
  ]);
  for (let r = g.first; r <= g.last; r++) {
    const ex = example ? BA_EXAMPLE.groups[r - g.first] : undefined;
    sheet.putRow(r, 0, [
      input("text", ex && pick(ex.name, language)),
      input("integer", ex?.size),
      ...SITUATIONS.map((_, i) => input("integer", ex?.before[i])),
      ...SITUATIONS.map((_, i) => input("integer", ex?.after[i])),
      check(groupCheck(r, language)),
    ]);
  }
  sheet.table("SroiBeforeAfterGroups", g.header, 0, g.last, g.checkColumn, "TableStyleLight9");
  sheet.validate(nonNegativeValidation(rangeAddress(g.first, g.sizeColumn, g.last, g.checkColumn - 1), p(T.size), language));
  sheet.put(g.total, 0, label(p(T.total)));
  for (let c = g.sizeColumn; c < g.checkColumn; c++)
    sheet.put(g.total, c, total(`=SUM(${rangeAddress(g.first, c, g.last, c)})`, "integer"));
  const checks = rangeAddress(g.first, g.checkColumn, g.last, g.checkColumn);
  const sizes = rangeAddress(g.first, g.sizeColumn, g.last, g.sizeColumn);
  sheet.put(g.check, 0, check(`=IF(COUNT(${sizes})=0,"${p(T.noGroup)}",IF(${anyCheck(checks)},"${p(T.groupsCheck)}",""))`));
}

/** The row check of an income situation: the amount, and for a benefit who pays it and whether it is taxed. */
function situationCheck(r: number, benefit: boolean, payers: string, language: Language): string {
  const c = BA.situations.columns;
  const at = (column: number): string => cellAddress(r, column, true);
  const amount = at(c.amount);
  const amountOk = `IF(OR(NOT(ISNUMBER(${amount})),${amount}<0),"${pick(T.fillAmount, language)}",`;
  if (!benefit) return `=${amountOk}"")`;
  const taxable = at(c.taxable);
  return (
    `=${amountOk}IF(${unknownPayer(payers, at(c.payer))},"${pick(T.choosePayer, language)}",` +
    `IF(AND(${taxable}<>"${pick(YES, language)}",${taxable}<>"${pick(NO, language)}"),"${pick(T.chooseTaxable, language)}","")))`
  );
}

/** Income situations: amount per month, payer and tax status; people before, after and the change. */
export function addSituations(sheet: SheetBuilder, language: Language, example: boolean): void {
  const s = BA.situations;
  const c = s.columns;
  const p = picker(language);
  sheet.put(s.header - 1, 0, section(pick(BA_TEXT.sections.situations, language)));
  sheet.putRow(
    s.header,
    0,
    [
      T.situation,
      T.amount,
      T.payer,
      T.taxable,
      T.source,
      T.peopleBefore,
      T.peopleAfter,
      T.change,
      T.taxableChange,
      T.aboveChange,
      T.check,
    ].map((t) => header(p(t))),
  );
  const payers = rangeAddress(
    BA.flows.header,
    BA.flows.firstActorColumn,
    BA.flows.header,
    BA.flows.firstActorColumn + PUBLIC_ACTORS.length - 1,
    true,
  );
  const threshold = valueCell(BA.rates.stateTaxThreshold);
  const yes = `"${pick(YES, language)}"`;
  SITUATIONS.forEach((situation, i) => {
    const r = s.first + i;
    const ex = example ? BA_EXAMPLE.situations[situation] : undefined;
    const benefit = situation !== "employment";
    const at = (column: number): string => cellAddress(r, column, true);
    sheet.putRow(r, 0, [
      label(pick(SITUATION_TEXT[situation], language)),
      input("money", ex?.amount),
      benefit ? input("text", ex?.payer && actorName(ex.payer, language)) : label(p(T.employer)),
      benefit ? input("text", ex && pick(ex.taxable ? YES : NO, language)) : label(pick(YES, language)),
      input("text", ex && pick(ex.source, language)),
      calc(`=${cellAddress(BA.groups.total, BA.groups.firstBefore + i)}`, "integer"),
      calc(`=${cellAddress(BA.groups.total, BA.groups.firstAfter + i)}`, "integer"),
      calc(`=${at(c.after)}-${at(c.before)}`, "integer"),
      calc(`=IF(AND(${at(c.taxable)}=${yes},ISNUMBER(${at(c.amount)})),${at(c.change)}*${at(c.amount)},0)`, "money"),
      calc(`=IF(AND(${at(c.taxable)}=${yes},ISNUMBER(${at(c.amount)})),${at(c.change)}*MAX(0,${at(c.amount)}-${threshold}/12),0)`, "money"),
      check(situationCheck(r, benefit, payers, language)),
    ]);
    sheet.validate(nonNegativeValidation(cellAddress(r, c.amount), p(T.amount), language));
    if (benefit) {
      sheet.validate(
        valuesValidation(
          cellAddress(r, c.payer),
          PUBLIC_ACTORS.map((a) => actorName(a, language)),
          p(T.payer),
          language,
        ),
      );
      sheet.validate(valuesValidation(cellAddress(r, c.taxable), [pick(YES, language), pick(NO, language)], p(T.taxable), language));
    }
  });
  const last = s.first + SITUATIONS.length - 1;
  sheet.table("SroiBeforeAfterSituations", s.header, 0, last, c.check, "TableStyleLight9");
  const checks = SITUATIONS.map((_, i) => cellAddress(s.first + i, c.check)).join("&");
  sheet.put(s.check, 0, check(`=IF(${checks}<>"","${p(T.situationsCheck)}","")`));
}
