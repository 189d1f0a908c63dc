import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { DEFAULT_GRADES } from "../../src/core/evidence";
import type { Language } from "../../src/core/language";
import { initialAnalysisForm, withSpread } from "../../src/taskpane/analysisForm";
import { AnalysisView, AnalysisViewProps } from "../../src/taskpane/components/analysis/AnalysisPanel";
import type { MapEvidence } from "../../src/taskpane/mapEvidence";
import { INITIAL_ANALYSIS_STATE, AnalysisState } from "../../src/taskpane/useAnalysis";

/** The Analysis tab's grades and over-claim warnings before a run, rendered on the server, in both languages. */

const READY: AnalysisState = {
  ...INITIAL_ANALYSIS_STATE,
  sources: { phase: "ready", sources: { impactMaps: [{ table: "SroiImpactMap", sheet: "Impact map" }], beforeAfter: [], analyses: [] } },
};
const noop = () => undefined;

/** Row 5 graded A without warnings, rows 6–12 ungraded with no counterfactual, row 13 C on a long period. */
const EVIDENCE: MapEvidence = {
  sheet: "Impact map",
  grades: DEFAULT_GRADES,
  linkColumn: 1,
  rows: [
    { sheetRow: 5, outcome: "Work", grade: "A", warnings: [] },
    ...Array.from({ length: 7 }, (_, i) => ({
      sheetRow: 6 + i,
      outcome: `Outcome ${6 + i}`,
      grade: null,
      warnings: ["ungraded", "noCounterfactual"] as const,
    })),
    { sheetRow: 13, outcome: "Health", grade: "C", warnings: ["longOnWeakEvidence"] },
  ],
};

function text(props: Partial<AnalysisViewProps> & { language: Language }): string {
  const all: AnalysisViewProps = {
    state: READY,
    form: initialAnalysisForm(1),
    problems: {},
    fixFields: false,
    settingsAtField: false,
    folded: [],
    evidence: { phase: "ready", evidence: EVIDENCE },
    actions: {
      onChange: noop,
      onLeave: noop,
      onFold: noop,
      onNewSeed: noop,
      onRun: noop,
      onCancel: noop,
      onAnswer: noop,
      onRefresh: noop,
      onOpenSheet: noop,
      onSelectRow: noop,
    },
    ...props,
  };
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <AnalysisView {...all} />
    </FluentProvider>,
  );
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ ([:.,;)])/g, "$1")
    .replace(/\( /g, "(");
}

describe("the Analysis tab before a run", () => {
  it("lists each warning with how many rows and which, three at most, in English", () => {
    const en = text({ language: "en" });
    expect(en).toContain("Checks against over-claiming: 8 rows have warnings");
    expect(en).toContain("Warnings, not errors: every row still counts and you can run the analysis.");
    expect(en).toContain("No evidence grade (counts as D) (7 rows) Row 6: Outcome 6 Row 7: Outcome 7 Row 8: Outcome 8 and 4 more");
    expect(en).toContain("Deadweight and attribution both 0 (7 rows)");
    expect(en).toContain("Benefit period over 5 years on grade C or D evidence (1 row) Row 13: Health");
    expect(en).not.toContain("Row 5: Work");
  });

  it("says the same in Swedish", () => {
    const sv = text({ language: "sv" });
    expect(sv).toContain("Kontroller mot överskattning: 8 rader har varningar");
    expect(sv).toContain("Ingen evidensgrad (räknas som D) (7 rader) Rad 6: Outcome 6");
    expect(sv).toContain("Nyttoperiod över 5 år på evidensgrad C eller D (1 rad) Rad 13: Health");
  });

  it("shows the spread each grade gives and how many rows count under it", () => {
    const en = text({ language: "en" });
    expect(en).toContain("Low and high from the evidence grades");
    expect(en).toContain("A: ±10% on 1 row");
    expect(en).toContain("C: ±35% on 1 row");
    expect(en).toContain("D: ±50% on 7 rows, 7 of them without a grade");
    const sv = text({ language: "sv" });
    expect(sv).toContain("D: ±50 % på 7 rader, varav 7 utan grad");
  });

  it("warns when no row has a grade, that all take D's wide spread", () => {
    const none: MapEvidence = { ...EVIDENCE, rows: EVIDENCE.rows.map((r) => ({ ...r, grade: null })) };
    const en = text({ language: "en", evidence: { phase: "ready", evidence: none } });
    expect(en).toContain("No row has an evidence grade Every row counts as grade D, so each assumption moves ±50% around its value");
    const sv = text({ language: "sv", evidence: { phase: "ready", evidence: none } });
    expect(sv).toContain("Ingen rad har en evidensgrad Alla rader räknas som grad D");
  });

  it("counts the user's own spreads, and leaves the grades out when every assumption has its own", () => {
    const one = withSpread(initialAnalysisForm(1), "proxy", { low: "5", high: "5" });
    expect(text({ language: "en", form: one })).toContain("Your own low and high replace the grades for 1 assumption.");
    const all = (["quantity", "outcome_rate", "deadweight", "attribution", "displacement", "proxy", "years", "drop_off"] as const).reduce(
      (f, a) => withSpread(f, a, { low: "5", high: "5" }),
      initialAnalysisForm(1),
    );
    expect(text({ language: "en", form: all })).not.toContain("Low and high from the evidence grades");
  });

  it("shows nothing of the kind while the map is being read", () => {
    const en = text({ language: "en", evidence: { phase: "reading" } });
    expect(en).not.toContain("Checks against over-claiming");
    expect(en).not.toContain("Low and high from the evidence grades");
  });
});
