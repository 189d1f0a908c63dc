import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { ASSUMPTIONS } from "../../src/core/analysis";
import { SroiError } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { errorMessage } from "../../src/core/messages";
import { assumptionText } from "../../src/templates/analysisReport/assumptionText";
import { impactMapTemplate } from "../../src/templates/impactMap/impactMap";
import { impactReadProblemText, skippedRowText } from "../../src/templates/impactMap/read/impactReadMessages";
import { problemMessage } from "../../src/taskpane/writerMessages";
import type { Sources } from "../../src/workbook/ports";
import { AnalysisForm, initialAnalysisForm, readAnalysisForm, withSpread } from "../../src/taskpane/analysisForm";
import { formatMoney, formatRatio, formatShare } from "../../src/taskpane/numberFormat";
import { ANALYSIS_STRINGS } from "../../src/taskpane/analysisStrings";
import { EVIDENCE_STRINGS } from "../../src/taskpane/evidenceStrings";
import { AnalysisPanel, AnalysisView, AnalysisViewProps, analysisStatus } from "../../src/taskpane/components/analysis/AnalysisPanel";
import { RunOutcome, runAnalysis } from "../../src/taskpane/runAnalysis";
import { AnalysisState, INITIAL_ANALYSIS_STATE } from "../../src/taskpane/useAnalysis";
import type { PanelWriter } from "./analysisWriter";
import { exampleCells, fakeAnalysisWriter } from "./analysisWriter";
import { fieldsInOrder } from "../../src/taskpane/components/analysis/AnalysisPanel";
import { mapOptionText } from "../../src/taskpane/components/analysis/MapPicker";
import { PANE_BARS } from "../../src/taskpane/components/analysis/TornadoChart";

/** The Analysis tab rendered on the server (no DOM): what it shows in each state, in both languages. */

const LANGUAGES: readonly Language[] = ["en", "sv"];
const SOURCES: Sources = {
  impactMaps: [
    { table: "SroiImpactMap", sheet: "Effektkarta" },
    { table: "SroiImpactMap_2", sheet: "Kopia" },
  ],
  beforeAfter: [],
  analyses: [{ table: "SroiAnalysisInputs", sheet: "Analys" }],
};
const READY: AnalysisState = { ...INITIAL_ANALYSIS_STATE, sources: { phase: "ready", sources: SOURCES } };
const FORM = initialAnalysisForm(1234567);
const noop = () => undefined;

/** A writer that must not be called while the panel only renders (a call throws, and the render with it). */
const refuse = (): never => {
  throw new Error("the writer was called while rendering");
};
const untouched: PanelWriter = { listSources: refuse, readImpactMap: refuse, writeAnalysis: refuse, activateSheet: refuse };

function view(props: Partial<AnalysisViewProps> & { language: Language }): string {
  const all: AnalysisViewProps = {
    state: READY,
    form: FORM,
    problems: {},
    fixFields: false,
    settingsAtField: false,
    folded: [],
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
    },
    ...props,
  };
  return render(<AnalysisView {...all} />);
}

function render(element: ReactElement): string {
  return renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

/** Text as compared: spaces of any kind collapsed, none before punctuation. */
const norm = (value: string): string =>
  value
    .replace(/\s+/g, " ")
    .replace(/ ([:.,;)])/g, "$1")
    .trim();

/** The text a reader sees (styles and tags removed, entities decoded), normalised. */
function text(html: string): string {
  const decoded = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return norm(decoded);
}

/** Asserts the rendered text shows `expected` (normalised the same way). */
function shows(shown: string, expected: string): void {
  expect(shown).toContain(norm(expected));
}

/** Every input and select either has an aria-label(ledby) or a label pointing at it. */
function unlabelled(html: string): string[] {
  const controls = [...html.matchAll(/<(input|select)[^>]*>/g)].map((m) => m[0]);
  expect(controls.length).toBeGreaterThan(0);
  return controls.filter((control) => {
    const id = /id="([^"]+)"/.exec(control)?.[1];
    return !(/aria-label(ledby)?=/.test(control) || (id !== undefined && html.includes(`for="${id}"`)));
  });
}

