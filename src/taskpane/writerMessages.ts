import { Text, tx } from "../core/i18n";
import type { Language } from "../core/language";
import type { Feature, WriterProblem } from "../workbook/ports";

/**
 * Every message the Excel writer gives the taskpane, in English and Swedish, in one place.
 * Code compares `problem.kind`; these texts are only shown.
 */

export interface ProblemMessage {
  readonly title: string;
  readonly body: string;
}

const FEATURES: Record<Feature, Text> = {
  tables: { en: "tables", sv: "tabeller" },
  names: { en: "named ranges", sv: "namngivna områden" },
  conditionalFormats: { en: "conditional formatting", sv: "villkorsstyrd formatering" },
  freezePanes: { en: "frozen panes and tab colours", sv: "låsta fönsterrutor och flikfärger" },
  dataValidation: { en: "data validation", sv: "dataverifiering" },
  charts: { en: "charts with chosen series", sv: "diagram med valda serier" },
};

/** The name webpack gives the error of a code chunk that failed to load. */
export const CHUNK_NOT_LOADED = "ChunkLoadError";

/** The title and text of a problem in a language. */
export function problemMessage(problem: WriterProblem, language: Language): ProblemMessage {
  const text = problemText(problem, language);
  return { title: text.title[language], body: text.body[language] };
}

