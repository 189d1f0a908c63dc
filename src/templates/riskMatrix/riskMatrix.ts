import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { cellAddress, rangeAddress } from "../kit";
import { calc, header, help, input, title } from "../kit";
import { RISK_ZONE_FILLS } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { picker, tx } from "../kit";
import { valuesValidation } from "../kit";
import { addHeatMap, riskLevels } from "./riskHeatMap";
import { riskExampleRows } from "./riskExample";

/**
 * Risk matrix (seed 002, table 1): risks with probability and impact on a 1–5 scale chosen from a
 * list, priority = probability × impact (1–25), and a 5×5 heat map counting risks per cell.
 */

const T = {
  title: TEMPLATE_INFO.riskMatrix.title,
  help: tx(
    "Describe what could stop the expected results or harm someone, including economic risks. Choose probability and impact from the lists; priority = probability × impact, from 1 to 25. Start with the highest priorities.",
    "Beskriv vad som kan hindra de förväntade resultaten eller skada någon, även ekonomiska risker. Välj sannolikhet och konsekvens i listorna; prioritet = sannolikhet × konsekvens, från 1 till 25. Börja med de högsta prioriteterna.",
  ),
  help2: tx(
    "Priority 15–25 is high, 8–14 medium, 1–7 low. Consider also when the initiative should be stopped.",
    "Prioritet 15–25 är hög, 8–14 medel, 1–7 låg. Fundera också på när satsningen bör avbrytas.",
  ),
  no: tx("No.", "Nr"),
  risk: tx("Risk description", "Riskbeskrivning"),
  probability: tx("Probability", "Sannolikhet"),
  impact: tx("Impact", "Konsekvens"),
  priority: tx("Priority", "Prioritet"),
  action: tx("Action", "Åtgärd"),
  owner: tx("Owner", "Ansvarig"),
};

const RISK_HEADER_ROW = 4;
const RISK_ROWS = 20;
export const RISK_FIRST = RISK_HEADER_ROW + 1;
export const RISK_LAST = RISK_FIRST + RISK_ROWS - 1;
/** Columns of the risk table: A no., B risk, C probability, D impact, E priority, F action, G owner. */
export const RISK_COLUMNS = { no: 0, risk: 1, probability: 2, impact: 3, priority: 4, action: 5, owner: 6 } as const;

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("riskMatrix", nameOf("riskMatrix", names, language), "#C00000");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(p(T.help)))
    .put(2, 0, help(p(T.help2)));
  sheet.putRow(
    RISK_HEADER_ROW,
    0,
    [T.no, T.risk, T.probability, T.impact, T.priority, T.action, T.owner].map((t) => header(p(t))),
  );
  const example = options.example ? riskExampleRows(language) : [];
  for (let r = RISK_FIRST; r <= RISK_LAST; r++) {
    const n = r + 1;
    const e = example[r - RISK_FIRST];
    sheet.putRow(r, 0, [
      calc(`=IF($B${n}="","",COUNTA($B$${RISK_FIRST + 1}:$B${n}))`, "integer"),
      input("text", e?.risk),
      input("text", e?.probability),
      input("text", e?.impact),
      calc(`=IF(OR($C${n}="",$D${n}=""),"",VALUE(LEFT($C${n},1))*VALUE(LEFT($D${n},1)))`, "integer"),
      input("text", e?.action),
      input("text", e?.owner),
    ]);
  }
  // Risks, actions and owners are phrases: they wrap from the top rather than run into the next column.
  sheet.wrap(RISK_FIRST, RISK_COLUMNS.risk, RISK_LAST, RISK_COLUMNS.owner).alignTop(RISK_FIRST, 0, RISK_LAST, RISK_COLUMNS.owner);
  const levels = riskLevels(language);
  const column = (c: number): string => rangeAddress(RISK_FIRST, c, RISK_LAST, c);
  sheet.validate(valuesValidation(column(RISK_COLUMNS.probability), levels, p(T.probability), language));
  sheet.validate(valuesValidation(column(RISK_COLUMNS.impact), levels, p(T.impact), language));
  const priority = column(RISK_COLUMNS.priority);
  const top = cellAddress(RISK_FIRST, RISK_COLUMNS.priority).replace(/^([A-Z]+)/, "$$$1");
  sheet.conditionalFormat({ type: "formula", range: priority, formula: `=AND(${top}<>"",${top}>=15)`, fill: RISK_ZONE_FILLS.high.strong });
  sheet.conditionalFormat({
    type: "formula",
    range: priority,
    formula: `=AND(${top}<>"",${top}>=8,${top}<15)`,
    fill: RISK_ZONE_FILLS.medium.strong,
  });
  sheet.conditionalFormat({ type: "formula", range: priority, formula: `=AND(${top}<>"",${top}<8)`, fill: RISK_ZONE_FILLS.low.strong });
  sheet.table("SroiRisks", RISK_HEADER_ROW, 0, RISK_LAST, RISK_COLUMNS.owner);
  addHeatMap(sheet, language, { first: RISK_FIRST, last: RISK_LAST, probability: RISK_COLUMNS.probability, impact: RISK_COLUMNS.impact });
  // the heat map's columns as narrow as its counts, its headers wrapped, so the sheet prints at about 73 %
  sheet.columnWidths([6, 34, 13, 13, 10, 30, 18, 2, 14, 11, 11, 11, 11, 11]).freeze(RISK_HEADER_ROW + 1);
  return [sheet.build()];
}

export const riskMatrixTemplate = defineTemplate("riskMatrix", ["riskMatrix"], build);
