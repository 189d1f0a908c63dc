import { ACTORS } from "../../core/actors";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, pick, picker } from "../kit";
import { BA_EXAMPLE } from "./beforeAfterExample";
import { BA, valueCell } from "./beforeAfterLayout";
import { anyCheck, offSum, unknownPayer } from "./beforeAfterFormulas";
import { actorName, BA_TEXT, section } from "./beforeAfterText";
import { calc, check, header, input, label, total } from "../kit";
import type { SheetBuilder } from "../kit";
import { fill, tx } from "../kit";
import { nonNegativeValidation, shareValidation, valuesValidation } from "../kit";

/** Public resource use per participant and month, with unit costs and payers; who pays the intervention. */

const T = {
  resource: tx("Resource", "Resurs"),
  unit: tx("Unit", "Enhet"),
  unitCost: tx("Unit cost", "Enhetskostnad"),
  before: tx("Per person and month, before", "Per deltagare och månad, före"),
  after: tx("Per person and month, after", "Per deltagare och månad, efter"),
  payer: tx("Paid by", "Betalas av"),
  source: tx("Source", "Källa"),
  saving: tx("Saving per month, after deadweight", "Besparing per månad, efter dödvikt"),
  check: tx("Check", "Kontroll"),
  incomplete: tx("Fill in the unit cost and both quantities", "Fyll i enhetskostnaden och båda antalen"),
  negative: tx("Only numbers of 0 or more", "Bara tal som är 0 eller större"),
  choosePayer: tx("Choose who pays from the list", "Välj vem som betalar i listan"),
  resourcesCheck: tx("A resource row needs attention: see the check column", "En resursrad behöver ses över: se kontrollkolumnen"),
  actor: tx("Actor", "Aktör"),
  share: tx("Share of cost", "Kostnadsandel"),
  cost: tx("Cost", "Kostnad"),
  total: tx("Total", "Summa"),
  shareRange: tx("Each share must lie from 0 % to 100 %", "Varje andel ska ligga mellan 0 % och 100 %"),
  shareNumber: tx(
    "Each share must be a number: leave it blank or type 0 % for an actor that pays nothing",
    "Varje andel ska vara ett tal: lämna den tom eller skriv 0 % för en aktör som inte betalar",
  ),
  sharesSum: tx('The shares of the cost add up to "&{sum}&" %, not 100 %', 'Andelarna av kostnaden summerar till "&{sum}&" %, inte 100 %'),
};

/** The row check of resource row r; like the group rows' checks, relative to its own row (a calculated column). */
function resourceCheck(r: number, language: Language): string {
  const c = BA.resources.columns;
  const at = (column: number): string => cellAddress(r, column);
  const numbers = rangeAddress(r, c.unitCost, r, c.after);
  const actors = rangeAddress(BA.flows.header, BA.flows.firstActorColumn, BA.flows.header, BA.flows.societyColumn - 1, true);
  return (
    `=IF(COUNTA(${at(c.name)},${numbers},${at(c.payer)})=0,"",IF(COUNT(${numbers})<3,"${pick(T.incomplete, language)}",` +
    `IF(MIN(${numbers})<0,"${pick(T.negative, language)}",IF(${unknownPayer(actors, at(c.payer))},"${pick(T.choosePayer, language)}",""))))`
  );
}

