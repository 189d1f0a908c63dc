import {
  ASSUMPTIONS,
  AnalysisSettings,
  Assumption,
  Distribution,
  MAX_RUNS,
  MAX_SEED,
  MonteCarloSettings,
  RangeSettings,
  Spread,
  Step,
} from "../core/analysis";
import type { Dec } from "../core/decimal";
import type { SroiError } from "../core/errors";
import type { Language } from "../core/language";
import type { Sources, TableRef } from "../workbook/ports";
import { formatWhole } from "./numberFormat";
import { Checked, NumberRule, checkNumber, fractionOf } from "./analysisNumbers";
import { ANALYSIS_STRINGS, AnalysisStrings } from "./analysisStrings";
import { EVIDENCE_STRINGS } from "./evidenceStrings";

/**
 * The analysis panel's form as typed (numbers stay text until checked), what is wrong with each
 * field in the pane's language, and the analysis settings it turns into. Pure, so it is tested
 * without React. Percentages are typed as percent ("10" is 10 %) and become fractions exactly.
 */

/** relative: a % of each value; absolute: the assumption's own unit (see STEP_UNITS). */
export type StepKind = Step["kind"];

/** An assumption's own tornado step; a blank size means the step for every assumption. */
export interface StepText {
  readonly kind: StepKind;
  readonly size: string;
}

/**
 * Low and high in % below and above the base value, for every row. Both blank: a row assumption
 * takes each row's evidence grade's spread, the discount rate (no grade) stays fixed.
 */
export interface SpreadText {
  readonly low: string;
  readonly high: string;
}

/** The form as typed: numbers are text until readAnalysisForm checks them. */
export interface AnalysisForm {
  /** The impact map's table; when it is not listed, the first listed map is used. */
  readonly map: string;
  readonly step: string;
  readonly steps: Readonly<Record<Assumption, StepText>>;
  readonly monteCarlo: boolean;
  readonly runs: string;
  readonly seed: string;
  readonly distribution: Distribution;
  readonly bins: string;
  readonly spreads: Readonly<Record<Assumption, SpreadText>>;
  /** How the tornado moves each assumption: to its low and high (as the Monte Carlo), or by its step. */
  readonly tornado: TornadoMoves;
  readonly target: "new" | "refresh";
  /** The inputs table of the analysis sheet to refresh; when not listed, the first listed. */
  readonly refresh: string;
}

/** ranges: to each row's low and high (the spreads, as the Monte Carlo draws); step: by the step. */
export type TornadoMoves = "ranges" | "step";

/** The unit of an absolute step: percentage points for shares and the rate, years, money, people. */
export type StepUnit = "points" | "years" | "money" | "people";

/** The unit each assumption's absolute step is typed in. */
export const STEP_UNITS: Readonly<Record<Assumption, StepUnit>> = {
  quantity: "people",
  outcome_rate: "points",
  deadweight: "points",
  attribution: "points",
  displacement: "points",
  proxy: "money",
  years: "years",
  drop_off: "points",
  discount_rate: "points",
};

/** Limits and defaults of the Monte Carlo fields (the core allows more: 1 run, up to 1 000 intervals). */
export const MIN_RUNS = 100;
const DEFAULT_RUNS = 5000;
export const MIN_BINS = 5;
export const MAX_FORM_BINS = 100;
const DEFAULT_BINS = 20;
/** The largest "high" in % above the base value. */
const MAX_HIGH = 1000;

const byAssumption = <T>(f: (a: Assumption) => T): Record<Assumption, T> =>
  Object.fromEntries(ASSUMPTIONS.map((a) => [a, f(a)])) as Record<Assumption, T>;

/** A seed drawn at random (0 … MAX_SEED), shown in the form so the run can be repeated. */
export function randomSeed(random: () => number = Math.random): number {
  return Math.min(MAX_SEED, Math.floor(random() * (MAX_SEED + 1)));
}

/**
 * The form as it opens: the tornado to each row's low and high from its evidence grade (no spread
 * typed), a 10 % step for the discount rate, the Monte Carlo on with 5 000 runs and the given seed,
 * a new sheet.
 */
