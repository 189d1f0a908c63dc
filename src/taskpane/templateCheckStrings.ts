import { Bilingual, byLanguage, tx } from "../core/i18n";
import type { Language } from "../core/language";

/** Every text of the contract and portfolio check in the pane, in English and Swedish. */
export interface TemplateCheckStrings {
  readonly heading: string;
  readonly intro: string;
  readonly sheetLabel: string;
  readonly sheetHint: string;
  readonly refresh: string;
  readonly listing: string;
  readonly noSheetsTitle: string;
  /** `contract` and `portfolio`: the templates' names; `create`: the label of the pane's button that creates sheets. */
  readonly noSheets: (contract: string, portfolio: string, create: string) => string;
  readonly kinds: Readonly<Record<"contract" | "portfolio", string>>;
  readonly check: string;
  readonly checking: string;
  readonly openSheet: (sheet: string) => string;
  readonly problemsHeading: (count: number) => string;
  readonly problemsIntro: string;
  readonly layoutIntro: string;
  readonly resultsHeading: (sheet: string) => string;
  readonly resultsIntro: Readonly<Record<"contract" | "portfolio", string>>;
  readonly checked: (sheet: string) => string;
  readonly addIn: string;
  readonly onSheet: string;
  readonly agreesAll: string;
  readonly differsTitle: (count: number) => string;
  readonly differsNote: string;
  readonly differs: string;
  /** What a link to a cell does, after its value ("B12, select the cell in Excel"). */
  readonly selectCell: (cell: string) => string;
  readonly missingTable: (table: string) => string;
  readonly movedTable: (table: string, expected: string, found: string) => string;
  readonly label: (expected: string) => string;
}

