import type { Language } from "../../core/language";
import type { CostExampleRow } from "./costItems";
import { LISTS } from "../kit";
import { picker, Text, tx } from "../kit";
import { UNIT_COST_EXAMPLE } from "./unitCosts";

/**
 * The cost sheet's example: a two-year initiative for 80 participants run by the municipality,
 * the region, Arbetsförmedlingen and a samordningsförbund. Figures are illustrative.
 * Year 1: 0.5 × 780 000 + 1 × 720 000 + 0.25 × 700 000 + 12 × 8 000 + 80 × 300 + 6 × 4 500 + 100 × 650
 *       = 390 000 + 720 000 + 175 000 + 96 000 + 24 000 + 27 000 + 65 000 = 1 497 000.
 * Year 2: 0.25 × 780 000 + 0.5 × 720 000 + 6 × 8 000 = 195 000 + 360 000 + 48 000 = 603 000.
 * Grand total (2 or more years) 2 100 000; cost per participant 26 250; full scale for 400 people
 * plus 200 000 one-off = 10 700 000.
 */

interface Example {
  readonly item: Text;
  /** Index into the category list. */
  readonly category: number;
  /** Index into the payer list. */
  readonly payer: number;
  /** Index into UNIT_COST_EXAMPLE, or an own unit cost with its unit. */
  readonly unitCost: number | { readonly cost: number; readonly unit: Text };
  readonly quantities: readonly number[];
}

const EXAMPLE: readonly Example[] = [
  { item: tx("Project leader", "Projektledare"), category: 0, payer: 4, unitCost: 0, quantities: [0.5, 0.25] },
  { item: tx("Social worker", "Socialsekreterare"), category: 0, payer: 0, unitCost: 1, quantities: [1, 0.5] },
  {
    item: tx("Employment officer", "Arbetsförmedlare"),
    category: 0,
    payer: 3,
    unitCost: { cost: 700000, unit: tx("full-time year", "årsarbetskraft") },
    quantities: [0.25],
  },
  { item: tx("Group room", "Grupplokal"), category: 2, payer: 0, unitCost: 2, quantities: [12, 6] },
  { item: tx("Course materials", "Kursmaterial"), category: 1, payer: 1, unitCost: 3, quantities: [80] },
  { item: tx("Staff training", "Personalutbildning"), category: 3, payer: 4, unitCost: 4, quantities: [6] },
  { item: tx("Health coach", "Hälsocoach"), category: 0, payer: 1, unitCost: { cost: 650, unit: tx("hour", "timme") }, quantities: [100] },
];

export const COST_EXAMPLE_FULL_SCALE = { participants: 80, targetGroup: 400, extra: 200000 };

/** The example's item rows in a language, with quantities for the first `years` years. */
export function costExampleRows(language: Language, years: number): CostExampleRow[] {
  const p = picker(language);
  return EXAMPLE.map((e) => {
    const own = typeof e.unitCost === "number" ? null : e.unitCost;
    const unit = typeof e.unitCost === "number" ? UNIT_COST_EXAMPLE[e.unitCost] : null;
    return {
      item: p(e.item),
      category: p(LISTS.categories.items[e.category]),
      payer: p(LISTS.payers.items[e.payer]),
      unitCostItem: unit ? p(unit.name) : undefined,
      unit: p(unit ? unit.unit : (own as { unit: Text }).unit),
      ownUnitCost: own?.cost,
      quantities: Array.from({ length: years }, (_, i) => e.quantities[i]),
    };
  });
}
