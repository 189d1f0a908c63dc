import { Bilingual, byLanguage, pick, tx } from "../core/i18n";
import type { Language } from "../core/language";
import type { RunEstimate } from "./analysisWorker/estimate";
import { formatWhole } from "./numberFormat";

/**
 * The question the Analysis tab asks before a Monte Carlo estimated at more than a minute, in
 * English and Swedish, with the estimate as a person reads it ("about 4 minutes", "cirka 1,5 timmar").
 */

export interface LongRunText {
  readonly title: string;
  readonly body: string;
  /** Go on with every run asked for. */
  readonly goOn: string;
  /** Run the suggested, smaller number instead. */
  readonly lower: string;
  readonly cancel: string;
}

/** A duration of at least a minute: whole minutes up to two hours, then hours with one decimal. */
export function formatDuration(ms: number, language: Language): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 120) {
    const n = formatWhole(minutes, language);
    return pick(tx(`${n} ${minutes === 1 ? "minute" : "minutes"}`, `${n} ${minutes === 1 ? "minut" : "minuter"}`), language);
  }
  const hours = new Intl.NumberFormat(pick(tx("en-GB", "sv-SE"), language), { maximumFractionDigits: 1 }).format(
    Math.round(ms / 360_000) / 10,
  );
  return pick(tx(`${hours} hours`, `${hours} timmar`), language);
}

export function longRunText(estimate: RunEstimate, language: Language): LongRunText {
  const runs = formatWhole(estimate.runs, language);
  const rows = formatWhole(estimate.rows, language);
  const fewer = formatWhole(estimate.suggestedRuns, language);
  const time = formatDuration(estimate.ms, language);
  const text: Bilingual<LongRunText> = {
    title: tx("The simulation will take a while", "Simuleringen tar lång tid"),
    body: tx(
      `${runs} runs over ${rows} impact-map rows take about ${time} on this computer (measured with a short trial). The pane stays usable meanwhile and you can cancel at any time. ${fewer} runs fit in about a minute.`,
      `${runs} körningar över ${rows} rader i effektkartan tar cirka ${time} på den här datorn (uppmätt med en kort provkörning). Fliken går att använda under tiden och du kan avbryta när som helst. ${fewer} körningar ryms på ungefär en minut.`,
    ),
    goOn: tx(`Run all ${runs}`, `Kör alla ${runs}`),
    lower: tx(`Run ${fewer} runs`, `Kör ${fewer} körningar`),
    cancel: tx("Cancel", "Avbryt"),
  };
  return byLanguage(text)[language];
}