const TEXTS: Bilingual<TemplateCheckStrings> = {
  heading: tx("Check a contract or portfolio sheet", "Kontrollera ett utfallskontrakt eller en portfölj"),
  intro: tx(
    "Reads an outcome contract or portfolio sheet, checks every input with the add-in's own rules and compares the sheet's key figures with the add-in's calculation. Nothing in the workbook is changed.",
    "Läser ett blad med utfallskontrakt eller portfölj, kontrollerar varje uppgift med tilläggets egna regler och jämför bladets nyckeltal med tilläggets beräkning. Inget i arbetsboken ändras.",
  ),
  sheetLabel: tx("Sheet to check", "Blad att kontrollera"),
  sheetHint: tx("Outcome contract and portfolio sheets in this workbook", "Blad med utfallskontrakt och portföljer i arbetsboken"),
  refresh: tx("Refresh the list", "Uppdatera listan"),
  listing: tx("Looking for outcome contract and portfolio sheets…", "Letar efter blad med utfallskontrakt och portföljer…"),
  noSheetsTitle: tx("No outcome contract or portfolio sheet yet", "Inget utfallskontrakt eller någon portfölj ännu"),
  noSheets: (contract, portfolio, create) =>
    tx(
      `This workbook has no outcome contract or portfolio sheet. Make one with “${create}” and the template “${contract}” or “${portfolio}”, fill it in, then refresh this list.`,
      `Arbetsboken har inget blad med utfallskontrakt eller portfölj. Gör ett med ”${create}” och mallen ”${contract}” eller ”${portfolio}”, fyll i det och uppdatera sedan listan.`,
    ),
  kinds: {
    contract: tx("outcome contract", "utfallskontrakt"),
    portfolio: tx("portfolio", "portfölj"),
  },
  check: tx("Check the sheet", "Kontrollera bladet"),
  checking: tx("Reading and checking the sheet…", "Läser och kontrollerar bladet…"),
  openSheet: (sheet) => tx(`Open the sheet ${sheet}`, `Öppna bladet ${sheet}`),
  problemsHeading: (n) => tx(`${n} ${n === 1 ? "problem" : "problems"} to fix on the sheet`, `${n} problem att rätta på bladet`),
  problemsIntro: tx(
    "Each of these is also flagged in the sheet's Check cells. Fix them, then check again. Nothing was changed in the workbook.",
    "Vart och ett markeras också i bladets kontrollceller. Rätta dem och kontrollera igen. Inget ändrades i arbetsboken.",
  ),
  layoutIntro: tx(
    "The sheet's layout has been changed, so its cells cannot be read where the template put them. Undo the change, or create a new sheet and copy your figures into it.",
    "Bladets uppställning har ändrats, så cellerna kan inte läsas där mallen lade dem. Ångra ändringen, eller skapa ett nytt blad och för över era siffror dit.",
  ),
  resultsHeading: (sheet) => tx(`Key figures: ${sheet}`, `Nyckeltal: ${sheet}`),
  resultsIntro: {
    contract: tx(
      "Every input is valid. The add-in's figures, from the sheet's inputs, beside what the sheet shows.",
      "Alla uppgifter är giltiga. Tilläggets nyckeltal, räknade från bladets uppgifter, bredvid det bladet visar.",
    ),
    portfolio: tx(
      "Every input is valid. The add-in's weighted scores, ranks and totals, from the sheet's inputs, beside what the sheet shows.",
      "Alla uppgifter är giltiga. Tilläggets viktade poäng, rangordning och summor, räknade från bladets uppgifter, bredvid det bladet visar.",
    ),
  },
  checked: (sheet) => tx(`${sheet} was checked.`, `${sheet} har kontrollerats.`),
  addIn: tx("Add-in computes", "Tillägget räknar"),
  onSheet: tx("Sheet shows", "Bladet visar"),
  agreesAll: tx("The sheet shows the same figures as the add-in computes.", "Bladet visar samma nyckeltal som tillägget räknar fram."),
  differsTitle: (n) =>
    tx(`${n} ${n === 1 ? "figure differs" : "figures differ"} from the add-in's`, `${n} nyckeltal skiljer sig från tilläggets`),
  differsNote: tx(
    "A formula on the sheet may have been edited or typed over. The add-in's figures are computed from the sheet's inputs; select a cell to see it.",
    "En formel på bladet kan ha ändrats eller skrivits över. Tilläggets nyckeltal är räknade från bladets uppgifter; markera en cell för att se den.",
  ),
  differs: tx("differs", "skiljer sig"),
  selectCell: (cell) => tx(`${cell}, select the cell in Excel`, `${cell}, markera cellen i Excel`),
  missingTable: (table) =>
    tx(
      `The table ${table} is missing from the sheet: it may have been deleted or turned into a plain range. Create a new sheet from the template and copy your figures into it.`,
      `Tabellen ${table} saknas på bladet: den kan ha tagits bort eller gjorts om till ett vanligt område. Skapa ett nytt blad från mallen och för över era siffror dit.`,
    ),
  movedTable: (table, expected, found) =>
    tx(
      `The table ${table} is at ${found}; the template put it at ${expected}. Rows or columns were inserted, deleted or added to it, so the add-in cannot tell which cell holds what. Undo that change.`,
      `Tabellen ${table} ligger i ${found}; mallen lade den i ${expected}. Rader eller kolumner har infogats, tagits bort eller lagts till i den, så tillägget kan inte avgöra vilken cell som innehåller vad. Ångra ändringen.`,
    ),
  label: (expected) =>
    tx(
      `This cell should read “${expected}”: the sheet's rows have moved or a label was typed over, so the add-in cannot tell which cell holds what. Undo that change.`,
      `Cellen ska innehålla ”${expected}”: bladets rader har flyttats eller en rubrik skrivits över, så tillägget kan inte avgöra vilken cell som innehåller vad. Ångra ändringen.`,
    ),
};

export const TEMPLATE_CHECK_STRINGS: Readonly<Record<Language, TemplateCheckStrings>> = byLanguage(TEXTS);
