import { TEMPLATE_INFO } from "../kit";
import { ACTOR_LABELS, Actor, Situation, SOCIETY_LABEL } from "../../core/actors";
import type { Language } from "../../core/language";
import { Text, tx } from "../kit";
import type { Cell } from "../kit";

/** Everything the before/after sheet says, in both languages. */

export const BA_TEXT = {
  title: TEMPLATE_INFO.beforeAfter.title,
  help: tx(
    "Fill in the coloured cells: settings, tax and fee rates and who pays at the top, then how many participants live on what before and at follow-up, what one person receives in each situation, and public resources used. Results per actor are top right, the flows behind them at the bottom.",
    "Fyll i de färgade cellerna: inställningar, skatte- och avgiftssatser och vem som betalar överst, sedan hur många deltagare som lever på vad före och vid uppföljning, vad en person får per situation och offentliga resurser. Resultat per aktör står uppe till höger, flödena bakom dem längst ner.",
  ),
  help2: tx(
    "Benefits and taxes only move money between the actors and the individual, so they cancel out for society. Society gains from work (the wage plus employer fees) and from fewer resources used. Every change is reduced by the deadweight.",
    "Ersättningar och skatter flyttar bara pengar mellan aktörerna och individen och tar därför ut varandra för samhället. Samhället vinner på arbete (lönen plus arbetsgivaravgifter) och på att färre resurser används. Varje förändring minskas med dödvikten.",
  ),
  help3: tx(
    "Tax and fee rates change every year and differ between municipalities: note the source and year of each one and check them before you use the results.",
    "Skatte- och avgiftssatser ändras varje år och skiljer sig mellan kommuner: skriv källa och år för varje sats och kontrollera dem innan du använder resultaten.",
  ),
  sections: {
    settings: tx("1. Settings", "1. Inställningar"),
    rates: tx("2. Tax and fee rates", "2. Skatte- och avgiftssatser"),
    payers: tx("3. Who pays the intervention", "3. Vem betalar insatsen"),
    groups: tx("4. Participants: how many live on what, before and after", "4. Deltagare: hur många lever på vad, före och efter"),
    situations: tx("5. What one person receives per month in each situation", "5. Vad en person får per månad i varje situation"),
    resources: tx("6. Public resources used per participant and month", "6. Offentliga resurser per deltagare och månad"),
    summary: tx("Results per actor (after deadweight)", "Resultat per aktör (efter dödvikt)"),
    flows: tx("Where the monthly change comes from (after deadweight)", "Varifrån förändringen per månad kommer (efter dödvikt)"),
  },
} as const;

/** Short names of the income situations, as column headers and row labels. */
export const SITUATION_TEXT: Readonly<Record<Situation, Text>> = {
  socialAssistance: tx("Social assistance", "Ekonomiskt bistånd"),
  sicknessCompensation: tx("Sickness or activity compensation", "Sjuk- eller aktivitetsersättning"),
  activitySupport: tx("Activity support", "Aktivitetsstöd"),
  employment: tx("Employment (wage)", "Arbete (lön)"),
  studies: tx("Studies", "Studier"),
  other: tx("Other", "Annat"),
};

/** Yes and no as the taxable column holds them (the core reads both languages). */
export const YES = tx("Yes", "Ja");
export const NO = tx("No", "Nej");

/** Units of the horizon (the core reads both languages). */
export const MONTHS = tx("months", "månader");
export const YEARS = tx("years", "år");

/** An actor's name as the sheet writes it (the same labels the core reads). */
export function actorName(actor: Actor, language: Language): string {
  return ACTOR_LABELS[actor][language];
}

export function societyName(language: Language): string {
  return SOCIETY_LABEL[language];
}

/** A block's numbered title: bold, one line, running over the empty cells to its right. */
export function section(value: string): Cell {
  return { value, role: "section" };
}
