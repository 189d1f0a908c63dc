import type { Language } from "../../core/language";
import { pick, Text, tx } from "../kit";
import type { SheetSources } from "../kit";
import { cellAddress } from "../kit";
import { IMPACT_INPUTS, impactColumn, SOURCE_COLUMNS } from "./impactColumns";
import { PRINT_TEXT } from "./printText";

/**
 * The evidence table's texts: the row's identification (stakeholder – outcome; indicator) and its
 * sources joined with the figure each backs ("Quantity: Project register; Outcome rate: …"), as
 * plain concatenation with IF (no TEXTJOIN: Excel 2016 and LibreOffice both calculate it), and the
 * same texts in TypeScript to size the rows for the example.
 */

const INDICATOR = tx("indicator: ", "indikator: ");

/** The figure a source column backs, by its position in SOURCE_COLUMNS. */
const SOURCE_LABELS: readonly Text[] = [
  ...["quantity", "outcomeRate", "deadweight", "attribution", "displacement", "proxy"].map((id) => IMPACT_INPUTS[impactColumn(id)].header),
  PRINT_TEXT.period,
];

type Cells = (id: string) => string;

/** A formula's text body (no "="), reading the map's row through `at` (INDIRECT of the input's cell). */
function outcomeBody(at: Cells, language: Language): string {
  const [a, b, c] = [at("stakeholder"), at("outcome"), at("indicator")];
  return `${a}&IF(AND(${a}<>"",${b}<>"")," – ","")&${b}&IF(${c}="","",IF(${a}&${b}="","","; ")&"${pick(INDICATOR, language)}"&${c})`;
}

function sourcesBody(at: Cells, language: Language): string {
  const items = SOURCE_COLUMNS.map((id, i) => `IF(${at(id)}="","","; ${pick(SOURCE_LABELS[i], language)}: "&${at(id)})`);
  return `MID(${items.join("&")},3,2000)`;
}

/** The evidence formulas of the map's row `mapRow`: identification, comparison alternative, sources. */
export function evidenceFormulas(
  src: SheetSources,
  mapRow: number,
  language: Language,
): { outcome: string; comparison: string; sources: string } {
  const at: Cells = (id) => src.ref("impactMap", cellAddress(mapRow, impactColumn(id)));
  const guarded = (body: string): string => `=IF(${src.exists("impactMap")},IFERROR(${body},""),"")`;
  return {
    outcome: guarded(outcomeBody(at, language)),
    comparison: src.text("impactMap", cellAddress(mapRow, impactColumn("comparison"))),
    sources: guarded(sourcesBody(at, language)),
  };
}

/** The same texts for a row of input values (in IMPACT_INPUTS order), to estimate row heights. */
export function evidenceTexts(
  values: readonly (string | number | undefined)[],
  language: Language,
): { outcome: string; comparison: string; sources: string } {
  const v = (id: string): string => String(values[impactColumn(id)] ?? "");
  const [a, b, c] = [v("stakeholder"), v("outcome"), v("indicator")];
  const outcome = `${a}${a !== "" && b !== "" ? " – " : ""}${b}${c === "" ? "" : `${a + b === "" ? "" : "; "}${pick(INDICATOR, language)}${c}`}`;
  const sources = SOURCE_COLUMNS.map((id, i) => (v(id) === "" ? "" : `; ${pick(SOURCE_LABELS[i], language)}: ${v(id)}`))
    .join("")
    .slice(2);
  return { outcome, comparison: v("comparison"), sources };
}
