import { Bilingual, byLanguage, tx } from "../core/i18n";
import type { Language } from "../core/language";

/**
 * Every text of the pane's analysis panel, in English and Swedish. Assumptions are named by the
 * impact map's own headers (templates/analysisReport/assumptionText.ts), not here.
 */
export interface AnalysisStrings {
  readonly heading: string;
  readonly intro: string;
  readonly mapLabel: string;
  readonly mapHint: string;
  readonly refreshList: string;
  readonly listing: string;
  readonly noMapsTitle: string;
  readonly noMaps: (template: string) => string;
  readonly sensitivityHeading: string;
  readonly sensitivityHelp: string;
  readonly stepLabel: string;
  readonly stepHint: string;
  readonly ownSteps: string;
  readonly ownStepsHelp: string;
  readonly stepSize: string;
  readonly stepUnit: string;
  readonly units: Readonly<Record<"relative" | "points" | "years" | "money" | "people", string>>;
  readonly breakEvenHeading: string;
  readonly breakEvenHelp: string;
  readonly uncertaintyHeading: string;
  readonly uncertaintyHelp: string;
  readonly monteCarlo: string;
  readonly runsLabel: string;
  readonly runsHint: (min: string, max: string) => string;
  readonly seedLabel: string;
  readonly seedHint: string;
  readonly newSeed: string;
  readonly distributionLabel: string;
  readonly triangular: string;
  readonly triangularHint: string;
  readonly pert: string;
  readonly pertHint: string;
  readonly binsLabel: string;
  readonly binsHint: (min: string, max: string) => string;
  readonly spreads: string;
  readonly spreadsHelp: string;
  readonly low: string;
  readonly high: string;
  readonly targetLabel: string;
  readonly targetNew: string;
  readonly targetRefresh: string;
  readonly targetHelp: string;
  readonly refreshLabel: string;
  readonly refreshHint: string;
  readonly run: string;
  readonly reading: string;
  readonly simulating: (done: string, total: string) => string;
  readonly simulatingStatus: string;
  readonly computing: string;
  readonly writing: string;
  readonly cancel: string;
  readonly cancelling: string;
  readonly cancelled: string;
  readonly resultsHeading: string;
  readonly written: (sheet: string) => string;
  readonly refreshed: (sheet: string) => string;
  readonly openSheet: (sheet: string) => string;
  readonly ratio: string;
  readonly netValue: string;
  readonly noRatio: string;
  readonly monteCarloRatio: (runs: string) => string;
  readonly monteCarloValue: (runs: string) => string;
  readonly percentileHelp: string;
  readonly p10: string;
  readonly p50: string;
  readonly p90: string;
  readonly belowOne: string;
  readonly skippedHeading: (count: number) => string;
  readonly cappedHeading: string;
  readonly readProblemTitle: string;
  readonly settingsTitle: string;
  readonly chooseMap: string;
  readonly chooseAnalysis: string;
  readonly stepProblem: (given: string) => string;
  readonly pointsProblem: (given: string) => string;
  readonly yearsProblem: (given: string) => string;
  readonly moneyProblem: (given: string) => string;
  readonly peopleProblem: (given: string) => string;
  readonly runsProblem: (given: string, min: string, max: string) => string;
  readonly seedProblem: (given: string, max: string) => string;
  readonly binsProblem: (given: string, min: string, max: string) => string;
  readonly lowProblem: (given: string) => string;
  readonly highProblem: (given: string, max: string) => string;
  readonly pairProblem: string;
  readonly noSpreads: string;
  readonly advanced: string;
  readonly advancedHelp: string;
  /** The n-th impact map on one sheet, after the sheet's name when a sheet holds more than one. */
  readonly mapNumber: (n: number) => string;
  readonly fixFieldsTitle: string;
  readonly moreFields: (count: number) => string;
  readonly tornadoTitle: string;
  /** What the tornado chart shows, read out in place of the bars. */
  readonly tornadoDescription: (base: string) => string;
  readonly tornadoDown: string;
  readonly tornadoUp: string;
  readonly warningsTitle: string;
}

/** " (you entered x)" after a rule, unless nothing was entered. */
const entered = (given: string, words: string): string => (given.trim() === "" ? "" : ` (${words} ${given.trim()})`);

