import { ACTORS, Actor, BENEFIT_SITUATIONS, SITUATIONS } from "../../core/actors";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, pick, picker } from "../kit";
import { BA, flowRow, valueCell } from "./beforeAfterLayout";
import { actorName, BA_TEXT, SITUATION_TEXT, societyName, section } from "./beforeAfterText";
import { calc, check, header, label, total } from "../kit";
import type { Cell } from "../kit";
import type { SheetBuilder } from "../kit";
import { fill, tx } from "../kit";

/**
 * The monthly flows behind the results, one row per benefit, income tax, production item and
 * resource row, one column per actor and one for society; transfers net to zero across a row.
 * Every cell stays blank while a check on the sheet shows a problem.
 */

const T = {
  flow: tx("Flow", "Flöde"),
  kind: tx("Kind", "Slag"),
  transfer: tx("Transfer", "Överföring"),
  production: tx("Production", "Produktion"),
  resource: tx("Resource use", "Resursanvändning"),
  benefit: tx("Benefit: {situation}", "Ersättning: {situation}"),
  municipalTax: tx("Municipal income tax", "Kommunalskatt"),
  regionalTax: tx("Regional income tax", "Regionskatt"),
  stateTax: tx("State income tax", "Statlig inkomstskatt"),
  wage: tx("Wages (value of work)", "Löner (arbetets värde)"),
  employerFees: tx("Employer social fees (value of work)", "Arbetsgivaravgifter (arbetets värde)"),
  transfersNet: tx("Transfers, net", "Överföringar, netto"),
  total: tx("Change per month", "Förändring per månad"),
  unbalanced: tx(
    "The transfers do not net to zero: check who pays each income situation",
    "Överföringarna går inte jämnt upp: kontrollera vem som betalar varje försörjning",
  ),
  waiting: tx("Results are blank until this is fixed: ", "Resultaten visas när detta är åtgärdat: "),
};

/** The cell that holds the first problem on the sheet; results show only while it is blank. */
const STATUS_CELL = cellAddress(BA.settings.status, 0, true);

/** Wraps a formula body so the cell stays blank while the sheet has a problem. */
export function whenReady(body: string): string {
  return `=IF(${STATUS_CELL}<>"","",${body})`;
}

const actorColumn = (actor: Actor): number => BA.flows.firstActorColumn + ACTORS.indexOf(actor);
const headerCell = (actor: Actor): string => cellAddress(BA.flows.header, actorColumn(actor), true);
const keep = `(1-${valueCell(BA.settings.deadweight)})`;

/** The status: the first problem any block reports, or blank. */
function statusFormula(language: Language): string {
  const checks = [
    ...[BA.settings.check, BA.rates.check, BA.groups.check, BA.situations.check, BA.resources.check].map((r) => cellAddress(r, 0, true)),
    cellAddress(BA.payers.check, BA.payers.left, true),
  ];
  const first = checks.reduceRight((rest, c) => `IF(${c}<>"",${c},${rest})`, `""`);
  return `=IF(${checks.join("&")}="","","${pick(T.waiting, language)}"&${first})`;
}

/** One flow row: its label, its kind and a formula body per actor ("0" where the actor is not involved). */
function putFlow(
  sheet: SheetBuilder,
  row: number,
  name: Cell,
  kind: string,
  bodies: Partial<Record<Actor, (column: number) => string>>,
): void {
  sheet.putRow(row, 0, [name, label(kind)]);
  for (const actor of ACTORS) {
    const body = bodies[actor];
    sheet.put(row, actorColumn(actor), calc(whenReady(body ? body(actorColumn(actor)) : "0"), "money"));
  }
  const actors = rangeAddress(row, BA.flows.firstActorColumn, row, BA.flows.societyColumn - 1);
  sheet.put(row, BA.flows.societyColumn, calc(whenReady(`SUM(${actors})`), "money"));
}

