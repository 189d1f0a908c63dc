import { Bilingual, byLanguage, tx } from "../core/i18n";
import type { Language } from "../core/language";
import type { ComparedFigure } from "../templates/beforeAfter";
import type { BeforeAfterTableKind } from "../workbook/ports";

/** Every text of the before/after check in the pane, in English and Swedish. */
export interface BeforeAfterStrings {
  readonly heading: string;
  readonly intro: string;
  readonly sheetLabel: string;
  readonly refresh: string;
  readonly listing: string;
  readonly noSheetsTitle: string;
  /** `create`: the label of the pane's button that creates sheets. */
  readonly noSheets: (template: string, create: string) => string;
  readonly check: string;
  readonly checking: string;
  readonly openSheet: (sheet: string) => string;
  readonly problemsHeading: (count: number) => string;
  readonly problemsIntro: string;
  readonly resultsHeading: (sheet: string) => string;
  readonly resultsIntro: (participants: string, months: string) => string;
  readonly checked: (sheet: string) => string;
  readonly figures: Readonly<Record<ComparedFigure, string>>;
  readonly within: string;
  readonly yes: string;
  readonly no: string;
  readonly months: (months: string) => string;
  readonly never: string;
  readonly nothingToPayBack: string;
  readonly transfersTitle: string;
  readonly transfersUnbalancedTitle: string;
  readonly transfersBalanced: (balance: string) => string;
  readonly transfersUnbalanced: (balance: string) => string;
  readonly summaryAgrees: string;
  readonly summaryDiffers: string;
  readonly summaryDiffersNote: string;
  readonly difference: (actor: string, figure: string, sheet: string, core: string) => string;
  readonly summaryBlank: string;
  readonly summaryUnavailable: string;
  readonly summaryRowsMissing: (actors: string) => string;
  readonly blank: string;
  readonly sections: Readonly<Record<BeforeAfterTableKind, string>>;
  readonly row: (row: number) => string;
  readonly missingTable: (table: string) => string;
  readonly columns: (found: number, expected: number) => string;
  /** `labels`: the row's label in the pane's language first, then in the other when it differs. */
  readonly missingRow: (labels: readonly string[]) => string;
  readonly errorValue: (field: string, error: string) => string;
  /** The link to a problem's cell: its address first, as shown, then what it does. */
  readonly selectCell: (cell: string) => string;
  readonly tableNumber: (n: number) => string;
  readonly chartTitle: string;
  readonly chartHelp: (currency: string) => string;
  readonly society: string;
  readonly cardsHeading: string;
  readonly plain: PlainStrings;
}

/** A core error about one cell in plain words: `name` is the field's name, `given` what the cell holds. */
interface PlainStrings {
  readonly required: (name: string) => string;
  readonly notNumber: (name: string, given: string) => string;
  readonly outOfRange: (name: string, allowed: string, given: string) => string;
  readonly notInteger: (name: string, given: string) => string;
  readonly percentLike: (name: string, given: string, fraction: string) => string;
  readonly sumMismatch: (name: string, given: string, expected: string) => string;
  readonly unknownName: (name: string, given: string, allowed: string) => string;
  readonly between: (min: string, max: string) => string;
  readonly atLeast: (min: string) => string;
  readonly above: (min: string) => string;
  readonly atMost: (max: string) => string;
  readonly below: (max: string) => string;
  readonly or: string;
}

