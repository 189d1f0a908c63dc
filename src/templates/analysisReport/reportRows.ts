import type { ImpactRowResult } from "../../core/impactMap";
import { IMPACT_INPUTS } from "../impactMap";
import type { ImpactMapRead } from "../impactMap";
import { cappedRowText, skippedRowText } from "../impactMap";
import type { Format } from "../kit";
import { AT } from "./analysisText";
import { ReportCursor, head, value, section } from "./reportCursor";

/** The impact-map rows the analysis used (a copy, so it can be reproduced), and those it could not use. */

const COLUMNS: readonly { id: string; format: Format; read: (r: ImpactRowResult) => string | number }[] = [
  { id: "stakeholder", format: "text", read: (r) => r.row.stakeholder },
  { id: "payer", format: "text", read: (r) => r.row.payer },
  { id: "dimension", format: "text", read: (r) => r.row.dimension },
  { id: "quantity", format: "decimal", read: (r) => r.row.quantity.toNumber() },
  { id: "outcomeRate", format: "percent", read: (r) => r.row.outcomeRate.toNumber() },
  { id: "deadweight", format: "percent", read: (r) => r.row.deadweight.toNumber() },
  { id: "attribution", format: "percent", read: (r) => r.row.attribution.toNumber() },
  { id: "displacement", format: "percent", read: (r) => r.row.displacement.toNumber() },
  { id: "proxy", format: "money", read: (r) => r.row.proxy.toNumber() },
  { id: "years", format: "years", read: (r) => r.row.years },
  { id: "dropOff", format: "percent", read: (r) => r.row.dropOff.toNumber() },
  { id: "grade", format: "text", read: (r) => r.row.grade ?? "" },
];

const header = (id: string) => IMPACT_INPUTS.find((c) => c.id === id)!.header;

export function addRows(c: ReportCursor, map: ImpactMapRead, results: readonly ImpactRowResult[]): void {
  const T = AT.rows;
  c.line([section(c.pick(T.heading))]);
  c.line([
    head(c.pick(T.sheetRow)),
    head(c.pick(T.outcome)),
    ...COLUMNS.map((col) => head(c.pick(header(col.id)))),
    head(c.pick(AT.groups.presentValue)),
  ]);
  results.forEach((result, i) => {
    const read = map.rows[i];
    c.line([
      value(read.sheetRow, "integer"),
      value(read.outcome, "text"),
      ...COLUMNS.map((col) => value(col.read(result), col.format)),
      value(result.presentValue, "money"),
    ]);
  });
  if (map.skipped.length > 0) {
    c.skip();
    c.line([head(c.pick(T.skippedHeading)), head(c.pick(T.reason))]);
    for (const s of map.skipped) c.line([value(s.sheetRow, "integer"), value(skippedRowText(s, c.language), "text", "check")]);
  }
  if (map.capped.length > 0) {
    c.skip();
    c.line([head(c.pick(T.cappedHeading)), head(c.pick(T.reason))]);
    for (const s of map.capped) c.line([value(s.sheetRow, "integer"), value(cappedRowText(s, c.language), "text", "check")]);
  }
}
