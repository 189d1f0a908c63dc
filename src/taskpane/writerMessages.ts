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

const FEATURES: Record<Feature, Record<Language, string>> = {
  tables: { en: "tables", sv: "tabeller" },
  names: { en: "named ranges", sv: "namngivna områden" },
  conditionalFormats: { en: "conditional formatting", sv: "villkorsstyrd formatering" },
  freezePanes: { en: "frozen panes and tab colours", sv: "låsta fönsterrutor och flikfärger" },
  dataValidation: { en: "data validation", sv: "dataverifiering" },
  charts: { en: "charts with chosen series", sv: "diagram med valda serier" },
};

/** The title and text of a problem in a language. */
export function problemMessage(problem: WriterProblem, language: Language): ProblemMessage {
  const sv = language === "sv";
  switch (problem.kind) {
    case "noTemplates":
      return sv
        ? { title: "Ingen mall vald", body: "Välj minst en mall och försök igen." }
        : { title: "No template chosen", body: "Choose at least one template and try again." };
    case "options":
      return sv ? { title: "Kontrollera inställningarna", body: problem.text.sv } : { title: "Check the settings", body: problem.text.en };
    case "tooOld": {
      const list = problem.missing.map((m) => `${FEATURES[m.feature][language]} (ExcelApi ${m.set})`).join(", ");
      return sv
        ? {
            title: "Den här Excel-versionen är för gammal",
            body: `Den saknar ${list}. Inget har skrivits. Använd Excel 2019 eller senare, Microsoft 365 eller Excel på webben.`,
          }
        : {
            title: "This version of Excel is too old",
            body: `It lacks ${list}. Nothing was written. Use Excel 2019 or later, Microsoft 365 or Excel on the web.`,
          };
    }
    case "noExcel":
      return sv
        ? { title: "Excel svarar inte", body: "Tillägget når inte Excel. Öppna det från fliken Start i Excel och försök igen." }
        : { title: "Excel is not available", body: "The add-in cannot reach Excel. Open it from the Home tab in Excel and try again." };
    case "cellEditMode":
      return sv
        ? { title: "Excel redigerar en cell", body: "Tryck Enter eller Esc för att lämna cellen och försök sedan igen." }
        : { title: "Excel is editing a cell", body: "Press Enter or Esc to leave the cell, then try again." };
    case "notNow":
      return sv
        ? {
            title: "Excel kunde inte lägga till bladen just nu",
            body: "Om en cell redigeras, tryck Enter eller Esc. Om arbetsbokens struktur är skyddad (Granska › Skydda arbetsbok), ta bort skyddet. Försök sedan igen.",
          }
        : {
            title: "Excel could not add the sheets right now",
            body: "If a cell is being edited, press Enter or Esc. If the workbook's structure is protected (Review › Protect Workbook), unprotect it. Then try again.",
          };
    case "nameTaken":
      return sv
        ? {
            title: "Ett namn blev upptaget under tiden",
            body: "Ett blad, en tabell eller ett namn med samma namn skapades medan bladen skrevs. Försök igen; tillägget väljer då lediga namn.",
          }
        : {
            title: "A name was taken meanwhile",
            body: "A sheet, table or name with the same name appeared while the sheets were being written. Try again; the add-in then picks free names.",
          };
    case "accessDenied":
      return sv
        ? {
            title: "Arbetsboken går inte att ändra",
            body: "Excel tillät inga ändringar: arbetsboken kan vara skrivskyddad, skyddad eller öppen i läsläge. Aktivera redigering och försök igen.",
          }
        : {
            title: "The workbook cannot be changed",
            body: "Excel did not allow changes: the workbook may be read-only, protected or open in view mode. Enable editing, then try again.",
          };
    case "tooLarge":
      return sv
        ? {
            title: "För mycket på en gång",
            body: "Bladen blev för stora för att skicka till Excel i ett svep (Excel på webben tar högst 5 MB per anrop). Välj färre mallar eller färre år och försök igen.",
          }
        : {
            title: "Too much at once",
            body: "The sheets are too large to send to Excel in one go (Excel on the web takes at most 5 MB per request). Choose fewer templates or fewer years and try again.",
          };
    case "sheetMissing":
      return sv
        ? { title: "Bladet finns inte längre", body: `Bladet ”${problem.name}” finns inte längre; det kan ha bytt namn eller tagits bort.` }
        : {
            title: "The sheet no longer exists",
            body: `The sheet “${problem.name}” no longer exists; it may have been renamed or deleted.`,
          };
    case "tableMissing":
      return sv
        ? {
            title: "Tabellen finns inte längre",
            body: `Tabellen ”${problem.name}” finns inte längre i arbetsboken; den kan ha tagits bort eller bytt namn. Uppdatera listan och välj igen.`,
          }
        : {
            title: "The table no longer exists",
            body: `The table “${problem.name}” is no longer in the workbook; it may have been deleted or renamed. Refresh the list and choose again.`,
          };
    case "analysisChanged":
      if (problem.reason === "cannotCheck") {
        return sv
          ? {
              title: "Analysbladet kan inte kontrolleras",
              body: `Den här versionen av Excel kan inte visa tillägget allt på bladet "${problem.sheet}" (anteckningar och kommentarer kräver ExcelApi 1.18), så tillägget kan inte se om du har lagt till något där. Bladet skrivs därför inte över, och inget har ändrats. Välj Nytt blad för att göra analysen på ett nytt blad.`,
            }
          : {
              title: "The analysis sheet cannot be checked",
              body: `This version of Excel cannot show the add-in everything on the sheet "${problem.sheet}" (notes and comments need ExcelApi 1.18), so the add-in cannot tell whether you have added anything there. The sheet is therefore not overwritten, and nothing was changed. Choose New sheet to make the analysis on a new sheet.`,
            };
      }
      return sv
        ? {
            title: "Analysbladet har ändrats",
            body: `Bladet ”${problem.sheet}” har ändrats sedan analysen gjordes (eller är inget analysblad), så det skrivs inte över. Inget har ändrats. Välj Nytt blad för att göra analysen på ett nytt blad.`,
          }
        : {
            title: "The analysis sheet has been changed",
            body: `The sheet “${problem.sheet}” has been changed since the analysis was made (or is not an analysis sheet), so it is not overwritten. Nothing was changed. Choose New sheet to make the analysis on a new sheet.`,
          };
    case "refreshIncomplete": {
      const copy =
        problem.backup === null
          ? ""
          : sv
            ? ` En kopia av analysen som den var finns på bladet ”${problem.backup}”.`
            : ` A copy of the analysis as it was is on the sheet “${problem.backup}”.`;
      return sv
        ? {
            title: "Uppdateringen avbröts halvvägs",
            body: `Excel avbröt uppdateringen av bladet ”${problem.sheet}”, och bladet kunde inte återställas; det kan vara ofullständigt.${copy} Gör analysen på ett nytt blad och ta sedan bort det ofullständiga bladet.`,
          }
        : {
            title: "The refresh stopped part-way",
            body: `Excel stopped while refreshing the sheet “${problem.sheet}”, and the sheet could not be put back; it may be incomplete.${copy} Make the analysis on a new sheet, then delete the incomplete one.`,
          };
    }
    case "general":
      return sv
        ? {
            title: "Excel rapporterade ett fel",
            body: `Excel kunde inte slutföra åtgärden (${problem.code}). Det du redan hade i arbetsboken är orört. Försök igen; starta om Excel om felet kommer tillbaka.`,
          }
        : {
            title: "Excel reported an error",
            body: `Excel could not finish the action (${problem.code}). What you already had in the workbook is untouched. Try again; restart Excel if it happens again.`,
          };
  }
}