export function initialAnalysisForm(seed: number): AnalysisForm {
  return {
    map: "",
    step: "10",
    steps: byAssumption(() => ({ kind: "relative", size: "" })),
    monteCarlo: true,
    runs: String(DEFAULT_RUNS),
    seed: String(seed),
    distribution: "triangular",
    bins: String(DEFAULT_BINS),
    spreads: byAssumption(() => ({ low: "", high: "" })),
    tornado: "ranges",
    target: "new",
    refresh: "",
  };
}

/** The form with one assumption's own step changed. */
export function withStep(form: AnalysisForm, assumption: Assumption, change: Partial<StepText>): AnalysisForm {
  return { ...form, steps: { ...form.steps, [assumption]: { ...form.steps[assumption], ...change } } };
}

/** The form with one assumption's low or high changed. */
export function withSpread(form: AnalysisForm, assumption: Assumption, change: Partial<SpreadText>): AnalysisForm {
  return { ...form, spreads: { ...form.spreads, [assumption]: { ...form.spreads[assumption], ...change } } };
}

/** The impact map the form points at among those listed: the one chosen, else the first. */
export function chosenMap(form: AnalysisForm, maps: readonly TableRef[]): TableRef | undefined {
  return maps.find((m) => m.table === form.map) ?? maps[0];
}

/** The analysis sheet a refresh would rewrite among those listed: the one chosen, else the first. */
export function chosenAnalysis(form: AnalysisForm, analyses: readonly TableRef[]): TableRef | undefined {
  return analyses.find((a) => a.table === form.refresh) ?? analyses[0];
}

/** A field of the form, as problems are keyed: per-assumption fields are "step.proxy", "low.years", …. */
export type AnalysisField =
  "map" | "step" | "runs" | "seed" | "bins" | "spreads" | "refresh" | `step.${Assumption}` | `low.${Assumption}` | `high.${Assumption}`;

/** What is wrong with each field, in the pane's language. */
export type AnalysisFieldProblems = Partial<Record<AnalysisField, string>>;

/** What the form asks for once every field is right. */
interface AnalysisRequest {
  readonly map: TableRef;
  readonly settings: AnalysisSettings;
  /** The analysis sheet to refresh in place; absent: a new sheet. */
  readonly replace?: TableRef;
}

/** The form read: the request, or every problem. */
export type FormReading =
  { readonly ok: true; readonly request: AnalysisRequest } | { readonly ok: false; readonly problems: AnalysisFieldProblems };

const PERCENT_STEP: NumberRule = { min: 0, aboveMin: true, max: 100, percent: true };
const UNIT_RULES: Readonly<Record<StepUnit, NumberRule>> = {
  points: PERCENT_STEP,
  years: { min: 1, max: 99, whole: true },
  money: { min: 0, aboveMin: true },
  people: { min: 0, aboveMin: true },
};
const UNIT_PROBLEMS: Readonly<Record<StepUnit, (t: AnalysisStrings, given: string) => string>> = {
  points: (t, given) => t.pointsProblem(given),
  years: (t, given) => t.yearsProblem(given),
  money: (t, given) => t.moneyProblem(given),
  people: (t, given) => t.peopleProblem(given),
};

/**
 * Checks every field and, when all are right, gives the map, the settings and the sheet to
 * refresh. Fields of the Monte Carlo count only while it is switched on, the sheet to refresh only
 * when refreshing. A relative step or an absolute one in percentage points is a fraction (10 →
 * 0.1); years, money and people are taken as typed.
 */