/** Adds the status cell, the flow table, its totals and the transfer check. */
export function addFlows(sheet: SheetBuilder, language: Language): void {
  const f = BA.flows;
  const p = picker(language);
  sheet.put(BA.settings.status, 0, check(statusFormula(language)));
  sheet.put(f.header - 1, 0, section(pick(BA_TEXT.sections.flows, language)));
  sheet.putRow(f.header, 0, [
    header(p(T.flow)),
    header(p(T.kind)),
    ...ACTORS.map((a) => header(actorName(a, language))),
    header(societyName(language)),
  ]);
  const s = BA.situations;
  const sit = (situation: string, column: number): string => cellAddress(s.first + SITUATIONS.indexOf(situation as never), column, true);
  const c = s.columns;
  BENEFIT_SITUATIONS.forEach((situation, i) => {
    const paid = `${sit(situation, c.change)}*${sit(situation, c.amount)}*${keep}`;
    const bodies: Partial<Record<Actor, (column: number) => string>> = { individual: () => paid };
    for (const actor of ACTORS)
      if (actor !== "individual") bodies[actor] = () => `IF(${sit(situation, c.payer)}=${headerCell(actor)},-${paid},0)`;
    putFlow(
      sheet,
      flowRow("benefit", i),
      label(fill(p(T.benefit), { situation: pick(SITUATION_TEXT[situation], language) })),
      p(T.transfer),
      bodies,
    );
  });
  const column = (col: number): string => rangeAddress(s.first, col, s.first + SITUATIONS.length - 1, col, true);
  const tax = (col: number, rate: number): string => `SUM(${column(col)})*${valueCell(rate)}*${keep}`;
  const taxes = [
    ["municipalTax", "municipality", tax(c.taxableChange, BA.rates.municipalTax)],
    ["regionalTax", "region", tax(c.taxableChange, BA.rates.regionalTax)],
    ["stateTax", "state", tax(c.aboveThresholdChange, BA.rates.stateTax)],
  ] as const;
  for (const [kind, receiver, amount] of taxes) {
    putFlow(sheet, flowRow(kind), label(p(T[kind])), p(T.transfer), { [receiver]: () => amount, individual: () => `-${amount}` });
  }
  const wages = `${sit("employment", c.change)}*${sit("employment", c.amount)}*${keep}`;
  putFlow(sheet, flowRow("wage"), label(p(T.wage)), p(T.production), { individual: () => wages });
  putFlow(sheet, flowRow("employerFees"), label(p(T.employerFees)), p(T.production), {
    state: () => `${wages}*${valueCell(BA.rates.employerFees)}`,
  });
  const r = BA.resources;
  for (let j = 0; j <= r.last - r.first; j++) {
    const at = (col: number): string => cellAddress(r.first + j, col, true);
    const name = calc(`=IF(${at(r.columns.name)}="","",${at(r.columns.name)})`, "text");
    const bodies: Partial<Record<Actor, (column: number) => string>> = {};
    for (const actor of ACTORS)
      bodies[actor] = () => `IF(AND(${at(r.columns.payer)}=${headerCell(actor)},${at(r.columns.saving)}<>""),${at(r.columns.saving)},0)`;
    putFlow(sheet, flowRow("resource", j), name, p(T.resource), bodies);
  }
  sheet.table("SroiBeforeAfterFlows", f.header, 0, f.last, f.societyColumn, "TableStyleLight1");
  sheet.put(f.transfersNet, 0, label(p(T.transfersNet)));
  sheet.put(f.total, 0, label(p(T.total)));
  for (let col = f.firstActorColumn; col <= f.societyColumn; col++) {
    sheet.put(f.transfersNet, col, total(whenReady(`SUM(${rangeAddress(f.first, col, flowRow("stateTax"), col)})`), "money"));
    sheet.put(f.total, col, total(whenReady(`SUM(${rangeAddress(f.first, col, f.last, col)})`), "money"));
  }
  const net = cellAddress(f.transfersNet, f.societyColumn, true);
  sheet.put(f.check, 0, check(`=IF(${STATUS_CELL}<>"","",IF(ROUND(${net},2)<>0,"${p(T.unbalanced)}",""))`));
}
