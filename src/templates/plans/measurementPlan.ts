import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { rangeAddress } from "../kit";
import { input } from "../kit";
import { buildListsSheet, listItems, listSource } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { nameOf } from "../kit";
import { pick, Text, tx } from "../kit";
import { textTableSheet } from "../kit";
import { listValidation } from "../kit";

/**
 * Measurement plan: per outcome, what is measured, how, when, against which threshold and target,
 * and which comparison alternative (seed 002, appendix A) shows what would have happened anyway.
 */

const T = {
  title: TEMPLATE_INFO.measurementPlan.title,
  help: tx(
    "Plan the measurement before the initiative starts: a baseline is hard to collect afterwards, and so is a comparison group. One outcome per row.",
    "Planera mätningen innan satsningen startar: ett utgångsläge är svårt att samla in i efterhand, och det är en jämförelsegrupp också. Ett utfall per rad.",
  ),
};

const COLUMNS: readonly { header: Text; question: Text; width: number }[] = [
  {
    header: tx("Phenomenon", "Företeelse"),
    question: tx("What do you want to change (e.g. self-esteem)?", "Vad vill ni förändra (t.ex. självkänsla)?"),
    width: 18,
  },
  {
    header: tx("Indicator", "Indikator"),
    question: tx("Which measurable sign shows the change?", "Vilket mätbart tecken visar förändringen?"),
    width: 22,
  },
  { header: tx("Question", "Fråga"), question: tx("What exactly is asked or counted?", "Vad exakt frågas eller räknas?"), width: 24 },
  { header: tx("Answer scale", "Svarsskala"), question: tx("Which answers are possible?", "Vilka svar är möjliga?"), width: 20 },
  {
    header: tx("Data source", "Datakälla"),
    question: tx("Survey, register, records, interviews?", "Enkät, register, journaler, intervjuer?"),
    width: 18,
  },
  {
    header: tx("Baseline timing", "Tidpunkt för utgångsläge"),
    question: tx("When is the starting point measured?", "När mäts utgångsläget?"),
    width: 16,
  },
  {
    header: tx("Follow-up timing", "Tidpunkt för uppföljning"),
    question: tx("When are the follow-ups?", "När görs uppföljningarna?"),
    width: 16,
  },
  {
    header: tx("Threshold (cut-off)", "Gränsvärde"),
    question: tx("Which value counts as a change?", "Vilket värde räknas som en förändring?"),
    width: 18,
  },
  { header: tx("Target", "Mål"), question: tx("What result do you aim for?", "Vilket resultat siktar ni på?"), width: 18 },
  {
    header: tx("Comparison alternative", "Jämförelsealternativ"),
    question: tx("What shows what would have happened anyway?", "Vad visar vad som hade hänt ändå?"),
    width: 26,
  },
];

/** A worked example row: the Rosenberg self-esteem scale (seed 000). */
const EXAMPLE: readonly Text[] = [
  tx("Self-esteem", "Självkänsla"),
  tx("Rosenberg score, 10–40", "Poäng på Rosenbergs skala, 10–40"),
  tx("Ten statements on how one sees oneself", "Tio påståenden om hur man ser på sig själv"),
  tx("Four steps from strongly agree to strongly disagree", "Fyra steg från instämmer helt till instämmer inte alls"),
  tx("Survey to participants", "Enkät till deltagarna"),
  tx("At the start", "Vid start"),
  tx("After 6 and 12 months", "Efter 6 och 12 månader"),
  tx("Below 26 points: low self-esteem", "Under 26 poäng: låg självkänsla"),
  tx("Half of those below 26 reach 26 or more", "Hälften av dem under 26 når 26 eller mer"),
];

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const { sheet, layout } = textTableSheet(
    {
      key: "measurementPlan",
      sheetName: nameOf("measurementPlan", names, language),
      tableName: "SroiMeasurementPlan",
      title: T.title,
      help: T.help,
      columns: COLUMNS,
      rows: 15,
      tabColor: "#7030A0",
    },
    language,
  );
  if (options.example) {
    const values = [...EXAMPLE.map((t) => pick(t, language)), listItems("comparisons", language)[4]];
    values.forEach((value, c) => sheet.put(layout.firstRow, c, input("text", value)));
  }
  const c = COLUMNS.length - 1;
  // Answers are sentences: they wrap in their column from the top (a row grows as it is typed in)
  // rather than being cut off by the next column, so the columns can be narrow enough to print at over 70 %.
  sheet.wrap(layout.firstRow, 0, layout.lastRow, c).alignTop(layout.firstRow, 0, layout.lastRow, c);
  sheet.validate(
    listValidation(
      rangeAddress(layout.firstRow, c, layout.lastRow, c),
      listSource("comparisons", names, language),
      pick(COLUMNS[c].header, language),
      language,
      nameOf("lists", names, language),
    ),
  );
  return [sheet.build(), buildListsSheet(options, names)];
}

export const measurementPlanTemplate = defineTemplate("measurementPlan", ["measurementPlan", "lists"], build);