/** Resource rows: unit cost, units per participant and month before and after, payer, saving, check. */
export function addResources(sheet: SheetBuilder, language: Language, example: boolean): void {
  const b = BA.resources;
  const c = b.columns;
  const p = picker(language);
  sheet.put(b.header - 1, 0, section(pick(BA_TEXT.sections.resources, language)));
  sheet.putRow(
    b.header,
    0,
    [T.resource, T.unit, T.unitCost, T.before, T.after, T.payer, T.source, T.saving, T.check].map((t) => header(p(t))),
  );
  const participants = valueCell(BA.settings.participants);
  const keep = `(1-${valueCell(BA.settings.deadweight)})`;
  for (let r = b.first; r <= b.last; r++) {
    const ex = example ? BA_EXAMPLE.resources[r - b.first] : undefined;
    const at = (column: number): string => cellAddress(r, column);
    sheet.putRow(r, 0, [
      input("text", ex && pick(ex.name, language)),
      input("text", ex && pick(ex.unit, language)),
      input("money", ex?.unitCost),
      input("decimal", ex?.before),
      input("decimal", ex?.after),
      input("text", ex && actorName(ex.payer, language)),
      input("text", ex && pick(ex.source, language)),
      calc(
        `=IF(COUNT(${rangeAddress(r, c.unitCost, r, c.after)})<3,"",(${at(c.before)}-${at(c.after)})*${at(c.unitCost)}*${participants}*${keep})`,
        "money",
      ),
      check(resourceCheck(r, language)),
    ]);
  }
  sheet.table("SroiBeforeAfterResources", b.header, 0, b.last, c.check, "TableStyleLight9");
  const column = (col: number): string => rangeAddress(b.first, col, b.last, col);
  sheet.validate(nonNegativeValidation(column(c.unitCost), p(T.unitCost), language));
  sheet.validate(nonNegativeValidation(rangeAddress(b.first, c.before, b.last, c.after), p(T.before), language));
  sheet.validate(
    valuesValidation(
      column(c.payer),
      ACTORS.map((a) => actorName(a, language)),
      p(T.payer),
      language,
    ),
  );
  sheet.put(b.check, 0, check(`=IF(${anyCheck(column(c.check))},"${p(T.resourcesCheck)}","")`));
}

/**
 * Each actor's share of the intervention cost, the cost it pays, and a check that the shares make
 * 100 %: a table of three columns from BA.payers.left, beside the rates.
 */
export function addInterventionPayers(sheet: SheetBuilder, language: Language, example: boolean): void {
  const b = BA.payers;
  const left = b.left;
  const c = b.columns;
  const p = picker(language);
  const totalCost = valueCell(BA.settings.totalCost);
  const costPerParticipant = valueCell(BA.settings.cost);
  sheet.put(b.header - 1, left, section(pick(BA_TEXT.sections.payers, language)));
  sheet.putRow(b.header, left, [header(p(T.actor)), header(p(T.share)), header(p(T.cost))]);
  ACTORS.forEach((actor, i) => {
    const r = b.first + i;
    const share = cellAddress(r, left + c.share, true);
    sheet.putRow(r, left, [
      label(actorName(actor, language)),
      input("percent", example ? BA_EXAMPLE.payerShares[actor] : undefined),
      calc(`=IF(AND(ISNUMBER(${share}),ISNUMBER(${totalCost})),${share}*${totalCost},0)`, "money"),
    ]);
  });
  const last = b.first + ACTORS.length - 1;
  sheet.table("SroiBeforeAfterPayers", b.header, left, last, left + c.cost, "TableStyleLight1");
  const shares = rangeAddress(b.first, left + c.share, last, left + c.share, true);
  sheet.validate(shareValidation(rangeAddress(b.first, left + c.share, last, left + c.share), p(T.share), language));
  sheet.putRow(b.total, left, [
    label(p(T.total)),
    total(`=SUM(${shares})`, "percent"),
    total(`=SUM(${rangeAddress(b.first, left + c.cost, last, left + c.cost)})`, "money"),
  ]);
  const sum = `ROUND(SUM(${shares})*100,2)`;
  const sumText = `"${fill(pick(T.sharesSum, language), { sum })}"`;
  // as the core: shares are numbers (blank is 0) in [0, 1], adding up to 1 whenever a participant costs anything
  sheet.put(
    b.check,
    left,
    check(
      `=IF(COUNTA(${shares})<>COUNT(${shares}),"${p(T.shareNumber)}",IF(OR(MIN(${shares})<0,MAX(${shares})>1),"${p(T.shareRange)}",` +
        `IF(AND(ISNUMBER(${costPerParticipant}),${costPerParticipant}>0,${offSum(`SUM(${shares})`, "1")}),${sumText},"")))`,
    ),
  );
}
