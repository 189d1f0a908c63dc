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

const en: TemplateCheckStrings = {
  heading: "Check a contract or portfolio sheet",
  intro:
    "Reads an outcome contract or portfolio sheet, checks every input with the add-in's own rules and compares the sheet's key figures with the add-in's calculation. Nothing in the workbook is changed.",
  sheetLabel: "Sheet to check",
  sheetHint: "Outcome contract and portfolio sheets in this workbook",
  refresh: "Refresh the list",
  listing: "Looking for outcome contract and portfolio sheets…",
  noSheetsTitle: "No outcome contract or portfolio sheet yet",
  noSheets: (contract, portfolio, create) =>
    `This workbook has no outcome contract or portfolio sheet. Make one with “${create}” and the template “${contract}” or “${portfolio}”, fill it in, then refresh this list.`,
  kinds: { contract: "outcome contract", portfolio: "portfolio" },
  check: "Check the sheet",
  checking: "Reading and checking the sheet…",
  openSheet: (sheet) => `Open the sheet ${sheet}`,
  problemsHeading: (n) => `${n} ${n === 1 ? "problem" : "problems"} to fix on the sheet`,
  problemsIntro:
    "Each of these is also flagged in the sheet's Check cells. Fix them, then check again. Nothing was changed in the workbook.",
  layoutIntro:
    "The sheet's layout has been changed, so its cells cannot be read where the template put them. Undo the change, or create a new sheet and copy your figures into it.",
  resultsHeading: (sheet) => `Key figures: ${sheet}`,
  resultsIntro: {
    contract: "Every input is valid. The add-in's figures, from the sheet's inputs, beside what the sheet shows.",
    portfolio:
      "Every input is valid. The add-in's weighted scores, ranks and totals, from the sheet's inputs, beside what the sheet shows.",
  },
  checked: (sheet) => `${sheet} was checked.`,
  addIn: "Add-in computes",
  onSheet: "Sheet shows",
  agreesAll: "The sheet shows the same figures as the add-in computes.",
  differsTitle: (n) => `${n} ${n === 1 ? "figure differs" : "figures differ"} from the add-in's`,
  differsNote:
    "A formula on the sheet may have been edited or typed over. The add-in's figures are computed from the sheet's inputs; select a cell to see it.",
  differs: "differs",
  selectCell: (cell) => `${cell}, select the cell in Excel`,
  missingTable: (table) =>
    `The table ${table} is missing from the sheet: it may have been deleted or turned into a plain range. Create a new sheet from the template and copy your figures into it.`,
  movedTable: (table, expected, found) =>
    `The table ${table} is at ${found}; the template put it at ${expected}. Rows or columns were inserted, deleted or added to it, so the add-in cannot tell which cell holds what. Undo that change.`,
  label: (expected) =>
    `This cell should read “${expected}”: the sheet's rows have moved or a label was typed over, so the add-in cannot tell which cell holds what. Undo that change.`,
};

const sv: TemplateCheckStrings = {
  heading: "Kontrollera ett utfallskontrakt eller en portfölj",
  intro:
    "Läser ett blad med utfallskontrakt eller portfölj, kontrollerar varje uppgift med tilläggets egna regler och jämför bladets nyckeltal med tilläggets beräkning. Inget i arbetsboken ändras.",
  sheetLabel: "Blad att kontrollera",
  sheetHint: "Blad med utfallskontrakt och portföljer i arbetsboken",
  refresh: "Uppdatera listan",
  listing: "Letar efter blad med utfallskontrakt och portföljer…",
  noSheetsTitle: "Inget utfallskontrakt eller någon portfölj ännu",
  noSheets: (contract, portfolio, create) =>
    `Arbetsboken har inget blad med utfallskontrakt eller portfölj. Gör ett med ”${create}” och mallen ”${contract}” eller ”${portfolio}”, fyll i det och uppdatera sedan listan.`,
  kinds: { contract: "utfallskontrakt", portfolio: "portfölj" },
  check: "Kontrollera bladet",
  checking: "Läser och kontrollerar bladet…",
  openSheet: (sheet) => `Öppna bladet ${sheet}`,
  problemsHeading: (n) => `${n} problem att rätta på bladet`,
  problemsIntro: "Vart och ett markeras också i bladets kontrollceller. Rätta dem och kontrollera igen. Inget ändrades i arbetsboken.",
  layoutIntro:
    "Bladets uppställning har ändrats, så cellerna kan inte läsas där mallen lade dem. Ångra ändringen, eller skapa ett nytt blad och för över era siffror dit.",
  resultsHeading: (sheet) => `Nyckeltal: ${sheet}`,
  resultsIntro: {
    contract: "Alla uppgifter är giltiga. Tilläggets nyckeltal, räknade från bladets uppgifter, bredvid det bladet visar.",
    portfolio:
      "Alla uppgifter är giltiga. Tilläggets viktade poäng, rangordning och summor, räknade från bladets uppgifter, bredvid det bladet visar.",
  },
  checked: (sheet) => `${sheet} har kontrollerats.`,
  addIn: "Tillägget räknar",
  onSheet: "Bladet visar",
  agreesAll: "Bladet visar samma nyckeltal som tillägget räknar fram.",
  differsTitle: (n) => `${n} nyckeltal skiljer sig från tilläggets`,
  differsNote:
    "En formel på bladet kan ha ändrats eller skrivits över. Tilläggets nyckeltal är räknade från bladets uppgifter; markera en cell för att se den.",
  differs: "skiljer sig",
  selectCell: (cell) => `${cell}, markera cellen i Excel`,
  missingTable: (table) =>
    `Tabellen ${table} saknas på bladet: den kan ha tagits bort eller gjorts om till ett vanligt område. Skapa ett nytt blad från mallen och för över era siffror dit.`,
  movedTable: (table, expected, found) =>
    `Tabellen ${table} ligger i ${found}; mallen lade den i ${expected}. Rader eller kolumner har infogats, tagits bort eller lagts till i den, så tillägget kan inte avgöra vilken cell som innehåller vad. Ångra ändringen.`,
  label: (expected) =>
    `Cellen ska innehålla ”${expected}”: bladets rader har flyttats eller en rubrik skrivits över, så tillägget kan inte avgöra vilken cell som innehåller vad. Ångra ändringen.`,
};

export const TEMPLATE_CHECK_STRINGS: Readonly<Record<Language, TemplateCheckStrings>> = { en, sv };
