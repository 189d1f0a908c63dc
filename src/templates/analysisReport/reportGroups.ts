import type { GroupTotal } from "../../core/totals";
import { rangeAddress } from "../kit";
import { CHART_NAME_PREFIX } from "../kit";
import type { Text } from "../kit";
import { AT } from "./analysisText";
import { ReportCursor, head, labelCell, value, section } from "./reportCursor";

/** The present value by stakeholder and by payer, each with a bar chart. */

export function addGroup(c: ReportCursor, groups: readonly GroupTotal[], heading: Text, column: Text, chartName: string): void {
  const top = c.line([section(c.pick(heading))]);
  c.line([head(c.pick(column)), head(c.pick(AT.groups.presentValue))]);
  const first = c.row;
  for (const g of groups) c.line([labelCell(g.key === "" ? c.pick(AT.notGiven) : g.key), value(g.total, "money")]);
  const last = c.row - 1;
  c.chart(top, {
    name: `${CHART_NAME_PREFIX}${chartName}`,
    kind: "bar",
    title: c.pick(heading),
    series: [
      { name: c.pick(AT.groups.presentValue), values: rangeAddress(first, 1, last, 1), categories: rangeAddress(first, 0, last, 0) },
    ],
    valueAxisTitle: c.currency,
    gapWidth: 60,
    reverseCategories: true,
  });
}