const TEXTS: Bilingual<BeforeAfterStrings> = {
  heading: tx("Check a before/after sheet", "Kontrollera ett blad med före och efter"),
  intro: tx(
    "Reads a before/after sheet, checks every figure with the add-in's own calculation and shows who gains. Nothing in the workbook is changed.",
    "Läser ett blad med före och efter, kontrollerar varje siffra med tilläggets egen beräkning och visar vem som vinner. Inget i arbetsboken ändras.",
  ),
  sheetLabel: tx("Before/after sheet", "Blad med före och efter"),
  refresh: tx("Refresh the list", "Uppdatera listan"),
  listing: tx("Looking for before/after sheets…", "Letar efter blad med före och efter…"),
  noSheetsTitle: tx("No before/after sheet yet", "Inget blad med före och efter ännu"),
  noSheets: (template, create) =>
    tx(
      `This workbook has no before/after sheet. Make one with “${create}” and the template “${template}”, fill it in, then refresh this list.`,
      `Arbetsboken har inget blad med före och efter. Gör ett med ”${create}” och mallen ”${template}”, fyll i det och uppdatera sedan listan.`,
    ),
  check: tx("Check and summarise", "Kontrollera och summera"),
  checking: tx("Reading and checking the sheet…", "Läser och kontrollerar bladet…"),
  openSheet: (sheet) => tx(`Open the sheet ${sheet}`, `Öppna bladet ${sheet}`),
  problemsHeading: (n) => tx(`${n} ${n === 1 ? "problem" : "problems"} to fix on the sheet`, `${n} problem att rätta på bladet`),
  problemsIntro: tx(
    "Fix these cells on the sheet, then check again. Nothing was changed in the workbook.",
    "Rätta de här cellerna på bladet och kontrollera igen. Inget har ändrats i arbetsboken.",
  ),
  resultsHeading: (sheet) => tx(`Who gains: ${sheet}`, `Vem vinner: ${sheet}`),
  resultsIntro: (participants, months) =>
    tx(
      `${participants} participants over ${months} months, after deadweight, in the sheet's currency. A positive change is a gain.`,
      `${participants} deltagare under ${months} månader, efter dödvikt, i bladets valuta. En positiv förändring är en vinst.`,
    ),
  checked: (sheet) => tx(`${sheet} was checked.`, `${sheet} är kontrollerat.`),
  figures: {
    monthly: tx("Change per month", "Förändring per månad"),
    yearly: tx("Change per year", "Förändring per år"),
    investment: tx("Intervention cost paid", "Betald insatskostnad"),
    horizonValue: tx("Value over the horizon", "Värde under tidshorisonten"),
    netValue: tx("Net value over the horizon", "Nettovärde under tidshorisonten"),
    payback: tx("Payback", "Återbetalningstid"),
  },
  within: tx("Paid back within the horizon", "Återbetald inom tidshorisonten"),
  yes: tx("Yes", "Ja"),
  no: tx("No", "Nej"),
  months: (m) => tx(`${m} months`, `${m} månader`),
  never: tx("Does not pay back", "Återbetalas inte"),
  nothingToPayBack: tx("Nothing to pay back", "Inget att betala tillbaka"),
  transfersTitle: tx("Transfers net to zero", "Överföringarna går jämnt upp"),
  transfersUnbalancedTitle: tx("Transfers do not net to zero", "Överföringarna går inte jämnt upp"),
  transfersBalanced: (balance) =>
    tx(
      `Benefits and income taxes only move money between the actors and the individual: together they come to ${balance}. Society gains only from work and from fewer resources used.`,
      `Ersättningar och inkomstskatter flyttar bara pengar mellan aktörerna och individen: tillsammans blir de ${balance}. Samhället vinner bara på arbete och på att färre resurser används.`,
    ),
  transfersUnbalanced: (balance) =>
    tx(
      `Benefits and income taxes should cancel out across the actors, but they come to ${balance}. Check who pays each income situation.`,
      `Ersättningar och inkomstskatter ska ta ut varandra mellan aktörerna, men de blir ${balance}. Kontrollera vem som betalar varje försörjning.`,
    ),
  summaryAgrees: tx("The sheet's own results agree with these figures.", "Bladets egna resultat stämmer med de här siffrorna."),
  summaryDiffers: tx("The sheet shows other results than the add-in computes", "Bladet visar andra resultat än tillägget räknar fram"),
  summaryDiffersNote: tx(
    "A formula on the sheet may have been edited, or rows added that its totals do not include. The figures above are the add-in's, from the sheet's inputs.",
    "En formel på bladet kan ha ändrats, eller rader lagts till som bladets summor inte tar med. Siffrorna ovan är tilläggets, från bladets indata.",
  ),
  difference: (actor, figure, sheet, core) =>
    tx(
      `${actor}, ${figure.toLowerCase()}: the sheet shows ${sheet}, the add-in computes ${core}.`,
      `${actor}, ${figure.toLowerCase()}: bladet visar ${sheet}, tillägget räknar fram ${core}.`,
    ),
  summaryBlank: tx(
    "The sheet shows no results of its own: one of its checks reports something the add-in accepts. See the status line under the settings on the sheet.",
    "Bladet visar inga egna resultat: en av dess kontroller anmärker på något som tillägget godtar. Se statusraden under inställningarna på bladet.",
  ),
  summaryUnavailable: tx(
    "The sheet's table of results per actor was not found or has other columns, so its figures could not be compared with these.",
    "Bladets tabell med resultat per aktör hittades inte eller har andra kolumner, så dess siffror kunde inte jämföras med de här.",
  ),
  summaryRowsMissing: (actors) =>
    tx(
      `Not found in the sheet's table of results, so not compared: ${actors}.`,
      `Saknas i bladets resultattabell och jämfördes därför inte: ${actors}.`,
    ),
  blank: tx("blank", "tom"),
  sections: {
    settings: tx("Settings", "Inställningar"),
    rates: tx("Tax and fee rates", "Skatte- och avgiftssatser"),
    groups: tx("Participants", "Deltagare"),
    situations: tx("Income situations", "Försörjning"),
    resources: tx("Public resources", "Offentliga resurser"),
    payers: tx("Who pays the intervention", "Vem betalar insatsen"),
    summary: tx("Results per actor", "Resultat per aktör"),
  },
  row: (row) => tx(`row ${row}`, `rad ${row}`),
  missingTable: (table) =>
    tx(
      `The table ${table} is missing from the sheet: it may have been deleted or turned into a plain range. Create a new before/after sheet and copy your figures into it.`,
      `Tabellen ${table} saknas på bladet: den kan ha tagits bort eller gjorts om till ett vanligt område. Skapa ett nytt blad med före och efter och kopiera in era siffror.`,
    ),
  columns: (found, expected) =>
    tx(
      `The table has ${found} columns instead of ${expected}: a column was added or deleted, so figures cannot be read from their columns. Undo that change.`,
      `Tabellen har ${found} kolumner i stället för ${expected}: en kolumn har lagts till eller tagits bort, så siffrorna kan inte läsas från sina kolumner. Ångra den ändringen.`,
    ),
  missingRow: (labels) =>
    tx(
      `No row of the table is labelled ${labels.map((l) => `“${l}”`).join(" or ")}: the label in its first column may have been changed, or the row deleted. Restore the label.`,
      `Ingen rad i tabellen har etiketten ${labels.map((l) => `”${l}”`).join(" eller ")}: etiketten i första kolumnen kan ha ändrats eller raden tagits bort. Skriv tillbaka etiketten.`,
    ),
  errorValue: (field, error) =>
    tx(
      `${field} shows the error ${error}: a formula or reference in the cell is broken. Enter the figure again.`,
      `${field} visar felet ${error}: en formel eller referens i cellen är trasig. Skriv in siffran igen.`,
    ),
  selectCell: (cell) => tx(`${cell}, select the cell in Excel`, `${cell}, markera cellen i Excel`),
  tableNumber: (n) => tx(`table ${n}`, `tabell ${n}`),
  chartTitle: tx("Net value over the horizon", "Nettovärde under tidshorisonten"),
  chartHelp: (currency) =>
    tx(
      `Per actor and for society, after the intervention cost, in ${currency}; gains to the right, losses in red to the left.`,
      `Per aktör och för samhället, efter insatskostnaden, i ${currency}; vinster åt höger, förluster i rött åt vänster.`,
    ),
  society: tx("Society as a whole", "Samhället som helhet"),
  cardsHeading: tx("All figures per actor", "Alla siffror per aktör"),
  plain: {
    required: (name) => tx(`${name} is blank; enter a value.`, `${name} är tom; fyll i ett värde.`),
    notNumber: (name, given) =>
      tx(`${name} must be a number, but the cell holds ${given}.`, `${name} ska vara ett tal, men cellen innehåller ${given}.`),
    outOfRange: (name, allowed, given) =>
      tx(`${name} must be ${allowed}, but the cell holds ${given}.`, `${name} ska vara ${allowed}, men cellen innehåller ${given}.`),
    notInteger: (name, given) =>
      tx(`${name} must be a whole number, but the cell holds ${given}.`, `${name} ska vara ett heltal, men cellen innehåller ${given}.`),
    percentLike: (name, given, fraction) =>
      tx(
        `${name} looks like a percentage: the cell holds ${given}. Enter it as a share, ${fraction} for ${given} %.`,
        `${name} ser ut att vara i procent: cellen innehåller ${given}. Skriv det som en andel, ${fraction} för ${given} %.`,
      ),
    sumMismatch: (name, given, expected) =>
      tx(`${name} add up to ${given}, but must add up to ${expected}.`, `${name} blir tillsammans ${given}, men ska bli ${expected}.`),
    unknownName: (name, given, allowed) =>
      tx(
        `${name} holds ${given}, which is not one of the choices: ${allowed}.`,
        `${name} innehåller ${given}, som inte är ett av valen: ${allowed}.`,
      ),
    between: (min, max) => tx(`from ${min} to ${max}`, `mellan ${min} och ${max}`),
    atLeast: (min) => tx(`${min} or more`, `${min} eller mer`),
    above: (min) => tx(`more than ${min}`, `mer än ${min}`),
    atMost: (max) => tx(`at most ${max}`, `högst ${max}`),
    below: (max) => tx(`less than ${max}`, `mindre än ${max}`),
    or: tx("or", "eller"),
  },
};

export const BEFORE_AFTER_STRINGS: Readonly<Record<Language, BeforeAfterStrings>> = byLanguage(TEXTS);
