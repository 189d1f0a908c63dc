import { CHECKLIST, STATUS_ORDER, STATUSES } from "../../../src/templates/principles";
import { ExpectedCells, number, PlannedSheets, sameLabel, text } from "./expected";

/**
 * The checklist's summary from its status cells: per status the principles whose cell holds that
 * word (any case, in either language's list as the label beside the count says), a blank cell
 * counted as not reviewed; the total of the counts; the check blank when every status is one of
 * the list's, else a message.
 */
export function expectPrinciplesChecklist(planned: PlannedSheets, expected: ExpectedCells): void {
  const K = "principlesChecklist";
  const statuses: string[] = [];
  for (let r = CHECKLIST.firstPrinciple; r <= CHECKLIST.lastPrinciple; r++) statuses.push(planned.textAt(K, r, CHECKLIST.columns.status));
  let counted = 0;
  STATUS_ORDER.forEach((key, i) => {
    const row = CHECKLIST.summaryFirst + i;
    const word = planned.textAt(K, row, CHECKLIST.summaryLabel);
    if (word !== STATUSES[key].en && word !== STATUSES[key].sv) throw new Error(`summary row ${row + 1} is ${word}, not ${key}`);
    const n = statuses.filter((s) => sameLabel(s, word) || (key === "notReviewed" && s === "")).length;
    counted += n;
    expected.set(K, row, CHECKLIST.summaryCount, number(n));
  });
  expected.set(K, CHECKLIST.totalRow, CHECKLIST.summaryCount, number(counted));
  expected.set(K, CHECKLIST.checkRow, CHECKLIST.summaryLabel, counted === statuses.length ? text("") : { kind: "anyText" });
}
