import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane's small bar charts (who gains, the tornado): one list item per bar with its name and
 * figure as text, and the bar itself as an SVG drawn on a 0–100 scale across the item's width, so
 * the charts are plain markup a screen reader reads as a list and need no chart library.
 */
export const useChartStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  figure: { fontVariantNumeric: "tabular-nums", textAlign: "end", whiteSpace: "nowrap" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  wide: { gridColumn: "1 / -1", minWidth: 0, overflowWrap: "anywhere", textAlign: "start" },
  bar: { gridColumn: "1 / -1", display: "block", width: "100%", height: "10px", overflow: "visible" },
  gain: { fill: tokens.colorBrandBackground },
  loss: { fill: tokens.colorPaletteRedBackground3 },
  other: { fill: tokens.colorNeutralForeground3 },
  axis: { stroke: tokens.colorNeutralForeground1, strokeWidth: "1px" },
});

/** The x of a value on a 0–100 scale from `low` to `high` (a scale of no width puts everything at 50). */
export function scaleX(value: number, low: number, high: number): number {
  return high > low ? ((value - low) / (high - low)) * 100 : 50;
}

/** Rounds a chart coordinate to hundredths, so the markup stays short. */
export function coordinate(x: number): string {
  return String(Math.round(x * 100) / 100);
}