/** The title and text of a problem in both languages; names and lists inside are already in `language`. */
function problemText(problem: WriterProblem, language: Language): { readonly title: Text; readonly body: Text } {
  switch (problem.kind) {
    case "noTemplates":
      return {
        title: tx("No template chosen", "Ingen mall vald"),
        body: tx("Choose at least one template and try again.", "Välj minst en mall och försök igen."),
      };
    case "options":
      return { title: tx("Check the settings", "Kontrollera inställningarna"), body: problem.text };
    case "tooOld": {
      const list = problem.missing.map((m) => `${FEATURES[m.feature][language]} (ExcelApi ${m.set})`).join(", ");
      return {
        title: tx("This version of Excel is too old", "Den här Excel-versionen är för gammal"),
        body: tx(
          `It lacks ${list}. Nothing was written. Use Excel 2019 or later, Microsoft 365 or Excel on the web.`,
          `Den saknar ${list}. Inget har skrivits. Använd Excel 2019 eller senare, Microsoft 365 eller Excel på webben.`,
        ),
      };
    }
    case "noExcel":
      return {
        title: tx("Excel is not available", "Excel svarar inte"),
        body: tx(
          "The add-in cannot reach Excel. Open it from the Home tab in Excel and try again.",
          "Tillägget når inte Excel. Öppna det från fliken Start i Excel och försök igen.",
        ),
      };
    case "cellEditMode":
      return {
        title: tx("Excel is editing a cell", "Excel redigerar en cell"),
        body: tx(
          "Press Enter or Esc to leave the cell, then try again.",
          "Tryck Enter eller Esc för att lämna cellen och försök sedan igen.",
        ),
      };
    case "notNow":
      return {
        title: tx("Excel could not add the sheets right now", "Excel kunde inte lägga till bladen just nu"),
        body: tx(
          "If a cell is being edited, press Enter or Esc. If the workbook's structure is protected (Review › Protect Workbook), unprotect it. Then try again.",
          "Om en cell redigeras, tryck Enter eller Esc. Om arbetsbokens struktur är skyddad (Granska › Skydda arbetsbok), ta bort skyddet. Försök sedan igen.",
        ),
      };
    case "nameTaken":
      return {
        title: tx("A name was taken meanwhile", "Ett namn blev upptaget under tiden"),
        body: tx(
          "A sheet, table or name with the same name appeared while the sheets were being written. Try again; the add-in then picks free names.",
          "Ett blad, en tabell eller ett namn med samma namn skapades medan bladen skrevs. Försök igen; tillägget väljer då lediga namn.",
        ),
      };
    case "accessDenied":
      return {
        title: tx("The workbook cannot be changed", "Arbetsboken går inte att ändra"),
        body: tx(
          "Excel did not allow changes: the workbook may be read-only, protected or open in view mode. Enable editing, then try again.",
          "Excel tillät inga ändringar: arbetsboken kan vara skrivskyddad, skyddad eller öppen i läsläge. Aktivera redigering och försök igen.",
        ),
      };
    case "tooLarge":
      return {
        title: tx("Too much at once", "För mycket på en gång"),
        body: tx(
          "The sheets are too large to send to Excel in one go (Excel on the web takes at most 5 MB per request). Choose fewer templates or fewer years and try again.",
          "Bladen blev för stora för att skicka till Excel i ett svep (Excel på webben tar högst 5 MB per anrop). Välj färre mallar eller färre år och försök igen.",
        ),
      };
    case "sheetMissing":
      return {
        title: tx("The sheet no longer exists", "Bladet finns inte längre"),
        body: tx(
          `The sheet “${problem.name}” no longer exists; it may have been renamed or deleted.`,
          `Bladet ”${problem.name}” finns inte längre; det kan ha bytt namn eller tagits bort.`,
        ),
      };
    case "tableMissing":
      return {
        title: tx("The table no longer exists", "Tabellen finns inte längre"),
        body: tx(
          `The table “${problem.name}” is no longer in the workbook; it may have been deleted or renamed. Refresh the list and choose again.`,
          `Tabellen ”${problem.name}” finns inte längre i arbetsboken; den kan ha tagits bort eller bytt namn. Uppdatera listan och välj igen.`,
        ),
      };
    case "analysisChanged":
      if (problem.reason === "cannotCheck") {
        return {
          title: tx("The analysis sheet cannot be checked", "Analysbladet kan inte kontrolleras"),
          body: tx(
            `This version of Excel cannot show the add-in everything on the sheet "${problem.sheet}" (notes and comments need ExcelApi 1.18), so the add-in cannot tell whether you have added anything there. The sheet is therefore not overwritten, and nothing was changed. Choose New sheet to make the analysis on a new sheet.`,
            `Den här versionen av Excel kan inte visa tillägget allt på bladet "${problem.sheet}" (anteckningar och kommentarer kräver ExcelApi 1.18), så tillägget kan inte se om du har lagt till något där. Bladet skrivs därför inte över, och inget har ändrats. Välj Nytt blad för att göra analysen på ett nytt blad.`,
          ),
        };
      }
      return {
        title: tx("The analysis sheet has been changed", "Analysbladet har ändrats"),
        body: tx(
          `The sheet “${problem.sheet}” has been changed since the analysis was made (or is not an analysis sheet), so it is not overwritten. Nothing was changed. Choose New sheet to make the analysis on a new sheet.`,
          `Bladet ”${problem.sheet}” har ändrats sedan analysen gjordes (eller är inget analysblad), så det skrivs inte över. Inget har ändrats. Välj Nytt blad för att göra analysen på ett nytt blad.`,
        ),
      };
    case "refreshIncomplete": {
      const copy =
        problem.backup === null
          ? tx("", "")
          : tx(
              ` A copy of the analysis as it was is on the sheet “${problem.backup}”.`,
              ` En kopia av analysen som den var finns på bladet ”${problem.backup}”.`,
            );
      return {
        title: tx("The refresh stopped part-way", "Uppdateringen avbröts halvvägs"),
        body: tx(
          `Excel stopped while refreshing the sheet “${problem.sheet}”, and the sheet could not be put back; it may be incomplete.${copy.en} Make the analysis on a new sheet, then delete the incomplete one.`,
          `Excel avbröt uppdateringen av bladet ”${problem.sheet}”, och bladet kunde inte återställas; det kan vara ofullständigt.${copy.sv} Gör analysen på ett nytt blad och ta sedan bort det ofullständiga bladet.`,
        ),
      };
    }
    case "general":
      if (problem.code === CHUNK_NOT_LOADED) {
        return {
          title: tx("Part of the add-in did not load", "En del av tillägget laddades inte"),
          body: tx(
            "The add-in could not load the code for this action: the connection to the add-in's server may be down, or the add-in was updated while this pane was open. Nothing in the workbook was changed. Check the connection and try again; if it happens again, close and reopen the pane.",
            "Tillägget kunde inte ladda koden för den här åtgärden: anslutningen till tilläggets server kan vara bruten, eller så uppdaterades tillägget medan fönstret var öppet. Inget i arbetsboken har ändrats. Kontrollera anslutningen och försök igen; stäng och öppna fönstret igen om det händer igen.",
          ),
        };
      }
      return {
        title: tx("Excel reported an error", "Excel rapporterade ett fel"),
        body: tx(
          `Excel could not finish the action (${problem.code}). What you already had in the workbook is untouched. Try again; restart Excel if it happens again.`,
          `Excel kunde inte slutföra åtgärden (${problem.code}). Det du redan hade i arbetsboken är orört. Försök igen; starta om Excel om felet kommer tillbaka.`,
        ),
      };
  }
}
