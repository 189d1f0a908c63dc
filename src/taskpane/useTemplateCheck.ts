import { useCallback } from "react";
import type { WorkbookReader } from "../workbook/ports";
import { SheetCheckAction, SheetCheckHook, sheetCheckReducer, unexpected, useSheetCheck } from "./sheetCheckState";
import { checkContractCells, checkPortfolioCells, kindOfTable, TemplateOutcome } from "./templateCheck";

/**
 * The contract and portfolio check's state: the workbook's outcome contract and portfolio sheets
 * (each by the table the add-in finds it by), the one chosen, and the last check of it, on the
 * shared state of the pane's checks (sheetCheckState.ts).
 */

export type TemplateReader = Pick<WorkbookReader, "listSources" | "readOutcomeContract" | "readPortfolio">;
export type TemplateCheckAction = SheetCheckAction<TemplateOutcome>;

/** See sheetCheckReducer; the sheets are the contracts, then the portfolios, each kind in sheet order. */
export const templateCheckReducer = sheetCheckReducer<TemplateOutcome>((sources) => [
  ...(sources.contracts ?? []),
  ...(sources.portfolios ?? []),
]);

/** Reads one contract or portfolio sheet (by the kind its table says) and checks it; never throws. */
export async function checkTemplateSheet(reader: TemplateReader, table: string): Promise<TemplateCheckAction> {
  try {
    const kind = kindOfTable(table);
    const read = await (kind === "contract" ? reader.readOutcomeContract(table) : reader.readPortfolio(table));
    if (!read.ok) return { type: "checkFailed", table, problem: read.problem };
    return { type: "checked", table, outcome: kind === "contract" ? checkContractCells(read.cells) : checkPortfolioCells(read.cells) };
  } catch (error) {
    return { type: "checkFailed", table, problem: unexpected(error) };
  }
}

/** Lists the contract and portfolio sheets on mount; refresh, choose and check on demand. Nothing is written. */
export function useTemplateCheck(reader: TemplateReader): SheetCheckHook<TemplateOutcome> {
  const checkSheet = useCallback((table: string) => checkTemplateSheet(reader, table), [reader]);
  return useSheetCheck(templateCheckReducer, reader, checkSheet);
}
