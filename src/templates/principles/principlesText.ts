import { ANALYSIS_TEXT } from "../analysisReport";
import { IMPACT_CALC, IMPACT_INPUTS, IMPACT_SUMMARY_TEXT, impactColumn } from "../impactMap";
import type { SheetKey } from "../kit";
import { Text, tx } from "../kit";

/**
 * The eight principles of social value as a reviewer uses them, in this product's own words: what
 * each asks of an analysis, a guiding question that points at what to check in an SROI workbook,
 * and where in the workbook (our templates' sheets, and their columns or labels) the answer lies.
 */

/** A place to look: a sheet by key and, on it, the column headers or labels to read. */
export interface Place {
  readonly sheet: SheetKey;
  readonly names: readonly Text[];
}

export interface Principle {
  readonly name: Text;
  readonly meaning: Text;
  readonly question: Text;
  readonly places: readonly Place[];
}

/** An impact-map input column's header, by its id. */
const column = (id: string): Text => IMPACT_INPUTS[impactColumn(id)].header;

/** Impact-map column headers and summary labels named below, from the impact map's own definitions. */
const IM = {
  stakeholder: column("stakeholder"),
  outcome: column("outcome"),
  indicator: column("indicator"),
  quantitySource: column("quantitySource"),
  deadweight: column("deadweight"),
  comparison: column("comparison"),
  attribution: column("attribution"),
  displacement: column("displacement"),
  proxy: column("proxy"),
  proxyYear: column("proxyYear"),
  proxySource: column("proxySource"),
  years: column("years"),
  dropOff: column("dropOff"),
  periodSource: column("periodSource"),
  grade: column("grade"),
  presentValue: IMPACT_CALC.presentValue,
  check: tx("Check", "Kontroll"),
  baseYear: IMPACT_SUMMARY_TEXT.baseYear,
};

/** Headings of the sheet the taskpane's Analysis tab writes. */
const AN = {
  sensitivity: ANALYSIS_TEXT.tornado.heading,
  monteCarlo: ANALYSIS_TEXT.uncertainty.heading,
};

