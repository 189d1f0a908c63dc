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

const en: AnalysisStrings = {
  heading: "Analyse an impact map",
  intro:
    "Tests how much the SROI ratio depends on each assumption and how sure it is, and writes the analysis with its charts to a sheet of its own. The impact map is not changed.",
  mapLabel: "Impact map",
  mapHint: "A sheet with an impact map made by the add-in",
  refreshList: "Refresh the list",
  listing: "Looking for impact maps…",
  noMapsTitle: "No impact map yet",
  noMaps: (template) =>
    `This workbook has no impact map made by the add-in. Create one with the template “${template}”, fill it in, then refresh this list.`,
  sensitivityHeading: "Sensitivity (tornado)",
  sensitivityHelp:
    "Moves one assumption at a time down and up, the others unchanged, and ranks the assumptions by how much the ratio moves: the top ones are those worth checking first.",
  stepLabel: "Step for every assumption (%)",
  stepHint: "Each value moves by this share of itself, e.g. 10",
  ownSteps: "Own step per assumption",
  ownStepsHelp:
    "Leave blank to use the step above. Choose % to move each value by a share of itself, or the assumption's unit to move every row by the same amount.",
  stepSize: "Step",
  stepUnit: "Unit",
  units: { relative: "%", points: "% points", years: "years", money: "amount", people: "people" },
  breakEvenHeading: "Break-even",
  breakEvenHelp:
    "For each assumption, the value at which the value created would just equal the investment (ratio 1), the others unchanged: how far an assumption may be wrong before the investment no longer pays. It is always on the sheet; there is nothing to set.",
  uncertaintyHeading: "Uncertainty (Monte Carlo)",
  uncertaintyHelp:
    "Draws every uncertain assumption at random between its low and high, values the map, and repeats that many times: the spread of the results shows how sure the ratio is.",
  monteCarlo: "Run a Monte Carlo simulation",
  runsLabel: "Number of runs",
  runsHint: (min, max) => `${min} to ${max}; more runs give steadier figures but take longer`,
  seedLabel: "Seed",
  seedHint: "The same seed gives the same result; it is recorded on the sheet",
  newSeed: "New seed",
  distributionLabel: "Distribution between low and high",
  triangular: "Triangular",
  triangularHint: "Straight lines from low up to the likely value and down to high",
  pert: "PERT",
  pertHint: "A smooth curve with more weight near the likely value",
  binsLabel: "Histogram intervals",
  binsHint: (min, max) => `${min} to ${max} bars in the histogram of the ratio`,
  spreads: "Low and high per assumption",
  spreadsHelp: "In % below and above each row's value, which is the likely value. Leave both blank to keep an assumption fixed.",
  low: "Low, % below",
  high: "High, % above",
  targetLabel: "Write the analysis to",
  targetNew: "A new sheet",
  targetRefresh: "An earlier analysis sheet",
  targetHelp: "A new sheet never replaces an existing one.",
  refreshLabel: "Analysis sheet to refresh",
  refreshHint: "Rewritten in place, but only if it is unchanged since the add-in made it",
  run: "Run the analysis",
  reading: "Reading the impact map…",
  simulating: (done, total) => `Monte Carlo: ${done} of ${total} runs`,
  simulatingStatus: "Running the Monte Carlo simulation…",
  computing: "Computing the sensitivity and break-even…",
  writing: "Writing the analysis sheet…",
  cancel: "Cancel",
  cancelling: "Cancelling…",
  cancelled: "Cancelled. Nothing was written.",
  resultsHeading: "Analysis done",
  written: (sheet) => `The analysis was written to the new sheet “${sheet}”.`,
  refreshed: (sheet) => `The analysis sheet “${sheet}” was refreshed.`,
  openSheet: (sheet) => `Open the sheet ${sheet}`,
  ratio: "SROI ratio",
  netValue: "Net value",
  noRatio: "none: the investment is zero",
  monteCarloRatio: (runs) => `SROI ratio in ${runs} Monte Carlo runs`,
  monteCarloValue: (runs) => `Total present value in ${runs} Monte Carlo runs`,
  percentileHelp: "One run in ten came out below P10 and one in ten above P90; half were below P50.",
  p10: "P10",
  p50: "P50 (median)",
  p90: "P90",
  belowOne: "Probability that the ratio is below 1",
  skippedHeading: (n) => `${n} ${n === 1 ? "row" : "rows"} of the impact map could not be read and ${n === 1 ? "is" : "are"} left out:`,
  cappedHeading: "Counted as the sheet counts them:",
  readProblemTitle: "The impact map could not be read",
  settingsTitle: "Check the settings",
  chooseMap: "Choose an impact map.",
  chooseAnalysis: "Choose the analysis sheet to refresh.",
  stepProblem: (given) => `Enter a percentage above 0 and at most 100, such as 10 or 12.5${entered(given, "you entered")}.`,
  pointsProblem: (given) => `Enter percentage points above 0 and at most 100, such as 5${entered(given, "you entered")}.`,
  yearsProblem: (given) => `Enter a whole number of years from 1 to 99${entered(given, "you entered")}.`,
  moneyProblem: (given) => `Enter an amount above 0, such as 1000${entered(given, "you entered")}.`,
  peopleProblem: (given) => `Enter a number of people above 0${entered(given, "you entered")}.`,
  runsProblem: (given, min, max) => `Enter a whole number of runs from ${min} to ${max}${entered(given, "you entered")}.`,
  seedProblem: (given, max) => `Enter a whole number from 0 to ${max}${entered(given, "you entered")}.`,
  binsProblem: (given, min, max) => `Enter a whole number from ${min} to ${max}${entered(given, "you entered")}.`,
  lowProblem: (given) => `Enter a percentage from 0 to 100${entered(given, "you entered")}.`,
  highProblem: (given, max) => `Enter a percentage from 0 to ${max}${entered(given, "you entered")}.`,
  pairProblem: "Enter both low and high, or leave both blank to keep the assumption fixed.",
  noSpreads: "Give at least one assumption a low and a high, or switch the Monte Carlo simulation off.",
  advanced: "Advanced settings",
  advancedHelp: "The seed, the distribution, the histogram, and steps and spreads per assumption. The defaults suit most analyses.",
  mapNumber: (n) => `map ${n}`,
  fixFieldsTitle: "Correct these fields first",
  moreFields: (n) => `and ${n} more marked in the form`,
  tornadoTitle: "How far each assumption moves the ratio",
  tornadoDescription: (base) => `Bars from the ratio ${base}: each assumption one step down and one step up, the widest first.`,
  tornadoDown: "step down",
  tornadoUp: "step up",
  warningsTitle: "Read this before quoting the figures",
};

