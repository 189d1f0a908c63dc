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

const en: UiStrings = {
  heading: "SROI for Excel",
  tabs: "What to do",
  tabCreate: "Sheets",
  tabAnalysis: "Analysis",
  tabBeforeAfter: "Before/after",
  tabCheck: "Check",
  loading: "Loading…",
  intro:
    "Tick the templates you want; the cost sheet and the impact map, which give the SROI ratio, are ticked to start with. They are added as new sheets; nothing in your workbook is changed.",
  templatesLegend: "Templates",
  selectAll: "Select all",
  selectNone: "Select none",
  chooseTemplate: "Choose at least one template.",
  settingsLegend: "Settings",
  language: "Language of the pane and the sheets",
  years: "Number of years",
  yearsHint: "1–10 columns in cost sheets and impact maps",
  startYear: "First year",
  currency: "Currency",
  currencyHint: "For example kr, SEK or EUR",
  example: "Fill in the worked example",
  exampleHint: "Sample figures for courses; leave unticked for blank sheets",
  create: "Create sheets",
  creating: "Creating sheets…",
  progress: (done, total) => `Created ${done} of ${total} ${total === 1 ? "template" : "templates"}`,
  resultsHeading: "Created",
  created: (n) => `${n} ${n === 1 ? "sheet was" : "sheets were"} added. Select one to open it.`,
  openSheet: (name) => `Open the sheet ${name}`,
  partly: (n) => `${n} ${n === 1 ? "sheet was" : "sheets were"} added before the problem:`,
  halfMadeLeft: "A sheet of the template that failed may be incomplete; delete it before trying again.",
  yearsProblem: (given) => `Enter a whole number from 1 to 10${given.trim() === "" ? "" : ` (you entered ${given})`}.`,
  startYearProblem: (given, min, max) =>
    `Enter a whole year from ${min} to ${max}, such as 2026${given.trim() === "" ? "" : ` (you entered ${given})`}.`,
  currencyBlank: "Enter a currency, for example kr, SEK or EUR.",
  currencyTooLong: (max) => `Use at most ${max} characters, for example kr, SEK or EUR.`,
  currencyCharacters: 'The currency cannot contain " or \\.',
  outsideOffice: "Open this pane from Excel to create, analyse and check sheets.",
  createHeading: "New sheets from templates",
  actions: "Actions",
  fixFieldsTitle: "Correct these fields first",
  moreFields: (n) => `and ${n} more marked below`,
  againTitle: "Create these sheets again?",
  again: (templates) =>
    `You already created ${templates} from this pane. Creating again adds new copies with names such as “… (2)”; the sheets you have are not changed.`,
  createAgain: "Create copies",
  cancel: "Cancel",
};

const sv: UiStrings = {
  heading: "SROI för Excel",
  tabs: "Vad vill du göra",
  tabCreate: "Blad",
  tabAnalysis: "Analys",
  tabBeforeAfter: "Före/efter",
  tabCheck: "Kontroll",
  loading: "Laddar…",
  intro:
    "Kryssa för de mallar du vill ha; kostnadskalkylen och effektkartan, som ger SROI-kvoten, är förkryssade från början. De läggs till som nya blad; inget i din arbetsbok ändras.",
  templatesLegend: "Mallar",
  selectAll: "Välj alla",
  selectNone: "Välj ingen",
  chooseTemplate: "Välj minst en mall.",
  settingsLegend: "Inställningar",
  language: "Språk i fönstret och bladen",
  years: "Antal år",
  yearsHint: "1–10 kolumner i kostnadskalkyl och effektkarta",
  startYear: "Första år",
  currency: "Valuta",
  currencyHint: "Till exempel kr, SEK eller EUR",
  example: "Fyll i räkneexemplet",
  exampleHint: "Exempelsiffror för kurser; lämna tom för tomma blad",
  create: "Skapa blad",
  creating: "Skapar blad…",
  progress: (done, total) => `${done} av ${total} ${total === 1 ? "mall" : "mallar"} klara`,
  resultsHeading: "Skapade",
  created: (n) => `${n} blad har lagts till. Välj ett för att öppna det.`,
  openSheet: (name) => `Öppna bladet ${name}`,
  partly: (n) => `${n} blad hann läggas till före problemet:`,
  halfMadeLeft: "Ett blad från mallen som misslyckades kan vara ofullständigt; ta bort det innan du försöker igen.",
  yearsProblem: (given) => `Ange ett heltal från 1 till 10${given.trim() === "" ? "" : ` (du skrev ${given})`}.`,
  startYearProblem: (given, min, max) =>
    `Ange ett helt årtal från ${min} till ${max}, till exempel 2026${given.trim() === "" ? "" : ` (du skrev ${given})`}.`,
  currencyBlank: "Ange en valuta, till exempel kr, SEK eller EUR.",
  currencyTooLong: (max) => `Använd högst ${max} tecken, till exempel kr, SEK eller EUR.`,
  currencyCharacters: 'Valutan får inte innehålla " eller \\.',
  outsideOffice: "Öppna fönstret från Excel för att skapa, analysera och kontrollera blad.",
  createHeading: "Nya blad från mallar",
  actions: "Åtgärder",
  fixFieldsTitle: "Rätta de här fälten först",
  moreFields: (n) => `och ${n} till som är markerade nedan`,
  againTitle: "Skapa de här bladen igen?",
  again: (templates) =>
    `Du har redan skapat ${templates} härifrån. Skapar du igen läggs nya kopior till med namn som ”… (2)”; bladen du har ändras inte.`,
  createAgain: "Skapa kopior",
  cancel: "Avbryt",
};

export const STRINGS: Readonly<Record<Language, UiStrings>> = { en, sv };

/** Names of the languages, each in itself, for the language choice. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { sv: "Svenska", en: "English" };
