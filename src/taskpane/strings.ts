import { Bilingual, byLanguage, tx } from "../core/i18n";
import type { Language } from "../core/language";

/** Every text of the taskpane in English and Swedish; the pane shows the language chosen in it. */
export interface UiStrings {
  readonly heading: string;
  readonly tabs: string;
  readonly tabCreate: string;
  readonly tabAnalysis: string;
  readonly tabBeforeAfter: string;
  readonly tabCheck: string;
  readonly loading: string;
  readonly loadingUnitCosts: string;
  readonly partNotLoadedTitle: string;
  readonly partNotLoaded: string;
  readonly partFailedTitle: string;
  readonly partFailed: (code: string) => string;
  readonly tryAgain: string;
  readonly intro: string;
  readonly templatesLegend: string;
  readonly selectAll: string;
  readonly selectNone: string;
  readonly chooseTemplate: string;
  readonly settingsLegend: string;
  readonly language: string;
  readonly years: string;
  readonly yearsHint: string;
  readonly startYear: string;
  readonly currency: string;
  readonly currencyHint: string;
  readonly example: string;
  readonly exampleHint: string;
  readonly create: string;
  readonly creating: string;
  readonly progress: (done: number, total: number) => string;
  readonly resultsHeading: string;
  readonly created: (sheets: number) => string;
  readonly openSheet: (name: string) => string;
  readonly partly: (sheets: number) => string;
  readonly halfMadeLeft: string;
  readonly yearsProblem: (given: string) => string;
  readonly startYearProblem: (given: string, min: number, max: number) => string;
  readonly currencyBlank: string;
  readonly currencyTooLong: (max: number) => string;
  readonly currencyCharacters: string;
  readonly outsideOffice: string;
  readonly createHeading: string;
  readonly actions: string;
  readonly fixFieldsTitle: string;
  readonly moreFields: (count: number) => string;
  readonly againTitle: string;
  readonly again: (templates: string) => string;
  readonly createAgain: string;
  readonly cancel: string;
}