const sv: AnalysisStrings = {
  heading: "Analysera en effektkarta",
  intro:
    "Prövar hur mycket SROI-kvoten beror på varje antagande och hur säker den är, och skriver analysen med diagram till ett eget blad. Effektkartan ändras inte.",
  mapLabel: "Effektkarta",
  mapHint: "Ett blad med en effektkarta som tillägget har gjort",
  refreshList: "Uppdatera listan",
  listing: "Letar efter effektkartor…",
  noMapsTitle: "Ingen effektkarta ännu",
  noMaps: (template) =>
    `Arbetsboken har ingen effektkarta som tillägget har gjort. Skapa en med mallen ”${template}”, fyll i den och uppdatera sedan listan.`,
  sensitivityHeading: "Känslighet (tornado)",
  sensitivityHelp:
    "Flyttar ett antagande i taget ned och upp, med övriga oförändrade, och rangordnar antagandena efter hur mycket kvoten rör sig: de översta är de som först är värda att kontrollera.",
  stepLabel: "Steg för alla antaganden (%)",
  stepHint: "Varje värde flyttas med den här andelen av sig självt, t.ex. 10",
  ownSteps: "Eget steg per antagande",
  ownStepsHelp:
    "Lämna tomt för att använda steget ovan. Välj % för att flytta varje värde med en andel av sig självt, eller antagandets enhet för att flytta alla rader lika mycket.",
  stepSize: "Steg",
  stepUnit: "Enhet",
  units: { relative: "%", points: "%-enheter", years: "år", money: "belopp", people: "personer" },
  breakEvenHeading: "Brytpunkt",
  breakEvenHelp:
    "För varje antagande det värde där det skapade värdet precis blir lika med investeringen (kvot 1), med övriga oförändrade: hur fel ett antagande får vara innan investeringen inte längre lönar sig. Den finns alltid på bladet; inget behöver ställas in.",
  uncertaintyHeading: "Osäkerhet (Monte Carlo)",
  uncertaintyHelp:
    "Drar varje osäkert antagande slumpvis mellan lågt och högt, värderar kartan och upprepar det många gånger: spridningen i resultaten visar hur säker kvoten är.",
  monteCarlo: "Kör en Monte Carlo-simulering",
  runsLabel: "Antal körningar",
  runsHint: (min, max) => `${min} till ${max}; fler körningar ger stabilare siffror men tar längre tid`,
  seedLabel: "Frö",
  seedHint: "Samma frö ger samma resultat; det sparas på bladet",
  newSeed: "Nytt frö",
  distributionLabel: "Fördelning mellan lågt och högt",
  triangular: "Triangel",
  triangularHint: "Raka linjer från lågt upp till det troliga värdet och ned till högt",
  pert: "PERT",
  pertHint: "En mjuk kurva med mer vikt nära det troliga värdet",
  binsLabel: "Intervall i histogrammet",
  binsHint: (min, max) => `${min} till ${max} staplar i histogrammet över kvoten`,
  spreads: "Lågt och högt per antagande",
  spreadsHelp: "I % under och över varje rads värde, som är det troliga värdet. Lämna båda tomma för att hålla ett antagande fast.",
  low: "Lågt, % under",
  high: "Högt, % över",
  targetLabel: "Skriv analysen till",
  targetNew: "Ett nytt blad",
  targetRefresh: "Ett tidigare analysblad",
  targetHelp: "Ett nytt blad ersätter aldrig ett befintligt.",
  refreshLabel: "Analysblad att uppdatera",
  refreshHint: "Skrivs om på samma blad, men bara om det är oförändrat sedan tillägget gjorde det",
  run: "Kör analysen",
  reading: "Läser effektkartan…",
  simulating: (done, total) => `Monte Carlo: ${done} av ${total} körningar`,
  simulatingStatus: "Kör Monte Carlo-simuleringen…",
  computing: "Beräknar känslighet och brytpunkter…",
  writing: "Skriver analysbladet…",
  cancel: "Avbryt",
  cancelling: "Avbryter…",
  cancelled: "Avbrutet. Inget har skrivits.",
  resultsHeading: "Analysen är klar",
  written: (sheet) => `Analysen skrevs till det nya bladet ”${sheet}”.`,
  refreshed: (sheet) => `Analysbladet ”${sheet}” uppdaterades.`,
  openSheet: (sheet) => `Öppna bladet ${sheet}`,
  ratio: "SROI-kvot",
  netValue: "Nettovärde",
  noRatio: "ingen: investeringen är noll",
  monteCarloRatio: (runs) => `SROI-kvoten i ${runs} Monte Carlo-körningar`,
  monteCarloValue: (runs) => `Totalt nuvärde i ${runs} Monte Carlo-körningar`,
  percentileHelp: "En körning av tio hamnade under P10 och en av tio över P90; hälften hamnade under P50.",
  p10: "P10",
  p50: "P50 (median)",
  p90: "P90",
  belowOne: "Sannolikhet att kvoten är under 1",
  skippedHeading: (n) => `${n} ${n === 1 ? "rad" : "rader"} i effektkartan kunde inte läsas och är utelämnade:`,
  cappedHeading: "Räknas som bladet räknar dem:",
  readProblemTitle: "Effektkartan kunde inte läsas",
  settingsTitle: "Kontrollera inställningarna",
  chooseMap: "Välj en effektkarta.",
  chooseAnalysis: "Välj analysbladet som ska uppdateras.",
  stepProblem: (given) => `Ange en procentsats över 0 och högst 100, till exempel 10 eller 12,5${entered(given, "du skrev")}.`,
  pointsProblem: (given) => `Ange procentenheter över 0 och högst 100, till exempel 5${entered(given, "du skrev")}.`,
  yearsProblem: (given) => `Ange ett helt antal år från 1 till 99${entered(given, "du skrev")}.`,
  moneyProblem: (given) => `Ange ett belopp över 0, till exempel 1000${entered(given, "du skrev")}.`,
  peopleProblem: (given) => `Ange ett antal personer över 0${entered(given, "du skrev")}.`,
  runsProblem: (given, min, max) => `Ange ett helt antal körningar från ${min} till ${max}${entered(given, "du skrev")}.`,
  seedProblem: (given, max) => `Ange ett heltal från 0 till ${max}${entered(given, "du skrev")}.`,
  binsProblem: (given, min, max) => `Ange ett heltal från ${min} till ${max}${entered(given, "du skrev")}.`,
  lowProblem: (given) => `Ange en procentsats från 0 till 100${entered(given, "du skrev")}.`,
  highProblem: (given, max) => `Ange en procentsats från 0 till ${max}${entered(given, "du skrev")}.`,
  pairProblem: "Ange både lågt och högt, eller lämna båda tomma för att hålla antagandet fast.",
  noSpreads: "Ge minst ett antagande ett lågt och ett högt värde, eller stäng av Monte Carlo-simuleringen.",
  advanced: "Avancerade inställningar",
  advancedHelp: "Frö, fördelning, histogram samt steg och spridning per antagande. Standardvärdena passar de flesta analyser.",
  mapNumber: (n) => `karta ${n}`,
  fixFieldsTitle: "Rätta de här fälten först",
  moreFields: (n) => `och ${n} till som är markerade i formuläret`,
  tornadoTitle: "Hur mycket varje antagande flyttar kvoten",
  tornadoDescription: (base) => `Staplar från kvoten ${base}: varje antagande ett steg ned och ett steg upp, det som flyttar mest först.`,
  tornadoDown: "steg ned",
  tornadoUp: "steg upp",
  warningsTitle: "Läs det här innan du citerar siffrorna",
};

/** The panel's texts by language. */
export const ANALYSIS_STRINGS: Readonly<Record<Language, AnalysisStrings>> = { en, sv };
