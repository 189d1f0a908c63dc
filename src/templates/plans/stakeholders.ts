import { defineTemplate, TEMPLATE_INFO } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { nameOf } from "../kit";
import { tx } from "../kit";
import { textTableSheet } from "../kit";

/** Stakeholder analysis (seed 002, table 2): who is affected, how they are reached, what they know. */

const T = {
  title: TEMPLATE_INFO.stakeholders.title,
  help: tx(
    "List every group that gains, pays, works with or is affected by the initiative, one per row. The stakeholders you keep here become the rows of the impact map.",
    "Skriv varje grupp som vinner på, betalar för, arbetar med eller påverkas av satsningen, en per rad. De intressenter du behåller här blir rader i effektkartan.",
  ),
};

const COLUMNS = [
  {
    header: tx("Stakeholder", "Intressent"),
    question: tx("Which group experiences a change, pays or gains?", "Vilken grupp upplever en förändring, betalar eller vinner?"),
    width: 26,
  },
  {
    header: tx("Connection to the initiative", "Koppling till satsningen"),
    question: tx(
      "How are they involved: participant, funder, partner, neighbour?",
      "Hur berörs de: deltagare, finansiär, samarbetspart, omgivning?",
    ),
    width: 36,
  },
  {
    header: tx("Method of collecting information", "Metod för att samla information"),
    question: tx(
      "How will you hear from them: interview, survey, focus group, registers?",
      "Hur får ni veta: intervju, enkät, fokusgrupp, registerdata?",
    ),
    width: 36,
  },
  {
    header: tx("Information they hold", "Information de har"),
    question: tx("What can they tell you that nobody else can?", "Vad kan de berätta som ingen annan kan?"),
    width: 40,
  },
];

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { sheet } = textTableSheet(
    {
      key: "stakeholders",
      sheetName: nameOf("stakeholders", names, options.language),
      tableName: "SroiStakeholders",
      title: T.title,
      help: T.help,
      columns: COLUMNS,
      rows: 15,
      tabColor: "#5B9BD5",
    },
    options.language,
  );
  return [sheet.build()];
}

export const stakeholdersTemplate = defineTemplate("stakeholders", ["stakeholders"], build);
