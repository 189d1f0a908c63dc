import type { Language } from "../../core/language";
import { picker, tx } from "../kit";
import type { Text } from "../kit";
import { riskLevels } from "./riskHeatMap";

/**
 * The risk matrix's worked example: risks of the same fictional initiative as the other examples
 * (a samordningsförbund's two-year project with the municipality, the region, Försäkringskassan and
 * Arbetsförmedlingen for 80 young people far from the labour market). Probability and impact are
 * levels 1–5, written as the lists' values. Texts are short enough for the decision summary's
 * two-line cells.
 */

export interface RiskExample {
  readonly risk: Text;
  /** Level 1–5 of the probability list. */
  readonly probability: number;
  /** Level 1–5 of the impact list. */
  readonly impact: number;
  readonly action: Text;
  readonly owner: Text;
}

const PROJECT_LEADER = tx("Project leader", "Projektledaren");

export const RISK_EXAMPLE: readonly RiskExample[] = [
  {
    risk: tx("Participants drop out early", "Deltagare avbryter i förtid"),
    probability: 3,
    impact: 4,
    action: tx("Call after absence; flexible hours", "Ring upp vid frånvaro; flexibla tider"),
    owner: PROJECT_LEADER,
  },
  {
    risk: tx("A partner withdraws its funding", "En part drar tillbaka sin finansiering"),
    probability: 2,
    impact: 5,
    action: tx("Written agreement for the whole period", "Skriftlig överenskommelse för hela perioden"),
    owner: tx("Board of the samordningsförbund", "Förbundsstyrelsen"),
  },
  {
    risk: tx("Fewer jobs for young people", "Färre jobb för unga"),
    probability: 4,
    impact: 3,
    action: tx("More placements; routes into studies", "Fler praktikplatser; vägar till studier"),
    owner: tx("Arbetsförmedlingen", "Arbetsförmedlingen"),
  },
  {
    risk: tx("Staff leave during the project", "Personal slutar under projektet"),
    probability: 3,
    impact: 3,
    action: tx("Two contacts per participant; written routines", "Två kontaktpersoner per deltagare; skrivna rutiner"),
    owner: tx("Steering group", "Styrgruppen"),
  },
  {
    risk: tx("Outcome data cannot be collected", "Data om utfallen går inte att samla in"),
    probability: 4,
    impact: 4,
    action: tx("Consent and baseline at the start", "Samtycke och utgångsläge vid start"),
    owner: tx("Project leader and evaluator", "Projektledaren och utvärderaren"),
  },
  {
    risk: tx("Participants displace other jobseekers", "Deltagare tränger undan andra arbetssökande"),
    probability: 2,
    impact: 2,
    action: tx("Ask employers; deduct it in the impact map", "Fråga arbetsgivarna; dra av i effektkartan"),
    owner: tx("Arbetsförmedlingen", "Arbetsförmedlingen"),
  },
];

/** The example's rows as the risk, probability, impact, action and owner the sheet's inputs take. */
export function riskExampleRows(
  language: Language,
): { risk: string; probability: string; impact: string; action: string; owner: string }[] {
  const p = picker(language);
  const levels = riskLevels(language);
  return RISK_EXAMPLE.map((e) => ({
    risk: p(e.risk),
    probability: levels[e.probability - 1],
    impact: levels[e.impact - 1],
    action: p(e.action),
    owner: p(e.owner),
  }));
}
