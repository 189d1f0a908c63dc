import { TEMPLATE_INFO, tx } from "../kit";
import { IMPACT_SUMMARY_TEXT } from "./impactSummary";

/** Everything the impact map's print view says, in both languages. */
export const PRINT_TEXT = {
  title: TEMPLATE_INFO.impactMapPrint.title,
  help: tx(
    'A print view of the impact map "{sheet}": every cell here is a formula that reads the map, so edit the map, not this sheet. Prints on A4 landscape.',
    'En utskriftsvy av effektkartan "{sheet}": varje cell här är en formel som läser kartan, så ändra i kartan, inte i det här bladet. Skrivs ut på A4 liggande.',
  ),
  missing: tx(
    'Sheet "{sheet}" is not in this workbook: add the impact map (or give it this name) to fill this view.',
    'Bladet "{sheet}" finns inte i arbetsboken: lägg till effektkartan (eller ge den det här namnet) för att fylla vyn.',
  ),
  otherYears: tx(
    'The columns of "{sheet}" do not match this view, made for {years} years: the present values are left out. Add the print view again with the map\'s number of years.',
    'Kolumnerna i "{sheet}" stämmer inte med vyn, som gjordes för {years} år: nuvärdena visas inte. Lägg till utskriftsvyn igen med kartans antal år.',
  ),
  figures: tx("Figures per outcome", "Siffror per utfall"),
  evidence: tx("Outcomes, comparison alternatives and sources", "Utfall, jämförelsealternativ och källor"),
  total: tx("Total", "Summa"),
  totalPV: IMPACT_SUMMARY_TEXT.totalPV,
  investment: IMPACT_SUMMARY_TEXT.investment,
  ratio: IMPACT_SUMMARY_TEXT.ratio,
  adjustedRatio: tx("SROI ratio after optimism bias", "SROI-kvot efter avdrag för optimism"),
  netSroi: tx("Net SROI (ratio − 1)", "Netto-SROI (kvot − 1)"),
  priceYear: tx("Price year", "Prisår"),
  outcome: tx("Stakeholder – outcome; indicator", "Intressent – utfall; indikator"),
  indicator: tx("Indicator", "Indikator"),
  comparison: tx("Comparison alternative", "Jämförelsealternativ"),
  sources: tx("Sources of the figures", "Källor till siffrorna"),
  period: tx("Period and drop-off", "Period och avtrappning"),
};
