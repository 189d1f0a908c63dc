import type { Format } from "../kit";
import { Text, tx } from "../kit";

/**
 * The input and calculated columns of the impact map, in sheet order. Each assumption has a
 * source column next to it; the comparison alternative backs the deadweight.
 */

type ImpactInputKind = "text" | "payer" | "dimension" | "comparison" | "nonNegative" | "share" | "proxy" | "years" | "year" | "grade";

export interface ImpactColumn {
  readonly id: string;
  readonly header: Text;
  readonly width: number;
  readonly format: Format;
  readonly kind: ImpactInputKind;
}

const S = (what: Text): Text => tx(`Source: ${what.en}`, `Källa: ${what.sv}`);

const QUANTITY = tx("quantity", "antal");
const RATE = tx("outcome rate", "utfallsandel");
const DEADWEIGHT = tx("deadweight", "dödvikt");
const ATTRIBUTION = tx("attribution", "tillskrivning");
const DISPLACEMENT = tx("displacement", "undanträngning");
const PROXY = tx("proxy", "proxy");

/** The input columns from column A, in order. */
export const IMPACT_INPUTS: readonly ImpactColumn[] = [
  { id: "stakeholder", header: tx("Stakeholder", "Intressent"), width: 24, format: "text", kind: "text" },
  { id: "outcome", header: tx("Outcome", "Utfall"), width: 28, format: "text", kind: "text" },
  { id: "indicator", header: tx("Indicator", "Indikator"), width: 26, format: "text", kind: "text" },
  { id: "payer", header: tx("Payer / beneficiary", "Betalare / mottagare"), width: 22, format: "text", kind: "payer" },
  { id: "dimension", header: tx("Dimension", "Dimension"), width: 15, format: "text", kind: "dimension" },
  { id: "quantity", header: tx("Quantity", "Antal"), width: 10, format: "integer", kind: "nonNegative" },
  { id: "quantitySource", header: S(QUANTITY), width: 22, format: "text", kind: "text" },
  { id: "outcomeRate", header: tx("Outcome rate", "Utfallsandel"), width: 11, format: "percent", kind: "share" },
  { id: "outcomeRateSource", header: S(RATE), width: 22, format: "text", kind: "text" },
  { id: "deadweight", header: tx("Deadweight", "Dödvikt"), width: 11, format: "percent", kind: "share" },
  { id: "comparison", header: tx("Comparison alternative", "Jämförelsealternativ"), width: 26, format: "text", kind: "comparison" },
  { id: "deadweightSource", header: S(DEADWEIGHT), width: 22, format: "text", kind: "text" },
  { id: "attribution", header: tx("Attribution", "Tillskrivning"), width: 12, format: "percent", kind: "share" },
  { id: "attributionSource", header: S(ATTRIBUTION), width: 22, format: "text", kind: "text" },
  { id: "displacement", header: tx("Displacement", "Undanträngning"), width: 14, format: "percent", kind: "share" },
  { id: "displacementSource", header: S(DISPLACEMENT), width: 22, format: "text", kind: "text" },
  { id: "proxy", header: tx("Financial proxy", "Finansiell proxy"), width: 14, format: "money", kind: "proxy" },
  { id: "proxyYear", header: tx("Proxy price year", "Proxyns prisår"), width: 11, format: "year", kind: "year" },
  { id: "proxySource", header: S(PROXY), width: 22, format: "text", kind: "text" },
  { id: "years", header: tx("Benefit period (years)", "Nyttoperiod (år)"), width: 12, format: "years", kind: "years" },
  { id: "dropOff", header: tx("Drop-off per year", "Avtrappning per år"), width: 12, format: "percent", kind: "share" },
  {
    id: "periodSource",
    header: tx("Source: period and drop-off", "Källa: period och avtrappning"),
    width: 24,
    format: "text",
    kind: "text",
  },
  { id: "grade", header: tx("Evidence grade", "Evidensgrad"), width: 12, format: "text", kind: "grade" },
];

/**
 * The source columns of a row, in the order the over-claim check reads them (quantity, outcome
 * rate, deadweight, attribution, displacement, proxy, period): a blank one is a figure without source.
 */
export const SOURCE_COLUMNS: readonly string[] = [
  "quantitySource",
  "outcomeRateSource",
  "deadweightSource",
  "attributionSource",
  "displacementSource",
  "proxySource",
  "periodSource",
];

/** 0-based column of an input column by id. */
export function impactColumn(id: string): number {
  const index = IMPACT_INPUTS.findIndex((c) => c.id === id);
  if (index < 0) throw new RangeError(`no impact-map column "${id}"`);
  return index;
}

/** Headers of the calculated columns. */
export const IMPACT_CALC = {
  yearOne: tx("Year-1 value", "Värde år 1"),
  presentValue: tx("Present value", "Nuvärde"),
  yearHeader: tx("Value {year}", "Värde {year}"),
};
