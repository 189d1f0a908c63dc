import type { Dec } from "../decimal";
import { isBlank, readNumber } from "../validate";
import { convertPrice, KPI, readPriceIndex, readYear } from "./priceIndex";

/**
 * SROI.REAL: an amount in from_year's prices expressed in to_year's prices,
 * amount × index(to_year) / index(from_year), with the shipped KPI or the user's own index
 * (a two-column range of year and index value).
 */
export function realOf(amount: unknown, from_year: unknown, to_year: unknown, index?: unknown): Dec {
  const value = readNumber("amount", amount);
  const from = readYear("from_year", from_year);
  const to = readYear("to_year", to_year);
  const table = isBlank(index) ? KPI : readPriceIndex("index", index);
  return convertPrice(value, from, to, table);
}
