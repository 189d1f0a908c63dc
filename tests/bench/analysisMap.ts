/**
 * The impact maps of the analysis benchmarks: a reproducible map of any size with values as a
 * trainer's course map would have them, and an investment that puts the base ratio near 1.1.
 */
import { Dec, ImpactRow, parseImpactRow } from "../../src/core";
import { seededRandom, valueMap } from "../../src/core/analysis";

export const RATE = new Dec("0.035");

/** A reproducible map of `size` rows (the same first rows for every size). */
export function impactMap(size: number): ImpactRow[] {
  const random = seededRandom(7);
  const pick = (min: number, max: number, step: number): Dec =>
    new Dec(min).plus(new Dec(step).times(Math.floor(random.nextUniform() * Math.round((max - min) / step + 1))));
  return Array.from({ length: size }, (_, i) =>
    parseImpactRow({
      quantity: pick(5, 200, 1),
      outcomeRate: pick(0.3, 0.95, 0.01),
      deadweight: pick(0, 0.5, 0.01),
      attribution: pick(0, 0.4, 0.01),
      displacement: pick(0, 0.2, 0.01),
      proxy: pick(1000, 60000, 100),
      years: pick(1, 5, 1).toNumber(),
      dropOff: i % 3 === 0 ? new Dec(0) : pick(0.05, 0.3, 0.01),
    }),
  );
}

/** Three yearly amounts (60 / 25 / 15 %) adding up to the base PV / 1.1, rounded to thousands. */
export function investmentFor(rows: readonly ImpactRow[]): Dec[] {
  const basePV = valueMap(rows, RATE, []).totalPresentValue;
  return ["0.6", "0.25", "0.15"].map((share) => basePV.div("1.1").times(share).div(1000).round().times(1000));
}
