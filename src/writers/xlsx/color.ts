/** Colours as the model writes them ("#RRGGBB") and as the .xlsx file stores them ("FFRRGGBB"). */

/** "#1F4E79" → "FF1F4E79"; throws a RangeError for anything that is not #RRGGBB. */
export function argb(color: string): string {
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(color.trim());
  if (!match) throw new RangeError(`colour "${color}" is not #RRGGBB`);
  return `FF${match[1].toUpperCase()}`;
}
