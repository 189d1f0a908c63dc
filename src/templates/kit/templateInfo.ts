import { Text, tx } from "../../core/i18n";
import type { SheetKey, Template, TemplateId } from "./model";

/** What the taskpane and the CLI show of a template before it is built: its name and what it holds. */
export interface TemplateInfo {
  readonly id: TemplateId;
  readonly title: Text;
  readonly description: Text;
}

/**
 * Every template's name and description, in the order offered. Kept apart from the builders so the
 * pane's first screen can list the templates without loading the code that makes the sheets.
 */
export const TEMPLATE_INFO = {
  logicModelSimple: {
    id: "logicModelSimple",
    title: tx("Logic model", "Logikmodell"),
    description: tx(
      "Purpose and goals, results, activities and resources, each with a guiding question.",
      "Syfte och mål, resultat, aktiviteter och resurser, med en vägledande fråga för varje.",
    ),
  },
  logicModelDetailed: {
    id: "logicModelDetailed",
    title: tx("Logic model, detailed", "Logikmodell, detaljerad"),
    description: tx(
      "Each level of the logic model with its indicators, data sources and assumptions and threats.",
      "Varje nivå i logikmodellen med indikatorer, datakällor samt antaganden och hot.",
    ),
  },
  riskMatrix: {
    id: "riskMatrix",
    title: tx("Risk matrix", "Riskmatris"),
    description: tx(
      "Risks with probability, impact, computed priority, action and owner, and a 5×5 heat map.",
      "Risker med sannolikhet, konsekvens, beräknad prioritet, åtgärd och ansvarig, och en 5×5-värmekarta.",
    ),
  },
  costSheet: {
    id: "costSheet",
    title: tx("Cost sheet", "Kostnadskalkyl"),
    description: tx(
      "Costs per item, year, category and payer, with unit costs and a full-scale estimate.",
      "Kostnader per post, år, kategori och betalare, med enhetskostnader och en uppskattning vid full skala.",
    ),
  },
  impactMap: {
    id: "impactMap",
    title: tx("Impact map", "Effektkarta"),
    description: tx(
      "One row per stakeholder outcome: adjusted value per year, present value, SROI ratio and payback.",
      "En rad per utfall och intressent: justerat värde per år, nuvärde, SROI-kvot och återbetalningstid.",
    ),
  },
  impactMapPrint: {
    id: "impactMapPrint",
    title: tx("Impact map for print", "Effektkarta för utskrift"),
    description: tx(
      "The impact map made readable on paper (A4 landscape, two pages): the figures and values of each row, then its sources and comparison alternative, by formulas from the map.",
      "Effektkartan läsbar på papper (A4 liggande, två sidor): varje rads siffror och värden, sedan dess källor och jämförelsealternativ, med formler från kartan.",
    ),
  },
  stakeholders: {
    id: "stakeholders",
    title: tx("Stakeholder analysis", "Intressentanalys"),
    description: tx(
      "Who is affected by or affects the initiative, how you will reach them and what they know.",
      "Vilka som påverkar eller påverkas av satsningen, hur ni når dem och vad de vet.",
    ),
  },
  measurementPlan: {
    id: "measurementPlan",
    title: tx("Measurement plan", "Mätplan"),
    description: tx(
      "Per outcome: indicator, question, scale, source, timing, threshold, target and comparison alternative.",
      "Per utfall: indikator, fråga, skala, källa, tidpunkter, gränsvärde, mål och jämförelsealternativ.",
    ),
  },
  collaborationPlan: {
    id: "collaborationPlan",
    title: tx("Collaboration plan", "Samverkansplan"),
    description: tx(
      "Shared SMART goal, target group, theory of change, and who does what, when and how it is followed up.",
      "Gemensamt SMART-mål, målgrupp, förändringsteori, och vem som gör vad, när och hur det följs upp.",
    ),
  },
  beforeAfter: {
    id: "beforeAfter",
    title: tx("Before and after by actor", "Före och efter per aktör"),
    description: tx(
      "What participants live on and which public resources they use, before and after an intervention: the change per month and year for the municipality, region, Försäkringskassan, Arbetsförmedlingen, the state, the individual and society, with payback.",
      "Vad deltagarna lever på och vilka offentliga resurser de använder, före och efter en insats: förändringen per månad och år för kommunen, regionen, Försäkringskassan, Arbetsförmedlingen, staten, individen och samhället, med återbetalningstid.",
    ),
  },
  outcomeContract: {
    id: "outcomeContract",
    title: tx("Outcome contract", "Utfallskontrakt"),
    description: tx(
      "Payments by validated outcome with a cap: net and present value for the commissioner; IRR, money multiple and break-even for the investor.",
      "Ersättning per validerat utfall med tak: beställarens netto och nuvärde, investerarens IRR, pengamultipel och break-even.",
    ),
  },
  portfolio: {
    id: "portfolio",
    title: tx("Portfolio and prioritisation", "Portfölj och prioritering"),
    description: tx(
      "Weighted scores and ranks of candidate investments; totals, ratio and balance of the chosen portfolio.",
      "Viktade poäng och rangordning av tänkbara satsningar, den valda portföljens summor och kvot, och dess balans.",
    ),
  },
  collectiveImpact: {
    id: "collectiveImpact",
    title: tx("Collective impact charter", "Gemensam påverkan (collective impact)"),
    description: tx(
      "An area-based initiative: preamble, principles to agree on, the repeating process, the investment committee and who evaluates what.",
      "En områdesbaserad satsning: inledning, principer att enas om, den återkommande processen, investeringskommittén och vem som utvärderar vad.",
    ),
  },
  decisionSummary: {
    id: "decisionSummary",
    title: tx("Decision summary", "Beslutsunderlag"),
    description: tx(
      "One printable page for a decision, by formulas from the other sheets: cost, value, payback, who gains, risks.",
      "En utskrivbar sida inför beslut, med formler från de andra bladen: kostnad, värde, återbetalning, vem som vinner, risker.",
    ),
  },
  principlesChecklist: {
    id: "principlesChecklist",
    title: tx("Principles checklist", "Checklista för principerna"),
    description: tx(
      "To review a course workbook against the eight principles of social value: each with a guiding question, where the workbook answers it, a status and a note.",
      "För att granska en kursarbetsbok mot de åtta principerna för socialt värde: var och en med en vägledande fråga, var arbetsboken svarar, en bedömning och en anteckning.",
    ),
  },
} as const satisfies Readonly<Record<TemplateId, TemplateInfo>>;

/** The templates' ids in the order the taskpane and the command line offer them. */
export const TEMPLATE_ORDER: readonly TemplateId[] = [
  "logicModelSimple",
  "logicModelDetailed",
  "riskMatrix",
  "costSheet",
  "impactMap",
  "impactMapPrint",
  "stakeholders",
  "measurementPlan",
  "collaborationPlan",
  "beforeAfter",
  "outcomeContract",
  "portfolio",
  "collectiveImpact",
  "decisionSummary",
  "principlesChecklist",
];

/** A template from its id (name and description from TEMPLATE_INFO), the sheets it makes and its builder. */
export function defineTemplate(id: TemplateId, sheetKeys: readonly SheetKey[], build: Template["build"]): Template {
  return { ...TEMPLATE_INFO[id], sheetKeys, build };
}
