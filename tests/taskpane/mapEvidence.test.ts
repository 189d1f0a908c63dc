import { Dec } from "../../src/core/decimal";
import { columnLetter } from "../../src/templates/kit/a1";
import { impactColumn as col } from "../../src/templates/impactMap/impactColumns";
import type { ImpactTableCells } from "../../src/templates/impactMap/read/impactRead";
import type { TemplateOptions } from "../../src/templates/kit/model";
import { gradeGroups, mapEvidence, noRowGraded, rowAddress, ungradedSpread, warningGroups } from "../../src/taskpane/mapEvidence";
import { impactMapFixture } from "../templates/impactMap/impactCells";

/** What the Analysis tab shows about the chosen map before a run: grades, and warnings with their rows. */

const EN: TemplateOptions = { language: "en", years: 5, startYear: 2026, currency: "kr", example: true };

/** A fully sourced row with grade A and no warning: deadweight 20 %, 3 years with 10 % drop-off, a price year. */
function row(width: number, outcome: string, edit: Record<string, unknown> = {}): unknown[] {
  const cells: unknown[] = Array.from({ length: width }, () => "");
  const set: Record<string, unknown> = {
    stakeholder: "Participants",
    outcome,
    quantity: 10,
    quantitySource: "Register",
    outcomeRate: 0.5,
    outcomeRateSource: "Survey",
    deadweight: 0.2,
    deadweightSource: "Matched group",
    attribution: 0.1,
    attributionSource: "Interviews",
    displacement: 0,
    displacementSource: "Analysis",
    proxy: 1000,
    proxyYear: 2023,
    proxySource: "Price list",
    years: 3,
    dropOff: 0.1,
    periodSource: "Follow-up",
    grade: "A",
    ...edit,
  };
  for (const [id, value] of Object.entries(set)) cells[col(id)] = value;
  return cells;
}

function cellsWith(rows: (width: number) => unknown[][]): ImpactTableCells {
  const { cells } = impactMapFixture(EN);
  const width = cells.body[0].length;
  const given = rows(width);
  return { ...cells, body: cells.body.map((_, i) => given[i] ?? Array.from({ length: width }, () => "")) };
}

const FOUR = cellsWith((w) => [
  row(w, "Work"),
  row(w, "Feel safer", { grade: "", deadweight: 0, attribution: 0 }),
  row(w, "Better health", { grade: "C", years: 7, dropOff: 0 }),
  row(w, "Fewer nights in hospital", { grade: "D", quantitySource: "" }),
]);

describe("mapEvidence", () => {
  const evidence = mapEvidence(FOUR)!;
  const first = FOUR.headerRow + 1;

  it("lists every row with its sheet row, outcome, grade and warnings", () => {
    expect(evidence.sheet).toBe(FOUR.sheet);
    expect(evidence.rows).toEqual([
      { sheetRow: first, outcome: "Work", grade: "A", warnings: [] },
      { sheetRow: first + 1, outcome: "Feel safer", grade: null, warnings: ["ungraded", "noCounterfactual"] },
      { sheetRow: first + 2, outcome: "Better health", grade: "C", warnings: ["noDropOff", "longOnWeakEvidence"] },
      { sheetRow: first + 3, outcome: "Fewer nights in hospital", grade: "D", warnings: ["noSource"] },
    ]);
  });

  it("groups the warnings in the rules' order, each with the rows that carry it", () => {
    expect(warningGroups(evidence).map((g) => [g.warning, g.rows.map((r) => r.sheetRow)])).toEqual([
      ["ungraded", [first + 1]],
      ["noCounterfactual", [first + 1]],
      ["noDropOff", [first + 2]],
      ["longOnWeakEvidence", [first + 2]],
      ["noSource", [first + 3]],
    ]);
  });

  it("counts the rows under each grade they count as, ungraded ones under D, with the grade's spread", () => {
    expect(gradeGroups(evidence)).toEqual([
      { grade: "A", spread: new Dec("0.1"), rows: 1, ungraded: 0 },
      { grade: "C", spread: new Dec("0.35"), rows: 1, ungraded: 0 },
      { grade: "D", spread: new Dec("0.5"), rows: 2, ungraded: 1 },
    ]);
    expect(noRowGraded(evidence)).toBe(false);
  });

  it("says when no row has a grade, and the spread they all take (D's)", () => {
    const none = mapEvidence(cellsWith((w) => [row(w, "Work", { grade: "" }), row(w, "Health", { grade: "" })]))!;
    expect(noRowGraded(none)).toBe(true);
    expect(ungradedSpread(none).toString()).toBe("0.5");
    expect(gradeGroups(none)).toEqual([{ grade: "D", spread: new Dec("0.5"), rows: 2, ungraded: 2 }]);
  });

  it("links a row to its outcome cell on the sheet", () => {
    expect(rowAddress(evidence, first + 2)).toBe(`${columnLetter(col("outcome"))}${first + 2}`);
  });

  it("gives nothing for a map a run could not read either", () => {
    expect(mapEvidence({ ...FOUR, header: FOUR.header.map(() => "") })).toBeNull();
  });
});
