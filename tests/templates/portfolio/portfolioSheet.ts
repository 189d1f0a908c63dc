import { Complexity, Dec, evaluatePortfolio, rankScores, readWeights, weightedScore } from "../../../src/core";
import type { Language } from "../../../src/core/language";
import {
  BALANCE,
  CANDIDATE_ROWS,
  CANDIDATES,
  COLUMNS,
  CRITERIA,
  CRITERIA_ROWS,
  PORTFOLIO_TEXT as T,
  SUMMARY,
} from "../../../src/templates/portfolio";
import type { Want, Wanted } from "../outcomeContract/contractSheet";

/**
 * What every calculated cell of the portfolio sheet must show, worked out from its input cells with
 * the core (weightedScore, rankScores, evaluatePortfolio), never from the formulas. Shared by the
 * HyperFormula test and the LibreOffice oracle; the inputs must be valid for the core.
 */

type Read = (row: number, column: number) => unknown;
const blank = (v: unknown): boolean => v === undefined || v === null || v === "";
const num = (v: Dec | number): Want => ({ number: new Dec(v) });
const BLANK: Want = { text: "" };
const LEVELS: readonly Complexity[] = ["low", "medium", "high"];

export function portfolioWanted(read: Read, language: Language): Wanted[] {
  const out: Wanted[] = [];
  const set = (row: number, column: number, want: Want) => out.push({ row, column, want });
  const weightsRaw = Array.from({ length: CRITERIA }, (_, i) => read(CRITERIA_ROWS.first + i, 1));
  const weightSum = weightsRaw.reduce<number>((a, w) => a + (typeof w === "number" ? w : 0), 0);
  weightsRaw.forEach((w, i) =>
    set(CRITERIA_ROWS.first + i, 2, typeof w === "number" && weightSum > 0 ? num(new Dec(w).div(weightSum)) : BLANK),
  );
  set(CRITERIA_ROWS.total, 1, num(weightSum));
  for (let i = 0; i < CRITERIA; i++) {
    const name = read(CRITERIA_ROWS.first + i, 0);
    set(CANDIDATES.names, COLUMNS.firstScore + i, { text: blank(name) ? "" : String(name) });
  }

  const rows = Array.from({ length: CANDIDATE_ROWS }, (_, i) => CANDIDATES.first + i);
  const typed = (r: number) => [
    ...Array.from({ length: COLUMNS.ratio }, (_, c) => read(r, c)),
    ...Array.from({ length: COLUMNS.score - COLUMNS.payback }, (_, c) => read(r, COLUMNS.payback + c)),
    read(r, COLUMNS.chosen),
  ];
  const used = rows.filter((r) => typed(r).some((v) => !blank(v)));
  const scoresOf = (r: number) => Array.from({ length: CRITERIA }, (_, i) => read(r, COLUMNS.firstScore + i));
  const scored = used.filter((r) => scoresOf(r).some((v) => !blank(v)));
  const weights = scored.length > 0 ? readWeights(weightsRaw) : [];
  const scores = new Map(scored.map((r) => [r, weightedScore(weights, scoresOf(r), r - CANDIDATES.first + 1)]));
  const ranks = rankScores([...scores.values()]);
  set(CRITERIA_ROWS.check, 0, BLANK);

  const yes = T.yes[language];
  const candidates = used.map((r) => ({
    operation: String(read(r, COLUMNS.operation) ?? ""),
    targetGroup: String(read(r, COLUMNS.targetGroup) ?? ""),
    length: read(r, COLUMNS.length),
    complexity: LEVELS[T.levels.findIndex((l) => l[language] === read(r, COLUMNS.complexity))] ?? null,
    investment: read(r, COLUMNS.investment),
    presentValue: read(r, COLUMNS.presentValue),
    scores: scoresOf(r),
    chosen: String(read(r, COLUMNS.chosen) ?? "").toLocaleLowerCase() === yes.toLocaleLowerCase(),
  }));
  const portfolio = evaluatePortfolio(weightsRaw, candidates);

  const seen = { operation: [] as string[], targetGroup: [] as string[] };
  for (const r of rows) {
    const inv = read(r, COLUMNS.investment);
    const pv = read(r, COLUMNS.presentValue);
    set(r, COLUMNS.ratio, typeof inv === "number" && typeof pv === "number" && inv > 0 ? num(new Dec(pv).div(inv)) : BLANK);
    const score = scores.get(r);
    set(r, COLUMNS.score, score === undefined ? BLANK : num(score));
    set(r, COLUMNS.rank, score === undefined ? BLANK : num(ranks[[...scores.keys()].indexOf(r)]));
    set(r, COLUMNS.check, BLANK);
    for (const [key, column, no] of [
      ["operation", COLUMNS.operation, COLUMNS.operationNo],
      ["targetGroup", COLUMNS.targetGroup, COLUMNS.targetGroupNo],
    ] as const) {
      const label = String(read(r, column) ?? "");
      const first = label !== "" && !seen[key].some((s) => s.toLocaleLowerCase() === label.toLocaleLowerCase());
      if (first) seen[key].push(label);
      set(r, no, first ? num(seen[key].length) : BLANK);
    }
  }

  set(SUMMARY.chosen, 1, num(portfolio.chosen));
  set(SUMMARY.investment, 1, num(portfolio.investment));
  set(SUMMARY.presentValue, 1, num(portfolio.presentValue));
  set(SUMMARY.net, 1, num(portfolio.presentValue.minus(portfolio.investment)));
  set(SUMMARY.ratio, 1, portfolio.ratio === null ? BLANK : num(portfolio.ratio));
  for (let k = 0; k < CANDIDATE_ROWS; k++) {
    const op = portfolio.byOperation[k];
    const group = portfolio.byTargetGroup[k];
    set(BALANCE.first + k, 0, { text: op ? op[0] : "" });
    set(BALANCE.first + k, 1, op ? num(op[1]) : BLANK);
    set(BALANCE.first + k, 2, { text: group ? group[0] : "" });
    set(BALANCE.first + k, 3, group ? num(group[1]) : BLANK);
  }
  (["short", "medium", "long"] as const).forEach((band, i) => set(BALANCE.lengthFirst + i, 6, num(portfolio.byLength[band])));
  LEVELS.forEach((level, i) => set(BALANCE.complexityFirst + i, 6, num(portfolio.byComplexity[level])));
  return out;
}
