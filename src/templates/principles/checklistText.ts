import { TEMPLATE_INFO } from "../kit";
import { Text, tx } from "../kit";

/** The principles checklist's labels in both languages, and its worked example. */
export const CT = {
  catalogueTitle: TEMPLATE_INFO.principlesChecklist.title,
  title: tx("Principles of social value: checklist for reviewing a workbook", "Principerna för socialt värde: checklista för granskning"),
  help: tx(
    "Review a participant's SROI workbook one principle at a time: ask the guiding question, look where the answer lies, choose a status and note what you found and what would make it better. The summary counts the statuses.",
    "Granska en deltagares SROI-arbetsbok en princip i taget: ställ den vägledande frågan, titta där svaret finns, välj en bedömning och skriv vad du såg och vad som skulle göra det bättre. Sammanfattningen räknar bedömningarna.",
  ),
  review: tx("The review", "Granskningen"),
  workbook: tx("Workbook reviewed", "Granskad arbetsbok"),
  participant: tx("Participant or group", "Deltagare eller grupp"),
  reviewer: tx("Reviewer", "Granskare"),
  date: tx("Date of review", "Granskningsdatum"),
  summary: tx("Summary", "Sammanfattning"),
  status: tx("Status", "Bedömning"),
  count: tx("Principles", "Principer"),
  total: tx("Total", "Summa"),
  principle: tx("Principle", "Princip"),
  meaning: tx("What it asks of the analysis", "Vad den kräver av analysen"),
  question: tx("Guiding question for the review", "Vägledande fråga vid granskningen"),
  where: tx("Where the answer lies", "Var svaret finns"),
  note: tx("Reviewer's note", "Granskarens anteckning"),
  /** A column or heading named in "where the answer lies". */
  quoted: tx("“{name}”", "”{name}”"),
  analysisNote: tx("{sheet} (from the Analysis tab)", "{sheet} (från fliken Analys)"),
  promptTitle: tx("How well is it met?", "Hur väl uppfylls den?"),
  prompt: tx(
    "Met: the workbook answers the question well. Partly met: in part, or without support. Not met: the answer is missing or wrong. Not reviewed: not looked at yet (a blank counts as this).",
    "Uppfylld: arbetsboken besvarar frågan väl. Delvis uppfylld: till en del, eller utan stöd. Ej uppfylld: svaret saknas eller är fel. Ej granskad: inte granskad än (en tom cell räknas hit).",
  ),
  notFromList: tx("A status is not from the list: choose one in the drop-down", "En bedömning finns inte i listan: välj en i rullgardinen"),
};

/** The statuses offered, in the drop-down's order; the first is what a blank means. */
export const STATUSES = {
  notReviewed: tx("Not reviewed", "Ej granskad"),
  met: tx("Met", "Uppfylld"),
  partly: tx("Partly met", "Delvis uppfylld"),
  notMet: tx("Not met", "Ej uppfylld"),
};
export type StatusKey = keyof typeof STATUSES;
export const STATUS_ORDER: readonly StatusKey[] = ["notReviewed", "met", "partly", "notMet"];

/**
 * The example review, of the worked example's impact map (its six rows: the environment row has
 * deadweight and attribution both 0, every attribution rests on the partners' own estimate) and of
 * a workbook whose stakeholder analysis and Analysis sheet are still missing.
 */
export const CHECKLIST_EXAMPLE = {
  workbook: tx("Course workbook, worked example", "Kursens arbetsbok, räknat exempel"),
  participant: tx("Example group", "Exempelgruppen"),
  reviewer: tx("Course leader", "Kursledare"),
  rows: [
    {
      status: "partly",
      note: tx(
        "Five stakeholder groups on the impact map, but the stakeholder analysis is empty: how were participants heard?",
        "Fem intressentgrupper i effektkartan, men intressentanalysen är tom: hur hördes deltagarna?",
      ),
    },
    {
      status: "met",
      note: tx(
        "Every row has an indicator; the extra travel is there as a loss.",
        "Varje rad har en indikator; det ökade resandet finns med som en förlust.",
      ),
    },
    {
      status: "met",
      note: tx(
        "Every proxy has a source; the care visits' price from three years back is converted.",
        "Varje proxy har en källa; vårdbesökens pris från tre år tillbaka räknas om.",
      ),
    },
    { status: undefined, note: undefined },
    {
      status: "partly",
      note: tx(
        "Environment row: deadweight and attribution both 0. Defensible for a loss, but say why.",
        "Miljöraden: dödvikt och tillskrivning båda 0. Försvarbart för en förlust, men skriv varför.",
      ),
    },
    {
      status: "partly",
      note: tx(
        "Every attribution rests on the partners' own estimate: name who estimated and how.",
        "All tillskrivning vilar på samarbetsparternas bedömning: skriv vem som bedömde och hur.",
      ),
    },
    {
      status: "notMet",
      note: tx(
        "No Analysis sheet yet: run the sensitivity analysis and the Monte Carlo.",
        "Inget analysblad än: kör känslighetsanalysen och Monte Carlo.",
      ),
    },
    { status: undefined, note: undefined },
  ] as readonly { status?: StatusKey; note?: Text }[],
};