const clean = (shown: string) => expect(shown).not.toMatch(/undefined|NaN|\[object|null/);

type Cells = ReturnType<typeof exampleCells>;

/** The cells with the quantity of the rows `which` picks replaced by text. */
function textQuantity(cells: Cells, which: (row: number) => boolean): Cells {
  const column = cells.header.findIndex((h) => h === "Quantity" || h === "Antal");
  return {
    ...cells,
    body: cells.body.map((row, i) => (which(i) && row[column] !== "" ? row.map((v, c) => (c === column ? "many" : v)) : row)),
  };
}

/** A run of the default form (300 runs) over the example map, changed by `change`. */
async function outcomeOf(language: Language, change: (cells: Cells) => Cells): Promise<RunOutcome> {
  const writer = fakeAnalysisWriter({ maps: { SroiImpactMap: change(exampleCells(language)) } });
  const reading = readAnalysisForm(FORM, SOURCES, language);
  if (!reading.ok) throw new Error("the default form has problems");
  const { settings } = reading.request;
  const fewer = { ...settings, monteCarlo: settings.monteCarlo && { ...settings.monteCarlo, runs: 300 } };
  return runAnalysis(writer, { table: "SroiImpactMap", settings: fewer, language }, { now: () => new Date(2026, 11, 1, 9, 30) });
}

describe("AnalysisPanel (server render)", () => {
  it.each(LANGUAGES)("opens listing the impact maps, without asking Excel anything while rendering (%s)", (language) => {
    const shown = text(render(<AnalysisPanel writer={untouched} language={language} />));
    const t = ANALYSIS_STRINGS[language];
    shows(shown, t.heading);
    shows(shown, t.intro);
    shows(shown, t.listing);
    clean(shown);
  });
});

describe("AnalysisView (server render)", () => {
  describe.each(LANGUAGES)("the form in %s", (language) => {
    const t = ANALYSIS_STRINGS[language];
    const e = EVIDENCE_STRINGS[language];
    const html = view({ language, folded: ["advanced", "steps", "spreads"], form: { ...FORM, target: "refresh" } });
    const shown = text(html);

    it("shows every label, section help and the per-assumption tables", () => {
      for (const label of [
        t.mapLabel,
        t.mapHint,
        t.refreshList,
        t.sensitivityHeading,
        t.sensitivityHelp,
        e.movesLabel,
        e.toRanges,
        e.toRangesHint,
        e.byStep,
        e.byStepHint,
        e.rateStepLabel,
        e.rateStepHint,
        t.ownSteps,
        t.ownStepsHelp,
        t.stepSize,
        t.stepUnit,
        t.breakEvenHeading,
        t.breakEvenHelp,
        t.uncertaintyHeading,
        t.uncertaintyHelp,
        t.monteCarlo,
        t.runsLabel,
        t.seedLabel,
        t.seedHint,
        t.newSeed,
        t.distributionLabel,
        t.triangular,
        t.triangularHint,
        t.pert,
        t.pertHint,
        t.binsLabel,
        t.spreads,
        e.spreadsHelp,
        t.low,
        t.high,
        t.targetLabel,
        t.targetNew,
        t.targetRefresh,
        t.targetHelp,
        t.refreshLabel,
        t.refreshHint,
        t.run,
      ]) {
        shows(shown, label);
      }
      // Each assumption heads one row of own steps and one of low / high.
      for (const a of ASSUMPTIONS) expect(html.split(`>${assumptionText(a)[language]}</`).length - 1).toBe(2);
      shows(shown, t.units.points);
      shows(shown, t.units.money);
      clean(shown);
    });

    it("labels every input and select", () => {
      expect(unlabelled(html)).toEqual([]);
    });

    it("lists the maps by sheet without the add-in's table names, the analyses to refresh by sheet, and shows the seed drawn", () => {
      expect(html).toMatch(/<option value="SroiImpactMap"[^>]*>Effektkarta<\/option>/);
      expect(html).toMatch(/<option value="SroiImpactMap_2"[^>]*>Kopia<\/option>/);
      expect(shown).not.toContain("SroiImpactMap");
      expect(html).toMatch(/<option value="SroiAnalysisInputs"[^>]*>Analys<\/option>/);
      expect(html).toContain('value="1234567"');
      expect(html).toContain(`lang="${language}"`);
    });
  });

  it.each(LANGUAGES)("says there is no impact map yet and offers no form (%s)", (language) => {
    const t = ANALYSIS_STRINGS[language];
    const state: AnalysisState = { ...READY, sources: { phase: "ready", sources: { impactMaps: [], beforeAfter: [], analyses: [] } } };
    const shown = text(view({ language, state }));
    shows(shown, t.noMapsTitle);
    shows(shown, t.noMaps(impactMapTemplate.title[language]));
    shows(shown, t.refreshList);
    expect(shown).not.toContain(t.stepLabel);
    // the button stays in its place, unavailable, so the tab always shows where its action is
    expect(view({ language, state })).toMatch(new RegExp(`<button[^>]*aria-disabled="true"[^>]*>${t.run}</button>`));
    clean(shown);
  });

  it("names a map by its number on its sheet when a sheet holds two, never by its table", () => {
    const maps = [
      { table: "SroiImpactMap", sheet: "Karta" },
      { table: "SroiImpactMap_2", sheet: "Karta" },
      { table: "SroiImpactMap_3", sheet: "Effektkarta Jobbsatsning 2026 X" },
    ];
    expect(maps.map((m) => mapOptionText(m, maps, "sv"))).toEqual([
      "Karta (karta 1)",
      "Karta (karta 2)",
      "Effektkarta Jobbsatsning 2026 X",
    ]);
    expect(mapOptionText(maps[1], maps, "en")).toBe("Karta (map 2)");
  });

  it("shows Excel's problem when the workbook cannot be listed", () => {
    const state: AnalysisState = { ...READY, sources: { phase: "failed", problem: { kind: "cellEditMode" } } };
    const shown = text(view({ language: "sv", state }));
    shows(shown, problemMessage({ kind: "cellEditMode" }, "sv").body);
    shows(shown, ANALYSIS_STRINGS.sv.refreshList);
  });

  it("offers a new sheet only, and hides the Monte Carlo fields when it is off", () => {
    const t = ANALYSIS_STRINGS.en;
    const state: AnalysisState = { ...READY, sources: { phase: "ready", sources: { ...SOURCES, analyses: [] } } };
    const shown = text(view({ language: "en", state, form: { ...FORM, monteCarlo: false } }));
    expect(shown).not.toContain(t.targetRefresh);
    expect(shown).not.toContain(t.runsLabel);
    shows(shown, t.monteCarlo);
  });

  it("shows the problems it is given at their fields, and asks for them to be fixed", () => {
    const t = ANALYSIS_STRINGS.sv;
    const form: AnalysisForm = withSpread({ ...FORM, runs: "99" }, "proxy", { high: "" });
    const problems = { runs: t.runsProblem("99", "100", "100\u00a0000"), "high.proxy": t.pairProblem };
    const html = view({ language: "sv", form, problems, fixFields: true, folded: ["advanced", "spreads"] });
    const shown = text(html);
    shows(shown, problems.runs);
    shows(shown, t.pairProblem);
    // the summary names each field, in the form's order, as a link
    shows(shown, `${t.fixFieldsTitle} ${t.runsLabel} Finansiell proxy: ${t.high}`);
    expect(fieldsInOrder({ "high.proxy": "x", seed: "x", "step.quantity": "x", runs: "x", map: "x" })).toEqual([
      "map",
      "runs",
      "seed",
      "step.quantity",
      "high.proxy",
    ]);
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(2);
  });

  it.each(LANGUAGES)("shows the progress of the Monte Carlo with a Cancel, the form disabled (%s)", (language) => {
    const t = ANALYSIS_STRINGS[language];
    const state: AnalysisState = {
      ...READY,
      run: { phase: "running", progress: { step: "simulating", done: 1200, total: 5000 }, cancelling: false },
    };
    const html = view({ language, state });
    const shown = text(html);
    shows(shown, t.simulating(language === "sv" ? "1\u00a0200" : "1,200", language === "sv" ? "5\u00a0000" : "5,000"));
    shows(shown, t.cancel);
    shows(shown, t.simulatingStatus);
    expect(html).toMatch(/<input[^>]*disabled/);
    expect(html).toContain('aria-live="polite"');
  });

  it("asks before a Monte Carlo estimated at over a minute, offering the runs that fit in one, instead of the progress", () => {
    // 2 000 rows × 100 000 runs × 0.03125 ms = 6 250 000 ms = 104.2 min → "105 minutes"; a run of
    // 2 000 rows takes 62.5 ms, so 60 000 / 62.5 = 960 runs fit in a minute.
    const question = { rows: 2000, runs: 100_000, msPerRowRun: 0.03125, ms: 6_250_000, suggestedRuns: 960 };
    const state: AnalysisState = { ...READY, run: { phase: "running", progress: { step: "computing" }, cancelling: false, question } };
    const sv = text(view({ language: "sv", state }));
    shows(sv, "Simuleringen tar lång tid");
    shows(sv, "100\u00a0000 körningar över 2\u00a0000 rader i effektkartan tar cirka 105 minuter");
    shows(sv, "960 körningar ryms på ungefär en minut.");
    for (const button of ["Kör 960 körningar", "Kör alla 100\u00a0000", "Avbryt"]) shows(sv, button);
    expect(sv).not.toContain(norm(ANALYSIS_STRINGS.sv.computing));
    const en = text(view({ language: "en", state }));
    shows(en, "100,000 runs over 2,000 impact-map rows take about 105 minutes");
    for (const button of ["Run 960 runs", "Run all 100,000", "Cancel"]) shows(en, button);
  });

  it.each(LANGUAGES)("shows the key figures, a link to the sheet and the rows left out after a run (%s)", async (language) => {
    const t = ANALYSIS_STRINGS[language];
    const e = EVIDENCE_STRINGS[language];
    const outcome = await outcomeOf(language, (cells) => textQuantity(cells, (i) => i === 0));
    if (outcome.kind !== "written") throw new Error(`not written: ${outcome.kind}`);
    const state: AnalysisState = { ...READY, run: { phase: "finished", outcome } };
    const shown = text(view({ language, state }));
    const { result } = outcome;
    shows(shown, t.written(outcome.sheet));
    shows(shown, t.openSheet(outcome.sheet));
    shows(shown, `${t.ratio} ${formatRatio(result.base.ratio!, language)}`);
    shows(shown, `${t.netValue} ${formatMoney(result.base.netValue, language, "kr")}`);
    shows(shown, t.tornadoTitle);
    for (const bar of result.tornado.bars.slice(0, PANE_BARS)) {
      shows(
        shown,
        `${assumptionText(bar.assumption)[language]} ${bar.step === null ? e.tornadoDown : t.tornadoDown} ${formatRatio(bar.down.ratio!, language)} · ${bar.step === null ? e.tornadoUp : t.tornadoUp} ${formatRatio(bar.up.ratio!, language)}`,
      );
    }
    // the row left out is said before the ratio it qualifies
    expect(shown.indexOf(norm(t.skippedHeading(1)))).toBeLessThan(shown.indexOf(`${t.ratio} ${formatRatio(result.base.ratio!, language)}`));
    const mc = result.monteCarlo!;
    shows(shown, t.monteCarloRatio("300"));
    shows(
      shown,
      `${t.p10} ${formatRatio(mc.ratio!.p10, language)} ${t.p50} ${formatRatio(mc.ratio!.p50, language)} ${t.p90} ${formatRatio(mc.ratio!.p90, language)}`,
    );
    shows(shown, `${t.belowOne} ${formatShare(mc.probabilityRatioBelowOne!, language)}`);
    expect(outcome.map.skipped).toHaveLength(1);
    shows(shown, t.skippedHeading(1));
    shows(shown, skippedRowText(outcome.map.skipped[0], language));
    expect(analysisStatus(state, language)).toBe(t.written(outcome.sheet));
    clean(shown);
  });

  it("says a refused refresh was not written, in Excel's words", () => {
    const outcome: RunOutcome = { kind: "writer", problem: { kind: "analysisChanged", sheet: "Analys" } };
    for (const language of LANGUAGES) {
      const shown = text(view({ language, state: { ...READY, run: { phase: "finished", outcome } } }));
      shows(shown, problemMessage(outcome.problem, language).body);
    }
  });

  it("explains a map that cannot be read, listing the rows and why", async () => {
    const outcome = await outcomeOf("en", (cells) => textQuantity(cells, () => true));
    expect(outcome.kind).toBe("unreadable");
    if (outcome.kind !== "unreadable" || outcome.problem.kind !== "noRows") throw new Error("expected no rows");
    const shown = text(view({ language: "en", state: { ...READY, run: { phase: "finished", outcome } } }));
    shows(shown, ANALYSIS_STRINGS.en.readProblemTitle);
    shows(shown, impactReadProblemText(outcome.problem, "en"));
    shows(shown, skippedRowText(outcome.problem.skipped[0], "en"));
  });

  it("says a cancelled run wrote nothing, and shows a refused setting under the button unless it is at its field", () => {
    shows(
      text(view({ language: "sv", state: { ...READY, run: { phase: "finished", outcome: { kind: "cancelled" } } } })),
      ANALYSIS_STRINGS.sv.cancelled,
    );
    const error = new SroiError("VALUE", {
      kind: "unknownName",
      argument: "distribution",
      given: "normal",
      allowed: ["triangular", "pert"],
    });
    const refused: AnalysisState = { ...READY, run: { phase: "finished", outcome: { kind: "settings", error } } };
    shows(text(view({ language: "en", state: refused })), errorMessage(error, "en"));
    expect(text(view({ language: "en", state: refused, settingsAtField: true }))).not.toContain(norm(errorMessage(error, "en")));
  });
});