const TEXTS: Bilingual<UiStrings> = {
  heading: tx("SROI for Excel", "SROI för Excel"),
  tabs: tx("What to do", "Vad vill du göra"),
  tabCreate: tx("Sheets", "Blad"),
  tabAnalysis: tx("Analysis", "Analys"),
  tabBeforeAfter: tx("Before/after", "Före/efter"),
  tabCheck: tx("Check", "Kontroll"),
  loading: tx("Loading…", "Laddar…"),
  loadingUnitCosts: tx("Loading the unit-cost library…", "Laddar biblioteket med enhetskostnader…"),
  partNotLoadedTitle: tx("This part of the pane did not load", "Den här delen av fönstret laddades inte"),
  partNotLoaded: tx(
    "The add-in could not fetch its code: the connection may have dropped, or the add-in may have been updated meanwhile. Nothing in your workbook has changed. Try again; if it still fails, close the pane and open it again.",
    "Tillägget kunde inte hämta sin kod: anslutningen kan ha brutits, eller så har tillägget uppdaterats under tiden. Inget i din arbetsbok har ändrats. Försök igen; om det fortfarande inte går, stäng fönstret och öppna det igen.",
  ),
  partFailedTitle: tx("This part of the pane stopped", "Den här delen av fönstret stannade"),
  partFailed: (code) =>
    tx(
      `Something went wrong while showing it (${code}). Nothing in your workbook has changed. Try again; if it happens again, close the pane and open it again.`,
      `Något gick fel när den skulle visas (${code}). Inget i din arbetsbok har ändrats. Försök igen; om felet kommer tillbaka, stäng fönstret och öppna det igen.`,
    ),
  tryAgain: tx("Try again", "Försök igen"),
  intro: tx(
    "Tick the templates you want; the cost sheet and the impact map, which give the SROI ratio, are ticked to start with. They are added as new sheets; nothing in your workbook is changed.",
    "Kryssa för de mallar du vill ha; kostnadskalkylen och effektkartan, som ger SROI-kvoten, är förkryssade från början. De läggs till som nya blad; inget i din arbetsbok ändras.",
  ),
  templatesLegend: tx("Templates", "Mallar"),
  selectAll: tx("Select all", "Välj alla"),
  selectNone: tx("Select none", "Välj ingen"),
  chooseTemplate: tx("Choose at least one template.", "Välj minst en mall."),
  settingsLegend: tx("Settings", "Inställningar"),
  language: tx("Language of the pane and the sheets", "Språk i fönstret och bladen"),
  years: tx("Number of years", "Antal år"),
  yearsHint: tx("1–10 columns in cost sheets and impact maps", "1–10 kolumner i kostnadskalkyl och effektkarta"),
  startYear: tx("First year", "Första år"),
  currency: tx("Currency", "Valuta"),
  currencyHint: tx("For example kr, SEK or EUR", "Till exempel kr, SEK eller EUR"),
  example: tx("Fill in the worked example", "Fyll i räkneexemplet"),
  exampleHint: tx("Sample figures for courses; leave unticked for blank sheets", "Exempelsiffror för kurser; lämna tom för tomma blad"),
  create: tx("Create sheets", "Skapa blad"),
  creating: tx("Creating sheets…", "Skapar blad…"),
  progress: (done, total) =>
    tx(
      `Created ${done} of ${total} ${total === 1 ? "template" : "templates"}`,
      `${done} av ${total} ${total === 1 ? "mall" : "mallar"} klara`,
    ),
  resultsHeading: tx("Created", "Skapade"),
  created: (n) =>
    tx(
      `${n} ${n === 1 ? "sheet was" : "sheets were"} added. Select one to open it.`,
      `${n} blad har lagts till. Välj ett för att öppna det.`,
    ),
  openSheet: (name) => tx(`Open the sheet ${name}`, `Öppna bladet ${name}`),
  partly: (n) =>
    tx(`${n} ${n === 1 ? "sheet was" : "sheets were"} added before the problem:`, `${n} blad hann läggas till före problemet:`),
  halfMadeLeft: tx(
    "A sheet of the template that failed may be incomplete; delete it before trying again.",
    "Ett blad från mallen som misslyckades kan vara ofullständigt; ta bort det innan du försöker igen.",
  ),
  yearsProblem: (given) =>
    tx(
      `Enter a whole number from 1 to 10${given.trim() === "" ? "" : ` (you entered ${given})`}.`,
      `Ange ett heltal från 1 till 10${given.trim() === "" ? "" : ` (du skrev ${given})`}.`,
    ),
  startYearProblem: (given, min, max) =>
    tx(
      `Enter a whole year from ${min} to ${max}, such as 2026${given.trim() === "" ? "" : ` (you entered ${given})`}.`,
      `Ange ett helt årtal från ${min} till ${max}, till exempel 2026${given.trim() === "" ? "" : ` (du skrev ${given})`}.`,
    ),
  currencyBlank: tx("Enter a currency, for example kr, SEK or EUR.", "Ange en valuta, till exempel kr, SEK eller EUR."),
  currencyTooLong: (max) =>
    tx(`Use at most ${max} characters, for example kr, SEK or EUR.`, `Använd högst ${max} tecken, till exempel kr, SEK eller EUR.`),
  currencyCharacters: tx('The currency cannot contain " or \\.', 'Valutan får inte innehålla " eller \\.'),
  outsideOffice: tx(
    "Open this pane from Excel to create, analyse and check sheets.",
    "Öppna fönstret från Excel för att skapa, analysera och kontrollera blad.",
  ),
  createHeading: tx("New sheets from templates", "Nya blad från mallar"),
  actions: tx("Actions", "Åtgärder"),
  fixFieldsTitle: tx("Correct these fields first", "Rätta de här fälten först"),
  moreFields: (n) => tx(`and ${n} more marked below`, `och ${n} till som är markerade nedan`),
  againTitle: tx("Create these sheets again?", "Skapa de här bladen igen?"),
  again: (templates) =>
    tx(
      `You already created ${templates} from this pane. Creating again adds new copies with names such as “… (2)”; the sheets you have are not changed.`,
      `Du har redan skapat ${templates} härifrån. Skapar du igen läggs nya kopior till med namn som ”… (2)”; bladen du har ändras inte.`,
    ),
  createAgain: tx("Create copies", "Skapa kopior"),
  cancel: tx("Cancel", "Avbryt"),
};

export const STRINGS: Readonly<Record<Language, UiStrings>> = byLanguage(TEXTS);

/** Names of the languages, each in itself, for the language choice. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { sv: "Svenska", en: "English" };
