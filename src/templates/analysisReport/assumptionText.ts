import { ASSUMPTION_FIELDS, Assumption } from "../../core/analysis";
import { IMPACT_INPUTS } from "../impactMap";
import { IMPACT_SUMMARY_TEXT } from "../impactMap";
import type { Format } from "../kit";
import type { Text } from "../kit";

/** How the analysis names and shows each assumption: the impact map's own column headers. */

/** The assumption's name as the impact map's header ("Dödvikt", "Financial proxy", "Discount rate"). */
export function assumptionText(assumption: Assumption): Text {
  if (assumption === "discount_rate") return IMPACT_SUMMARY_TEXT.rate;
  const column = IMPACT_INPUTS.find((c) => c.id === ASSUMPTION_FIELDS[assumption]);
  if (!column) throw new RangeError(`no impact-map column for ${assumption}`);
  return column.header;
}

/** The number format of the assumption's values: shares and rates in percent, the proxy as money. */
export function assumptionFormat(assumption: Assumption): Format {
  switch (assumption) {
    case "quantity":
      return "decimal";
    case "proxy":
      return "money";
    case "years":
      return "years";
    default:
      return "percent";
  }
}
