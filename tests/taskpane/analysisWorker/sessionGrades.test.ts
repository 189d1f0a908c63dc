import { computeAnalysis } from "../../../src/taskpane/analysisWorker/compute";
import { inProcessChannel } from "../../../src/taskpane/analysisWorker/inProcess";
import { initialAnalysisForm, readAnalysisForm } from "../../../src/taskpane/analysisForm";
import { impactColumn as col } from "../../../src/templates/impactMap/impactColumns";
import type { ImpactTableCells } from "../../../src/templates/impactMap/read/impactRead";
import { impactMapFixture } from "../../templates/impactMap/impactCells";

/**
 * The analysis worker's session takes each row's default low and high from the workbook's own grade
 * table, read with the map, and the tornado and the Monte Carlo both use them.
 */

const { cells: EXAMPLE } = impactMapFixture({ language: "en", years: 5, startYear: 2026, currency: "kr", example: true });

function graded(grade: string): unknown[] {
  const row: unknown[] = EXAMPLE.body[0].map(() => "");
  const set: Record<string, unknown> = {
    stakeholder: "Participants",
    outcome: `Graded ${grade || "none"}`,
    quantity: 10,
    outcomeRate: 1,
    deadweight: 0.2,
    attribution: 0.1,
    displacement: 0,
    proxy: 1000,
    years: 2,
    dropOff: 0.5,
    grade,
  };
  for (const [id, value] of Object.entries(set)) row[col(id)] = value;
  return row;
}

/** The example's Lists grade table with B's spread set to 5 % (instead of the product's 20 %). */
const TABLE = (EXAMPLE.gradeTable ?? []).map((r) => (r[0] === "B" ? [r[0], r[1], r[2], 0.05] : r));
const CELLS: ImpactTableCells = {
  ...EXAMPLE,
  body: EXAMPLE.body.map((_, i) => (i === 0 ? graded("B") : i === 1 ? graded("") : EXAMPLE.body[0].map(() => ""))),
  gradeTable: TABLE,
};

describe("the worker session with spreads from evidence grades", () => {
  it("uses the workbook's grade table for the tornado and the Monte Carlo alike", async () => {
    const reading = readAnalysisForm(
      { ...initialAnalysisForm(3), runs: "100" },
      { impactMaps: [{ table: EXAMPLE.table, sheet: EXAMPLE.sheet }], beforeAfter: [], analyses: [] },
      "en",
    );
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const computed = await computeAnalysis(inProcessChannel(), { cells: CELLS, settings: reading.request.settings });
    if (computed.kind !== "done") throw new Error(computed.kind);
    // The settings come back with the table they used.
    expect(computed.settings.ranges?.table?.B.spread.toString()).toBe("0.05");
    // Proxy 1 000: B at ±5 % → 950 … 1 050; no grade = D at ±50 % → 500 … 1 500.
    const proxy = computed.result.tornado.bars.find((b) => b.assumption === "proxy")!;
    expect(proxy.down.values.map(String)).toEqual(["950", "500"]);
    expect(proxy.up.values.map(String)).toEqual(["1050", "1500"]);
    const drawn = computed.result.monteCarlo!.parameters.filter((p) => p.assumption === "proxy");
    expect(drawn.map((p) => [p.low, p.high])).toEqual([
      [950, 1050],
      [500, 1500],
    ]);
    // Years 2: B → 1.9 … 2.1, whole years outward 1 … 3; D → 1 … 3.
    const years = computed.result.monteCarlo!.parameters.filter((p) => p.assumption === "years");
    expect(years.map((p) => [p.low, p.likely, p.high])).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });
});
