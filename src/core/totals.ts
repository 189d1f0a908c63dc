import { Dec, ZERO } from "./decimal";

/** One group's total, keyed by the label as first written. */
export interface GroupTotal {
  readonly key: string;
  readonly total: Dec;
}

/**
 * Totals by a label (stakeholder, payer, dimension), in the order each label first appears.
 * Labels are compared trimmed and case-insensitively, as a reader of the sheet would; a blank
 * label forms its own group with the key "".
 */
export function totalsBy<T>(items: readonly T[], label: (item: T) => string, value: (item: T) => Dec): GroupTotal[] {
  const groups = new Map<string, { key: string; total: Dec }>();
  for (const item of items) {
    const key = label(item).trim();
    const id = key.toLocaleLowerCase();
    const group = groups.get(id) ?? { key, total: ZERO };
    group.total = group.total.plus(value(item));
    groups.set(id, group);
  }
  return [...groups.values()];
}
