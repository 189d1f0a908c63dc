import type { Language } from "../../core/language";
import {
  calc,
  cellAddress,
  check,
  defineTemplate,
  estimatedRowHeights,
  fill,
  header,
  help,
  helpMerges,
  label,
  nameOf,
  parseRange,
  picker,
  rangeAddress,
  SheetBuilder,
  SheetSources,
  title,
  total,
} from "../kit";
import type { ConditionalFormatSpec, Format, SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { initialBaseYear } from "../prices";
import { IMPACT_CALC } from "./impactColumns";
import { impactExampleRows } from "./impactExample";
import { EVIDENCE_SPANS, mapColumn, PRINT_FIGURES, printLayout, WRAPPED_FIGURES } from "./printLayout";
import { printRowHeights } from "./printHeights";
import type { PrintLayout } from "./printLayout";
import { evidenceFormulas } from "./printEvidence";
import { PRINT_TEXT as T } from "./printText";

/**
 * The impact map's print view (effektkarta för utskrift): the map's 31 columns cannot be read on
 * A4, so this sheet shows what a reader of the printout needs at a readable size on two landscape
 * pages: the key figures, one line of figures per map row, then each row's identification,
 * comparison alternative and sources as wrapped text. Every cell is a formula on the map through
 * INDIRECT (kit/sheetSources.ts), so the view follows every edit of the map and says so, instead
 * of showing errors, when the map is missing or was made with another number of years.
 */

/** Net SROI beside each ratio: its label merged over three columns from here (one left blank before it), the value right of them. */
const NET_SROI_COLUMN = 4;

/** Every other row of a table white, so the eye follows a row of several lines across the page. */
function banding(top: number, bottom: number): ConditionalFormatSpec {
  return {
    type: "formula",
    range: rangeAddress(top, 0, bottom, PRINT_FIGURES.length - 1),
    formula: `=MOD(ROW(),2)=${(top + 1) % 2}`,
    fill: "#FFFFFF",
  };
}

function addKeyFigures(sheet: SheetBuilder, l: PrintLayout, src: SheetSources, language: Language): void {
  const p = picker(language);
  const m = l.map;
  const net = m.evidence.netSroiColumn + 1;
  const figure = (row: number, text: typeof T.ratio, mapRow: number, format: Format) =>
    sheet.putRow(row, 0, [label(p(text)), undefined, total(src.value("impactMap", cellAddress(mapRow, 1)), format)]);
  figure(l.totalPresentValueRow, T.totalPV, m.totalPresentValueRow, "money");
  figure(l.investmentRow, T.investment, m.investmentRow, "money");
  figure(l.ratioRow, T.ratio, m.ratioRow, "ratio");
  figure(l.adjustedRatioRow, T.adjustedRatio, m.evidence.adjustedRatioRow, "ratio");
  for (const [row, mapRow] of [
    [l.ratioRow, m.ratioRow],
    [l.adjustedRatioRow, m.evidence.adjustedRatioRow],
  ])
    sheet.putRow(row, NET_SROI_COLUMN, [
      label(p(T.netSroi)),
      undefined,
      undefined,
      total(src.value("impactMap", cellAddress(mapRow, net)), "ratio"),
    ]);
}

/** "" when the map is there and its present-value column is where this view looks; else why not. */
function messageFormula(l: PrintLayout, src: SheetSources, language: Language, years: number): string {
  const p = picker(language);
  const sheet = src.name("impactMap");
  const pvHeader = `${src.ref("impactMap", cellAddress(l.map.headerRow, l.map.presentValueColumn))}&""`;
  const missing = fill(p(T.missing), { sheet }).replace(/"/g, '""');
  const other = fill(p(T.otherYears), { sheet, years }).replace(/"/g, '""');
  const known = [IMPACT_CALC.presentValue.sv, IMPACT_CALC.presentValue.en].map((h) => `${pvHeader}="${h}"`).join(",");
  return `=IF(NOT(${src.exists("impactMap")}),"${missing}",IF(OR(${known}),"","${other}"))`;
}

function addFigures(sheet: SheetBuilder, l: PrintLayout, src: SheetSources, language: Language): void {
  const p = picker(language);
  const message = cellAddress(l.messageRow, 0, true);
  sheet.put(l.figuresTitleRow, 0, { value: p(T.figures), role: "section" });
  sheet.putRow(
    l.figuresHeaderRow,
    0,
    PRINT_FIGURES.map((f) => header(p(f.header))),
  );
  const mirror = (mapRow: number, column: number, id: string): string => {
    const address = cellAddress(mapRow, column);
    if (id !== "presentValue") return src.value("impactMap", address);
    const ref = src.ref("impactMap", address);
    // The present-value column moves with the map's years: read it only when the message is blank.
    return `=IF(${message}<>"","",IFERROR(IF(${ref}="","",${ref}),""))`;
  };
  for (let i = 0; i < l.rows; i++) {
    const row = l.firstFigureRow + i;
    PRINT_FIGURES.forEach((f, c) => sheet.put(row, c, calc(mirror(l.map.firstRow + i, mapColumn(f, l.map), f.id), f.format)));
  }
  sheet.put(l.figuresTotalRow, 0, label(p(T.total)));
  PRINT_FIGURES.forEach((f, c) => {
    if (f.id === "yearOne" || f.id === "presentValue")
      sheet.put(l.figuresTotalRow, c, total(mirror(l.map.totalRow, mapColumn(f, l.map), f.id), "money"));
  });
  sheet.wrap(l.firstFigureRow, 0, l.figuresTotalRow - 1, WRAPPED_FIGURES - 1);
  sheet.alignTop(l.firstFigureRow, 0, l.figuresTotalRow - 1, PRINT_FIGURES.length - 1);
  sheet.conditionalFormat(banding(l.firstFigureRow, l.figuresTotalRow - 1));
}

function addEvidence(sheet: SheetBuilder, l: PrintLayout, src: SheetSources, language: Language): void {
  const p = picker(language);
  const s = EVIDENCE_SPANS;
  sheet.put(l.evidenceTitleRow, 0, { value: p(T.evidence), role: "section" });
  sheet.put(l.evidenceHeaderRow, s.outcome.left, header(p(T.outcome)));
  sheet.put(l.evidenceHeaderRow, s.comparison.left, header(p(T.comparison)));
  sheet.put(l.evidenceHeaderRow, s.sources.left, header(p(T.sources)));
  for (let i = 0; i < l.rows; i++) {
    const f = evidenceFormulas(src, l.map.firstRow + i, language);
    const row = l.firstEvidenceRow + i;
    sheet.put(row, s.outcome.left, calc(f.outcome, "text"));
    sheet.put(row, s.comparison.left, calc(f.comparison, "text"));
    sheet.put(row, s.sources.left, calc(f.sources, "text"));
  }
  // Only the merged cells' first columns: the cells a merge covers take no format of their own.
  for (const span of Object.values(s)) {
    sheet.wrap(l.firstEvidenceRow, span.left, l.lastRow, span.left);
    sheet.alignTop(l.firstEvidenceRow, span.left, l.lastRow, span.left);
  }
  sheet.conditionalFormat(banding(l.firstEvidenceRow, l.lastRow));
}

/** Merges: the key figures' labels, the evidence table's three texts per row (header and rows). */
function merges(l: PrintLayout): string[] {
  const out: string[] = [];
  for (const row of [l.totalPresentValueRow, l.investmentRow, l.ratioRow, l.adjustedRatioRow]) out.push(rangeAddress(row, 0, row, 1));
  for (const row of [l.ratioRow, l.adjustedRatioRow]) out.push(rangeAddress(row, NET_SROI_COLUMN, row, NET_SROI_COLUMN + 2));
  for (let row = l.evidenceHeaderRow; row <= l.lastRow; row++)
    for (const span of Object.values(EVIDENCE_SPANS)) out.push(rangeAddress(row, span.left, row, span.right));
  return out;
}

function buildPrintView(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language, years } = options;
  const p = picker(language);
  const l = printLayout(years);
  const src = new SheetSources(names, language);
  const sheet = new SheetBuilder("impactMapPrint", nameOf("impactMapPrint", names, language), "#70AD47");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(fill(p(T.help), { sheet: src.name("impactMap") })))
    .put(l.messageRow, 0, check(messageFormula(l, src, language, years)));
  addKeyFigures(sheet, l, src, language);
  addFigures(sheet, l, src, language);
  addEvidence(sheet, l, src, language);
  const spec = sheet
    .columnWidths(PRINT_FIGURES.map((f) => f.width))
    .freeze(2)
    .build();
  const example = options.example ? impactExampleRows(language, years, initialBaseYear(options)) : [];
  const last = PRINT_FIGURES.length - 1;
  // In sheet order, as a workbook lists them when read back.
  const all = [...merges(l), ...helpMerges(spec, last), rangeAddress(l.messageRow, 0, l.messageRow, last)]
    .map(parseRange)
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((b) => rangeAddress(b.top, b.left, b.bottom, b.right));
  return { ...spec, merges: all, rowHeights: { ...estimatedRowHeights(spec, all), ...printRowHeights(l, example, language) } };
}

export const impactMapPrintTemplate = defineTemplate("impactMapPrint", ["impactMapPrint"], (options, names) => [
  buildPrintView(options, names),
]);