export function readAnalysisForm(form: AnalysisForm, sources: Sources, language: Language): FormReading {
  const t = ANALYSIS_STRINGS[language];
  const problems: AnalysisFieldProblems = {};
  const take = (field: AnalysisField, typed: string, rule: NumberRule, problem: (given: string) => string, optional = false): Checked => {
    const checked = checkNumber(typed, rule);
    if (checked.kind === "bad" || (checked.kind === "blank" && !optional)) problems[field] = problem(typed);
    return checked;
  };
  const fraction = (checked: Checked): Dec | undefined => (checked.kind === "ok" ? fractionOf(checked) : undefined);

  const map = chosenMap(form, sources.impactMaps);
  if (map === undefined) problems.map = t.chooseMap;
  const step = fraction(take("step", form.step, PERCENT_STEP, t.stepProblem));
  const steps: Partial<Record<Assumption, Step>> = {};
  for (const a of ASSUMPTIONS) {
    const { kind, size } = form.steps[a];
    const unit = STEP_UNITS[a];
    const rule = kind === "relative" ? PERCENT_STEP : UNIT_RULES[unit];
    const problem = kind === "relative" ? t.stepProblem : (given: string) => UNIT_PROBLEMS[unit](t, given);
    const checked = take(`step.${a}`, size, rule, problem, true);
    if (checked.kind === "ok") steps[a] = { kind, size: kind === "relative" || unit === "points" ? fractionOf(checked) : checked.value };
  }
  const usesRanges = form.monteCarlo || form.tornado === "ranges";
  const spreads = usesRanges ? readSpreads(form, language, problems, take) : {};
  const monteCarlo = form.monteCarlo ? readMonteCarlo(form, language, take, spreads) : null;
  const replace = form.target === "refresh" ? chosenAnalysis(form, sources.analyses) : undefined;
  if (form.target === "refresh" && replace === undefined) problems.refresh = t.chooseAnalysis;

  if (Object.keys(problems).length > 0 || map === undefined || step === undefined) return { ok: false, problems };
  const ranges: RangeSettings = { spreads, fromGrades: true, tornado: form.tornado === "ranges" };
  const settings: AnalysisSettings = { step: { kind: "relative", size: step }, steps, monteCarlo, ranges };
  return { ok: true, request: replace === undefined ? { map, settings } : { map, settings, replace } };
}

type Take = (field: AnalysisField, typed: string, rule: NumberRule, problem: (given: string) => string, optional?: boolean) => Checked;

function readMonteCarlo(
  form: AnalysisForm,
  language: Language,
  take: Take,
  spreads: Partial<Record<Assumption, Spread>>,
): MonteCarloSettings | null {
  const t = ANALYSIS_STRINGS[language];
  const n = (value: number): string => formatWhole(value, language);
  const runs = take("runs", form.runs, { min: MIN_RUNS, max: MAX_RUNS, whole: true }, (g) => t.runsProblem(g, n(MIN_RUNS), n(MAX_RUNS)));
  const seed = take("seed", form.seed, { min: 0, max: MAX_SEED, whole: true }, (g) => t.seedProblem(g, n(MAX_SEED)));
  const bins = take("bins", form.bins, { min: MIN_BINS, max: MAX_FORM_BINS, whole: true }, (g) =>
    t.binsProblem(g, n(MIN_BINS), n(MAX_FORM_BINS)),
  );
  if (runs.kind !== "ok" || seed.kind !== "ok" || bins.kind !== "ok") return null;
  return {
    runs: runs.value.toNumber(),
    seed: seed.value.toNumber(),
    distribution: form.distribution,
    bins: bins.value.toNumber(),
    spreads,
  };
}

/**
 * The low and high typed per assumption, as spreads for every row; an assumption left blank is
 * absent (its rows' grades set it, or it stays fixed). Low and high go in pairs.
 */
function readSpreads(
  form: AnalysisForm,
  language: Language,
  problems: AnalysisFieldProblems,
  take: Take,
): Partial<Record<Assumption, Spread>> {
  const t = ANALYSIS_STRINGS[language];
  const n = (value: number): string => formatWhole(value, language);
  const spreads: Partial<Record<Assumption, Spread>> = {};
  for (const a of ASSUMPTIONS) {
    const { low, high } = form.spreads[a];
    const down = take(`low.${a}`, low, { min: 0, max: 100, percent: true }, t.lowProblem, true);
    const up = take(`high.${a}`, high, { min: 0, max: MAX_HIGH, percent: true }, (g) => t.highProblem(g, n(MAX_HIGH)), true);
    if (down.kind === "blank" && up.kind === "blank") continue;
    const pair = a === "discount_rate" ? t.pairProblem : EVIDENCE_STRINGS[language].pairGradeProblem;
    if (down.kind === "blank") problems[`low.${a}`] = pair;
    if (up.kind === "blank") problems[`high.${a}`] = pair;
    if (down.kind === "ok" && up.kind === "ok") spreads[a] = { down: fractionOf(down), up: fractionOf(up) };
  }
  return spreads;
}

/**
 * The field an error of the core's settings checks (startAnalysis) belongs to, by the argument it
 * names; undefined when it is about the form as a whole.
 */
export function settingsErrorField(error: SroiError): AnalysisField | undefined {
  const argument = "argument" in error.detail ? error.detail.argument : "";
  return argument === "step" || argument === "runs" || argument === "seed" || argument === "bins" ? argument : undefined;
}
