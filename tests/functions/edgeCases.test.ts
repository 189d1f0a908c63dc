import { cell, withDisplayLanguage } from "./excelStub";
import { EDGE_CASES, expectEdgeCase } from "./edgeCases";
import { call } from "./sourceFunctions";

/** Issue 11 §3 through the source functions; built.test.ts runs the same cases through the bundle. */

describe("edge cases of issue 11 §3 (source functions)", () => {
  it.each(EDGE_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expectEdgeCase(
      c,
      withDisplayLanguage(null, () => cell(() => call(c.id, c.args))),
    );
  });

  it("says the Swedish name of an error passed on", () => {
    const c = EDGE_CASES.find((x) => x.name === "RATIO with #N/A in the benefits")!;
    expect(withDisplayLanguage("sv-SE", () => cell(() => call(c.id, c.args)))).toEqual({
      error: "#N/A",
      message: "nyttor innehåller felet #SAKNAS!; det förs vidare, som Excels egna funktioner gör. Rätta cellen det kommer från.",
    });
  });

  it("cuts echoed text in Swedish too, keeping whole characters", () => {
    const text = "😀".repeat(100); // 200 UTF-16 units
    const result = withDisplayLanguage("sv-SE", () => cell(() => call("EFFECTSIZE", [text, 0])));
    expect(result).toEqual({ error: "#VALUE!", message: `förändring_målgrupp måste vara ett tal; fick "${"😀".repeat(59)}…".` });
  });
});
