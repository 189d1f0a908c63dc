import type { Language } from "../../../src/core/language";
import { cellAddress } from "../../../src/templates/kit/a1";
import { printLayout } from "../../../src/templates/impactMap/printLayout";
import { ANY_TEXT, BLANK, Expected, ExpectedCells, number, PlannedSheets, sameLabel, text } from "./expected";

/**
 * The impact map's print view copies the map (checked against the core by its own oracle), so
 * each figure is expected to equal the map's expected value, or the map's input, in the cell found
 * here by the map's own labels and headers (not by the view's formulas): a key figure by its label
 * in the map's column A (Net SROI right of its label in the ratio's row), a figure column by its
 * header in the map's header row, a row by its position under the header, the total by the map's
 * total label. A blank input shows blank, not 0. The evidence texts are joined here from the map's
 * inputs. Without a map (or with a map of another number of years) the view says so and shows no
 * figure.
 */

const K = "impactMapPrint";
const M = "impactMap";

/** View headers that name the map's column differently. */
const ALIASES: Readonly<Record<string, string>> = { Prisår: "Proxyns prisår", "Price year": "Proxy price year" };

/** The sources' labels in the evidence text, by the map's source column header (either language). */
const SOURCE_LABELS: readonly [string, Record<Language, string>][] = [
  ["quantity", { en: "Quantity", sv: "Antal" }],
  ["outcome rate", { en: "Outcome rate", sv: "Utfallsandel" }],
  ["deadweight", { en: "Deadweight", sv: "Dödvikt" }],
  ["attribution", { en: "Attribution", sv: "Tillskrivning" }],
  ["displacement", { en: "Displacement", sv: "Undanträngning" }],
  ["proxy", { en: "Financial proxy", sv: "Finansiell proxy" }],
  ["period and drop-off", { en: "Period and drop-off", sv: "Period och avtrappning" }],
];
const SOURCE_HEADER: Record<Language, (what: string) => string> = {
  en: (what) => `Source: ${what}`,
  sv: (what) =>
    `Källa: ${{ quantity: "antal", "outcome rate": "utfallsandel", deadweight: "dödvikt", attribution: "tillskrivning", displacement: "undanträngning", proxy: "proxy", "period and drop-off": "period och avtrappning" }[what]}`,
};

export function expectImpactMapPrint(planned: PlannedSheets, expected: ExpectedCells, language: Language, years: number): void {
  const view = planned.sheet(K);
  const l = printLayout(years);
  const set = (row: number, column: number, e: Expected): void => expected.set(K, row, column, e);
  const formula = (row: number, column: number): boolean => view.grid[row]?.[column]?.formula !== undefined;
  if (!planned.has(M)) {
    view.grid.forEach((row, r) =>
      row.forEach((cell, c) => cell?.formula !== undefined && set(r, c, r === l.messageRow ? ANY_TEXT : BLANK)),
    );
    return;
  }
  const map = planned.sheet(M);
  /** The map cell's expected value, else its input; blank stays blank. */
  const source = (r: number, c: number): Expected => {
    const known = expected.cells.get(`${map.name}!${cellAddress(r, c)}`);
    if (known) return known;
    const v = planned.value(M, r, c);
    if (v === undefined || v === "") return BLANK;
    return typeof v === "number" ? number(v) : text(String(v));
  };
  const rowOfLabel = (label: string): number => {
    const r = map.grid.findIndex((row) => sameLabel(String(row[0]?.value ?? ""), label));
    if (r < 0) throw new Error(`the impact map has no label "${label}"`);
    return r;
  };
  const headerRow = map.grid.findIndex((row) => row.some((cell) => cell?.role === "header") && String(row[0]?.value ?? "") !== "");
  const columnOfHeader = (header: string): number => {
    const wanted = ALIASES[header] ?? header;
    const c = map.grid[headerRow].findIndex((cell) => sameLabel(String(cell?.value ?? ""), wanted));
    if (c < 0) throw new Error(`the impact map has no header "${wanted}"`);
    return c;
  };

  set(l.messageRow, 0, BLANK);
  // Key figures: the label in A, the value in the first formula right of it; Net SROI likewise.
  for (let r = l.messageRow + 1; r < l.figuresTitleRow; r++) {
    const row = view.grid[r] ?? [];
    if (row[0]?.role !== "label") continue;
    const mapRow = rowOfLabel(String(row[0]?.value ?? ""));
    row.forEach((cell, c) => {
      if (cell?.formula === undefined) return;
      const labelColumn = row.slice(0, c).reduce((last, x, k) => (x?.role === "label" ? k : last), -1);
      const mapLabel = String(row[labelColumn]?.value);
      const mapColumn = map.grid[mapRow].findIndex((x) => sameLabel(String(x?.value ?? ""), mapLabel));
      set(r, c, source(mapRow, mapColumn + 1));
    });
  }
  const headers = view.grid[l.figuresHeaderRow].map((cell) => String(cell?.value ?? ""));
  const columns = headers.map(columnOfHeader);
  const mapFirst = headerRow + 1;
  for (let i = 0; i < l.rows; i++)
    columns.forEach((mc, c) => formula(l.firstFigureRow + i, c) && set(l.firstFigureRow + i, c, source(mapFirst + i, mc)));
  const mapTotal = rowOfLabel(String(view.grid[l.figuresTotalRow][0]?.value));
  columns.forEach((mc, c) => formula(l.figuresTotalRow, c) && set(l.figuresTotalRow, c, source(mapTotal, mc)));

  // Evidence: identification, comparison alternative, labelled sources, from the map's inputs.
  const input = (r: number, header: string): string => {
    const c = map.grid[headerRow].findIndex((cell) => sameLabel(String(cell?.value ?? ""), header));
    return c < 0 ? "" : String(map.grid[r]?.[c]?.value ?? "");
  };
  const H = {
    stakeholder: language === "sv" ? "Intressent" : "Stakeholder",
    outcome: language === "sv" ? "Utfall" : "Outcome",
    indicator: language === "sv" ? "Indikator" : "Indicator",
    comparison: language === "sv" ? "Jämförelsealternativ" : "Comparison alternative",
  };
  for (let i = 0; i < l.rows; i++) {
    const r = mapFirst + i;
    const [who, what, how] = [input(r, H.stakeholder), input(r, H.outcome), input(r, H.indicator)];
    const parts = [
      [who, what].filter((t) => t !== "").join(" – "),
      how === "" ? "" : `${language === "sv" ? "indikator" : "indicator"}: ${how}`,
    ];
    const identification = parts.filter((t) => t !== "").join("; ");
    const sources = SOURCE_LABELS.map(([what, label]) => [label[language], input(r, SOURCE_HEADER[language](what))] as const)
      .filter(([, s]) => s !== "")
      .map(([label, s]) => `${label}: ${s}`)
      .join("; ");
    const row = l.firstEvidenceRow + i;
    const cells = (view.grid[row] ?? []).map((cell, c) => (cell?.formula !== undefined ? c : -1)).filter((c) => c >= 0);
    [identification, input(r, H.comparison), sources].forEach((t, k) => set(row, cells[k], text(t)));
  }
}
