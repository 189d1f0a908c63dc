import { ACTORS, BENEFIT_SITUATIONS, SITUATIONS } from "../../core/actors";
import { cellAddress } from "../kit";

/**
 * Where everything sits on the before/after sheet (0-based rows and columns). The builder, the
 * HyperFormula test and the LibreOffice oracle read the same layout, so a moved block moves for all.
 * Input blocks run down the sheet from column A: settings, rates, groups, income situations,
 * resource use; then the monthly flows behind the results. The results per actor stand beside the
 * settings and who pays the intervention beside the rates, far enough right to leave room for the
 * rates' sources: narrow blocks side by side keep the sheet short enough to print on two landscape
 * pages at a readable zoom. Their `columns` count from the table's first column (`left`), as a
 * reader of the table sees them.
 */

/** Entry rows for participant groups and for resource use. */
const BA_GROUP_ROWS = 5;
const BA_RESOURCE_ROWS = 8;

const SETTINGS_HEADER = 5;
const RATES_HEADER = SETTINGS_HEADER + 11;
const GROUPS_HEADER = RATES_HEADER + 8;
const SITUATIONS_HEADER = GROUPS_HEADER + BA_GROUP_ROWS + 4;
const RESOURCES_HEADER = SITUATIONS_HEADER + SITUATIONS.length + 3;
const FLOWS_HEADER = RESOURCES_HEADER + BA_RESOURCE_ROWS + 3;
/** The results beside the settings from column G; who pays beside the rates from column K, clear of their sources. */
const SUMMARY_LEFT = 6;
const SUMMARY_HEADER = SETTINGS_HEADER;
const PAYERS_LEFT = 10;
const PAYERS_HEADER = SETTINGS_HEADER + 9;
const FLOW_ROWS = BENEFIT_SITUATIONS.length + 5 + BA_RESOURCE_ROWS;

export const BA = {
  settings: {
    header: SETTINGS_HEADER,
    horizon: SETTINGS_HEADER + 1,
    deadweight: SETTINGS_HEADER + 2,
    discountRate: SETTINGS_HEADER + 3,
    cost: SETTINGS_HEADER + 4,
    participants: SETTINGS_HEADER + 5,
    horizonMonths: SETTINGS_HEADER + 6,
    totalCost: SETTINGS_HEADER + 7,
    check: SETTINGS_HEADER + 8,
    /** The first problem on the sheet, or blank when the results can be read. */
    status: SETTINGS_HEADER + 9,
  },
  rates: {
    header: RATES_HEADER,
    municipalTax: RATES_HEADER + 1,
    regionalTax: RATES_HEADER + 2,
    stateTax: RATES_HEADER + 3,
    stateTaxThreshold: RATES_HEADER + 4,
    employerFees: RATES_HEADER + 5,
    check: RATES_HEADER + 6,
  },
  groups: {
    header: GROUPS_HEADER,
    first: GROUPS_HEADER + 1,
    last: GROUPS_HEADER + BA_GROUP_ROWS,
    total: GROUPS_HEADER + BA_GROUP_ROWS + 1,
    check: GROUPS_HEADER + BA_GROUP_ROWS + 2,
    /** Columns: A name, B size, C.. before per situation, then after per situation, then a check. */
    sizeColumn: 1,
    firstBefore: 2,
    firstAfter: 2 + SITUATIONS.length,
    checkColumn: 2 + 2 * SITUATIONS.length,
  },
  situations: {
    header: SITUATIONS_HEADER,
    /** One row per situation, in the order of SITUATIONS. */
    first: SITUATIONS_HEADER + 1,
    check: SITUATIONS_HEADER + SITUATIONS.length + 1,
    columns: {
      amount: 1,
      payer: 2,
      taxable: 3,
      source: 4,
      before: 5,
      after: 6,
      change: 7,
      taxableChange: 8,
      aboveThresholdChange: 9,
      check: 10,
    },
  },
  resources: {
    header: RESOURCES_HEADER,
    first: RESOURCES_HEADER + 1,
    last: RESOURCES_HEADER + BA_RESOURCE_ROWS,
    check: RESOURCES_HEADER + BA_RESOURCE_ROWS + 1,
    columns: { name: 0, unit: 1, unitCost: 2, before: 3, after: 4, payer: 5, source: 6, saving: 7, check: 8 },
  },
  payers: {
    header: PAYERS_HEADER,
    left: PAYERS_LEFT,
    /** One row per actor, in the order of ACTORS: the actor, its share, its cost (columns from `left`). */
    first: PAYERS_HEADER + 1,
    total: PAYERS_HEADER + ACTORS.length + 1,
    check: PAYERS_HEADER + ACTORS.length + 2,
    columns: { actor: 0, share: 1, cost: 2 },
  },
  summary: {
    header: SUMMARY_HEADER,
    left: SUMMARY_LEFT,
    /** One row per actor, in the order of ACTORS, then society. */
    first: SUMMARY_HEADER + 1,
    society: SUMMARY_HEADER + ACTORS.length + 1,
    columns: { monthly: 1, yearly: 2, investment: 3, horizonValue: 4, netValue: 5, payback: 6, withinHorizon: 7 },
  },
  flows: {
    header: FLOWS_HEADER,
    /** Benefits (BENEFIT_SITUATIONS order), municipal, regional and state tax, wage, employer fees, resource rows. */
    first: FLOWS_HEADER + 1,
    last: FLOWS_HEADER + FLOW_ROWS,
    transfersNet: FLOWS_HEADER + FLOW_ROWS + 1,
    total: FLOWS_HEADER + FLOW_ROWS + 2,
    check: FLOWS_HEADER + FLOW_ROWS + 3,
    /** Column of actor i (ACTORS order) is firstActorColumn + i; society follows the actors. */
    firstActorColumn: 2,
    societyColumn: 2 + ACTORS.length,
  },
  width: 3 + 2 * SITUATIONS.length,
} as const;

/** Row of a flow in the flow block: benefits, then the taxes, production and resource rows. */
export function flowRow(
  kind: "benefit" | "municipalTax" | "regionalTax" | "stateTax" | "wage" | "employerFees" | "resource",
  index = 0,
): number {
  const first = BA.flows.first;
  const after = BENEFIT_SITUATIONS.length;
  switch (kind) {
    case "benefit":
      return first + index;
    case "municipalTax":
      return first + after;
    case "regionalTax":
      return first + after + 1;
    case "stateTax":
      return first + after + 2;
    case "wage":
      return first + after + 3;
    case "employerFees":
      return first + after + 4;
    case "resource":
      return first + after + 5 + index;
  }
}

/** Absolute address of a cell in column B (the value column of settings and rates): "$B$7". */
export const valueCell = (row: number): string => cellAddress(row, 1, true);
