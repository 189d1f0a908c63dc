import type { Language } from "../../core/language";
import type { SheetKey, SheetNames } from "./model";
import { pick, Text, tx } from "./text";

/** Preferred sheet names by key and language, before they are made free and unique. */
const SHEET_TITLES: Readonly<Record<SheetKey, Text>> = {
  logicModelSimple: tx("Logic model", "Logikmodell"),
  logicModelDetailed: tx("Logic model detailed", "Logikmodell detaljerad"),
  riskMatrix: tx("Risk matrix", "Riskmatris"),
  costSheet: tx("Cost sheet", "Kostnadskalkyl"),
  unitCosts: tx("Unit costs", "Enhetskostnader"),
  impactMap: tx("Impact map", "Effektkarta"),
  impactMapPrint: tx("Impact map for print", "Effektkarta för utskrift"),
  stakeholders: tx("Stakeholder analysis", "Intressentanalys"),
  measurementPlan: tx("Measurement plan", "Mätplan"),
  collaborationPlan: tx("Collaboration plan", "Samverkansplan"),
  beforeAfter: tx("Before-after by actor", "Före-efter per aktör"),
  outcomeContract: tx("Outcome contract", "Utfallskontrakt"),
  portfolio: tx("Portfolio", "Portfölj"),
  collectiveImpact: tx("Collective impact", "Gemensam påverkan"),
  decisionSummary: tx("Decision summary", "Beslutsunderlag"),
  principlesChecklist: tx("Principles checklist", "Principchecklista"),
  kpi: tx("KPI", "KPI"),
  lists: tx("Lists", "Listor"),
  analysis: tx("Analysis", "Analys"),
};

/** The preferred name of a sheet in a language. */
export function preferredSheetName(key: SheetKey, language: Language): string {
  return pick(SHEET_TITLES[key], language);
}

/** The resolved name of a sheet, or its preferred name when the template is built on its own. */
export function nameOf(key: SheetKey, names: SheetNames, language: Language): string {
  return names[key] ?? preferredSheetName(key, language);
}