const TEXTS: Bilingual<AnalysisStrings> = {
  heading: tx("Analyse an impact map", "Analysera en effektkarta"),
  intro: tx(
    "Tests how much the SROI ratio depends on each assumption and how sure it is, and writes the analysis with its charts to a sheet of its own. The impact map is not changed.",
    "Prövar hur mycket SROI-kvoten beror på varje antagande och hur säker den är, och skriver analysen med diagram till ett eget blad. Effektkartan ändras inte.",
  ),
  mapLabel: tx("Impact map", "Effektkarta"),
  mapHint: tx("A sheet with an impact map made by the add-in", "Ett blad med en effektkarta som tillägget har gjort"),
  refreshList: tx("Refresh the list", "Uppdatera listan"),
  listing: tx("Looking for impact maps…", "Letar efter effektkartor…"),
  noMapsTitle: tx("No impact map yet", "Ingen effektkarta ännu"),
  noMaps: (template) =>
    tx(
      `This workbook has no impact map made by the add-in. Create one with the template “${template}”, fill it in, then refresh this list.`,
      `Arbetsboken har ingen effektkarta som tillägget har gjort. Skapa en med mallen ”${template}”, fyll i den och uppdatera sedan listan.`,
    ),
  sensitivityHeading: tx("Sensitivity (tornado)", "Känslighet (tornado)"),
  sensitivityHelp: tx(
    "Moves one assumption at a time down and up, the others unchanged, and ranks the assumptions by how much the ratio moves: the top ones are those worth checking first.",
    "Flyttar ett antagande i taget ned och upp, med övriga oförändrade, och rangordnar antagandena efter hur mycket kvoten rör sig: de översta är de som först är värda att kontrollera.",
  ),
  stepLabel: tx("Step for every assumption (%)", "Steg för alla antaganden (%)"),
  stepHint: tx("Each value moves by this share of itself, e.g. 10", "Varje värde flyttas med den här andelen av sig självt, t.ex. 10"),
  ownSteps: tx("Own step per assumption", "Eget steg per antagande"),
  ownStepsHelp: tx(
    "Leave blank to use the step above. Choose % to move each value by a share of itself, or the assumption's unit to move every row by the same amount.",
    "Lämna tomt för att använda steget ovan. Välj % för att flytta varje värde med en andel av sig självt, eller antagandets enhet för att flytta alla rader lika mycket.",
  ),
  stepSize: tx("Step", "Steg"),
  stepUnit: tx("Unit", "Enhet"),
  units: {
    relative: tx("%", "%"),
    points: tx("% points", "%-enheter"),
    years: tx("years", "år"),
    money: tx("amount", "belopp"),
    people: tx("people", "personer"),
  },
  breakEvenHeading: tx("Break-even", "Brytpunkt"),
  breakEvenHelp: tx(
    "For each assumption, the value at which the value created would just equal the investment (ratio 1), the others unchanged: how far an assumption may be wrong before the investment no longer pays. It is always on the sheet; there is nothing to set.",
    "För varje antagande det värde där det skapade värdet precis blir lika med investeringen (kvot 1), med övriga oförändrade: hur fel ett antagande får vara innan investeringen inte längre lönar sig. Den finns alltid på bladet; inget behöver ställas in.",
  ),
  uncertaintyHeading: tx("Uncertainty (Monte Carlo)", "Osäkerhet (Monte Carlo)"),
  uncertaintyHelp: tx(
    "Draws every uncertain assumption at random between its low and high, values the map, and repeats that many times: the spread of the results shows how sure the ratio is.",
    "Drar varje osäkert antagande slumpvis mellan lågt och högt, värderar kartan och upprepar det många gånger: spridningen i resultaten visar hur säker kvoten är.",
  ),
  monteCarlo: tx("Run a Monte Carlo simulation", "Kör en Monte Carlo-simulering"),
  runsLabel: tx("Number of runs", "Antal körningar"),
  runsHint: (min, max) =>
    tx(
      `${min} to ${max}; more runs give steadier figures but take longer`,
      `${min} till ${max}; fler körningar ger stabilare siffror men tar längre tid`,
    ),
  seedLabel: tx("Seed", "Frö"),
  seedHint: tx("The same seed gives the same result; it is recorded on the sheet", "Samma frö ger samma resultat; det sparas på bladet"),
  newSeed: tx("New seed", "Nytt frö"),
  distributionLabel: tx("Distribution between low and high", "Fördelning mellan lågt och högt"),
  triangular: tx("Triangular", "Triangel"),
  triangularHint: tx(
    "Straight lines from low up to the likely value and down to high",
    "Raka linjer från lågt upp till det troliga värdet och ned till högt",
  ),
  pert: tx("PERT", "PERT"),
  pertHint: tx("A smooth curve with more weight near the likely value", "En mjuk kurva med mer vikt nära det troliga värdet"),
  binsLabel: tx("Histogram intervals", "Intervall i histogrammet"),
  binsHint: (min, max) =>
    tx(`${min} to ${max} bars in the histogram of the ratio`, `${min} till ${max} staplar i histogrammet över kvoten`),
  spreads: tx("Low and high per assumption", "Lågt och högt per antagande"),
  spreadsHelp: tx(
    "In % below and above each row's value, which is the likely value. Leave both blank to keep an assumption fixed.",
    "I % under och över varje rads värde, som är det troliga värdet. Lämna båda tomma för att hålla ett antagande fast.",
  ),
  low: tx("Low, % below", "Lågt, % under"),
  high: tx("High, % above", "Högt, % över"),
  targetLabel: tx("Write the analysis to", "Skriv analysen till"),
  targetNew: tx("A new sheet", "Ett nytt blad"),
  targetRefresh: tx("An earlier analysis sheet", "Ett tidigare analysblad"),
  targetHelp: tx("A new sheet never replaces an existing one.", "Ett nytt blad ersätter aldrig ett befintligt."),
  refreshLabel: tx("Analysis sheet to refresh", "Analysblad att uppdatera"),
  refreshHint: tx(
    "Rewritten in place, but only if it is unchanged since the add-in made it",
    "Skrivs om på samma blad, men bara om det är oförändrat sedan tillägget gjorde det",
  ),
  run: tx("Run the analysis", "Kör analysen"),
  reading: tx("Reading the impact map…", "Läser effektkartan…"),
  simulating: (done, total) => tx(`Monte Carlo: ${done} of ${total} runs`, `Monte Carlo: ${done} av ${total} körningar`),
  simulatingStatus: tx("Running the Monte Carlo simulation…", "Kör Monte Carlo-simuleringen…"),
  computing: tx("Computing the sensitivity and break-even…", "Beräknar känslighet och brytpunkter…"),
  writing: tx("Writing the analysis sheet…", "Skriver analysbladet…"),
  cancel: tx("Cancel", "Avbryt"),
  cancelling: tx("Cancelling…", "Avbryter…"),
  cancelled: tx("Cancelled. Nothing was written.", "Avbrutet. Inget har skrivits."),
  resultsHeading: tx("Analysis done", "Analysen är klar"),
  written: (sheet) => tx(`The analysis was written to the new sheet “${sheet}”.`, `Analysen skrevs till det nya bladet ”${sheet}”.`),
  refreshed: (sheet) => tx(`The analysis sheet “${sheet}” was refreshed.`, `Analysbladet ”${sheet}” uppdaterades.`),
  openSheet: (sheet) => tx(`Open the sheet ${sheet}`, `Öppna bladet ${sheet}`),
  ratio: tx("SROI ratio", "SROI-kvot"),
  netValue: tx("Net value", "Nettovärde"),
  noRatio: tx("none: the investment is zero", "ingen: investeringen är noll"),
  monteCarloRatio: (runs) => tx(`SROI ratio in ${runs} Monte Carlo runs`, `SROI-kvoten i ${runs} Monte Carlo-körningar`),
  monteCarloValue: (runs) => tx(`Total present value in ${runs} Monte Carlo runs`, `Totalt nuvärde i ${runs} Monte Carlo-körningar`),
  percentileHelp: tx(
    "One run in ten came out below P10 and one in ten above P90; half were below P50.",
    "En körning av tio hamnade under P10 och en av tio över P90; hälften hamnade under P50.",
  ),
  p10: tx("P10", "P10"),
  p50: tx("P50 (median)", "P50 (median)"),
  p90: tx("P90", "P90"),
  belowOne: tx("Probability that the ratio is below 1", "Sannolikhet att kvoten är under 1"),
  skippedHeading: (n) =>
    tx(
      `${n} ${n === 1 ? "row" : "rows"} of the impact map could not be read and ${n === 1 ? "is" : "are"} left out:`,
      `${n} ${n === 1 ? "rad" : "rader"} i effektkartan kunde inte läsas och är utelämnade:`,
    ),
  cappedHeading: tx("Counted as the sheet counts them:", "Räknas som bladet räknar dem:"),
  readProblemTitle: tx("The impact map could not be read", "Effektkartan kunde inte läsas"),
  settingsTitle: tx("Check the settings", "Kontrollera inställningarna"),
  chooseMap: tx("Choose an impact map.", "Välj en effektkarta."),
  chooseAnalysis: tx("Choose the analysis sheet to refresh.", "Välj analysbladet som ska uppdateras."),
  stepProblem: (given) =>
    tx(
      `Enter a percentage above 0 and at most 100, such as 10 or 12.5${entered(given, "you entered")}.`,
      `Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5${entered(given, "du skrev")}.`,
    ),
  pointsProblem: (given) =>
    tx(
      `Enter percentage points above 0 and at most 100, such as 5${entered(given, "you entered")}.`,
      `Ange procentenheter över 0 och högst 100, till exempel 5${entered(given, "du skrev")}.`,
    ),
  yearsProblem: (given) =>
    tx(
      `Enter a whole number of years from 1 to 99${entered(given, "you entered")}.`,
      `Ange ett helt antal år från 1 till 99${entered(given, "du skrev")}.`,
    ),
  moneyProblem: (given) =>
    tx(
      `Enter an amount above 0, such as 1000${entered(given, "you entered")}.`,
      `Ange ett belopp över 0, till exempel 1000${entered(given, "du skrev")}.`,
    ),
  peopleProblem: (given) =>
    tx(`Enter a number of people above 0${entered(given, "you entered")}.`, `Ange ett antal personer över 0${entered(given, "du skrev")}.`),
  runsProblem: (given, min, max) =>
    tx(
      `Enter a whole number of runs from ${min} to ${max}${entered(given, "you entered")}.`,
      `Ange ett helt antal körningar från ${min} till ${max}${entered(given, "du skrev")}.`,
    ),
  seedProblem: (given, max) =>
    tx(
      `Enter a whole number from 0 to ${max}${entered(given, "you entered")}.`,
      `Ange ett heltal från 0 till ${max}${entered(given, "du skrev")}.`,
    ),
  binsProblem: (given, min, max) =>
    tx(
      `Enter a whole number from ${min} to ${max}${entered(given, "you entered")}.`,
      `Ange ett heltal från ${min} till ${max}${entered(given, "du skrev")}.`,
    ),
  lowProblem: (given) =>
    tx(
      `Enter a percentage from 0 to 100${entered(given, "you entered")}.`,
      `Ange en procentsats från 0 till 100${entered(given, "du skrev")}.`,
    ),
  highProblem: (given, max) =>
    tx(
      `Enter a percentage from 0 to ${max}${entered(given, "you entered")}.`,
      `Ange en procentsats från 0 till ${max}${entered(given, "du skrev")}.`,
    ),
  pairProblem: tx(
    "Enter both low and high, or leave both blank to keep the assumption fixed.",
    "Ange både lågt och högt, eller lämna båda tomma för att hålla antagandet fast.",
  ),
  noSpreads: tx(
    "Give at least one assumption a low and a high, or switch the Monte Carlo simulation off.",
    "Ge minst ett antagande ett lågt och ett högt värde, eller stäng av Monte Carlo-simuleringen.",
  ),
  advanced: tx("Advanced settings", "Avancerade inställningar"),
  advancedHelp: tx(
    "The seed, the distribution, the histogram, and steps and spreads per assumption. The defaults suit most analyses.",
    "Frö, fördelning, histogram samt steg och spridning per antagande. Standardvärdena passar de flesta analyser.",
  ),
  mapNumber: (n) => tx(`map ${n}`, `karta ${n}`),
  fixFieldsTitle: tx("Correct these fields first", "Rätta de här fälten först"),
  moreFields: (n) => tx(`and ${n} more marked in the form`, `och ${n} till som är markerade i formuläret`),
  tornadoTitle: tx("How far each assumption moves the ratio", "Hur mycket varje antagande flyttar kvoten"),
  tornadoDescription: (base) =>
    tx(
      `Bars from the ratio ${base}: each assumption one step down and one step up, the widest first.`,
      `Staplar från kvoten ${base}: varje antagande ett steg ned och ett steg upp, det som flyttar mest först.`,
    ),
  tornadoDown: tx("step down", "steg ned"),
  tornadoUp: tx("step up", "steg upp"),
  warningsTitle: tx("Read this before quoting the figures", "Läs det här innan du citerar siffrorna"),
};

/** The panel's texts by language. */
export const ANALYSIS_STRINGS: Readonly<Record<Language, AnalysisStrings>> = byLanguage(TEXTS);