export const PRINCIPLES: readonly Principle[] = [
  {
    name: tx("1. Involve stakeholders", "1. Involvera intressenterna"),
    meaning: tx(
      "Those who live the change, pay for it or are affected by it help decide what is measured and what it is worth.",
      "De som upplever förändringen, betalar för den eller berörs av den är med och avgör vad som mäts och vad det är värt.",
    ),
    question: tx(
      "Is every group that gains, pays or loses listed, with how it was heard (interview, survey, focus group)? Does any impact-map row speak for a group nobody asked?",
      "Finns varje grupp som vinner, betalar eller förlorar med, och hur den hördes (intervju, enkät, fokusgrupp)? Talar någon rad i effektkartan för en grupp som ingen frågade?",
    ),
    places: [
      {
        sheet: "stakeholders",
        names: [tx("Stakeholder", "Intressent"), tx("Method of collecting information", "Metod för att samla information")],
      },
      { sheet: "impactMap", names: [IM.stakeholder] },
    ],
  },
  {
    name: tx("2. Understand what changes", "2. Förstå vad som förändras"),
    meaning: tx(
      "Describe how the activities lead to outcomes, for whom, good and bad, intended or not.",
      "Beskriv hur aktiviteterna leder till utfall, för vilka, goda och dåliga, avsedda eller inte.",
    ),
    question: tx(
      "Does each outcome follow from an activity in the logic model, with an indicator that can be measured and a baseline? Are negative or unintended outcomes there, as rows with a negative proxy?",
      "Följer varje utfall av en aktivitet i logikmodellen, med en mätbar indikator och ett utgångsläge? Finns negativa eller oavsedda utfall med, som rader med negativ proxy?",
    ),
    places: [
      { sheet: "logicModelSimple", names: [] },
      { sheet: "impactMap", names: [IM.outcome, IM.indicator] },
      { sheet: "measurementPlan", names: [tx("Baseline timing", "Tidpunkt för utgångsläge")] },
    ],
  },
  {
    name: tx("3. Value the things that matter", "3. Värdera det som spelar roll"),
    meaning: tx(
      "Give the outcomes a value, also those never bought or sold, as they matter to the people affected.",
      "Ge utfallen ett värde, även de som aldrig köps eller säljs, så som de betyder något för dem som berörs.",
    ),
    question: tx(
      "Does every outcome have a financial proxy with a source and a price year? Is the proxy a value to the stakeholder, not just the cost of the activity? Are old prices brought to the base year?",
      "Har varje utfall en finansiell proxy med källa och prisår? Är proxyn ett värde för intressenten och inte bara vad aktiviteten kostar? Räknas gamla priser om till basåret?",
    ),
    places: [{ sheet: "impactMap", names: [IM.proxy, IM.proxyYear, IM.proxySource, IM.baseYear] }],
  },
  {
    name: tx("4. Only include what is material", "4. Ta bara med det väsentliga"),
    meaning: tx(
      "Decide what a fair picture must hold, and leave out only what would not change a decision.",
      "Avgör vad en rättvisande bild måste innehålla, och utelämna bara det som inte skulle ändra ett beslut.",
    ),
    question: tx(
      "Does most of the value rest on one row or one stakeholder? Were outcomes left out, and does the workbook say why? Would a reader decide differently without the largest row?",
      "Vilar det mesta av värdet på en rad eller en intressent? Har utfall lämnats utanför, och står det varför? Skulle en läsare besluta annorlunda utan den största raden?",
    ),
    places: [
      { sheet: "impactMap", names: [IM.presentValue, IM.stakeholder] },
      { sheet: "analysis", names: [AN.sensitivity] },
    ],
  },
  {
    name: tx("5. Do not over-claim", "5. Överdriv inte"),
    meaning: tx(
      "Claim only what the activity caused: not what would have happened anyway, what others did, what moved elsewhere or what fades.",
      "Räkna bara det insatsen orsakade: inte det som hade hänt ändå, det andra gjorde, det som flyttade eller det som klingar av.",
    ),
    question: tx(
      "Are deadweight and attribution both 0 on any row? Is there a comparison alternative behind every deadweight? Is drop-off 0 on a benefit period of more than one year, or the period longer than the evidence? How far does the ratio fall after optimism bias?",
      "Är dödvikt och tillskrivning båda 0 på någon rad? Finns ett jämförelsealternativ bakom varje dödvikt? Är avtrappningen 0 när nyttoperioden är längre än ett år, eller perioden längre än underlaget bär? Hur mycket sjunker kvoten efter avdraget för optimism?",
    ),
    places: [
      {
        sheet: "impactMap",
        names: [IM.deadweight, IM.comparison, IM.attribution, IM.displacement, IM.years, IM.dropOff, IM.grade],
      },
    ],
  },
  {
    name: tx("6. Be transparent", "6. Var öppen"),
    meaning: tx(
      "Show where every figure and assumption comes from, so others can follow and question it.",
      "Visa var varje siffra och varje antagande kommer ifrån, så att andra kan följa och ifrågasätta dem.",
    ),
    question: tx(
      "Does every figure have a source someone else could find? Does every row carry an evidence grade that matches its source? Does any row's check say something is missing?",
      "Har varje siffra en källa som någon annan kan hitta? Har varje rad en evidensgrad som stämmer med källan? Säger någon rads kontroll att något saknas?",
    ),
    places: [
      { sheet: "impactMap", names: [IM.quantitySource, IM.proxySource, IM.periodSource, IM.grade, IM.check] },
      { sheet: "costSheet", names: [] },
    ],
  },
  {
    name: tx("7. Verify the result", "7. Verifiera resultatet"),
    meaning: tx(
      "Test the result: how much it moves when the assumptions move, and whether someone independent agrees.",
      "Pröva resultatet: hur mycket det rör sig när antagandena rör sig, och om någon oberoende håller med.",
    ),
    question: tx(
      "Has the sensitivity analysis been run, and the Monte Carlo? Which assumption moves the ratio most, and how likely is a ratio below 1? Has someone outside the team checked the figures?",
      "Har känslighetsanalysen körts, och Monte Carlo? Vilket antagande flyttar kvoten mest, och hur troligt är en kvot under 1? Har någon utanför gruppen granskat siffrorna?",
    ),
    places: [{ sheet: "analysis", names: [AN.sensitivity, AN.monteCarlo] }],
  },
  {
    name: tx("8. Be responsive", "8. Var lyhörd"),
    meaning: tx(
      "Use what the analysis shows to decide and to change the activity, so that it creates more value.",
      "Använd det analysen visar för att besluta och ändra insatsen, så att den skapar mer värde.",
    ),
    question: tx(
      "Does the workbook lead to a decision or a change: which outcomes to strengthen, which risks to act on, when to measure again?",
      "Leder arbetsboken till ett beslut eller en ändring: vilka utfall som ska stärkas, vilka risker som ska hanteras, när det ska mätas igen?",
    ),
    places: [
      { sheet: "decisionSummary", names: [] },
      { sheet: "riskMatrix", names: [tx("Action", "Åtgärd"), tx("Owner", "Ansvarig")] },
      { sheet: "measurementPlan", names: [tx("Follow-up timing", "Tidpunkt för uppföljning")] },
    ],
  },
];
