import { FakeExcel, snapshotSheetNamed } from "../../fakes";
import { planSheets } from "../../../src/templates";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { createSheets } from "../../../src/writers/excel";
import type { CreateRequest, CreateResult } from "../../../src/writers/excel";
import { sheetDifferences } from "./expectSheet";

/**
 * The taskpane's Office.js writer writes the impact map's print view as its spec says (cells,
 * formulas, formats, merges, row heights, banding, page setup), alone or with a map whose name an
 * existing sheet already holds, and then reads the new map, not the user's sheet.
 */

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true };

async function write(fake: FakeExcel, request: CreateRequest): Promise<CreateResult> {
  const uninstall = fake.install();
  try {
    return await createSheets(request);
  } finally {
    uninstall();
  }
}

describe("the Office.js writer and the impact map's print view", () => {
  it("writes the view alone as its spec says", async () => {
    const fake = new FakeExcel();
    const result = await write(fake, { templates: ["impactMapPrint"], options: SV });
    expect(result.ok && result.sheets.map((s) => s.name)).toEqual(["Effektkarta för utskrift"]);
    const spec = planSheets(["impactMapPrint"], SV, ["Sheet1"])[0];
    const snapshot = snapshotSheetNamed(fake, spec.name)!;
    expect(sheetDifferences(snapshot, spec, SV)).toEqual([]);
    expect(snapshot.merges).toEqual(spec.merges);
  });

  it("points the view at the new map when the user's sheet holds the map's name", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Effektkarta", cells: { A1: "min egen", B31: 5 } }] });
    const result = await write(fake, { templates: ["impactMap", "impactMapPrint"], options: SV });
    expect(result.ok && result.sheets.map((s) => s.name)).toEqual(["Effektkarta (2)", "KPI", "Listor", "Effektkarta för utskrift"]);
    const spec = planSheets(["impactMap", "impactMapPrint"], SV, ["Sheet1", "Effektkarta"]).find((s) => s.key === "impactMapPrint")!;
    const snapshot = snapshotSheetNamed(fake, spec.name)!;
    expect(sheetDifferences(snapshot, spec, SV)).toEqual([]);
    const formulas = Object.values(snapshot.cells).map((c) => c.formula ?? "");
    expect(formulas.filter((f) => f.includes("'Effektkarta (2)'!")).length).toBeGreaterThan(300);
    expect(formulas.some((f) => f.includes("'Effektkarta'!"))).toBe(false);
  });
});
