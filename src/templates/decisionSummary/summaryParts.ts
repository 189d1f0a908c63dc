import { ANALYSIS_TEXT } from "../analysisReport";
import { BA } from "../beforeAfter";
import { COST_GRAND_TOTAL, costLayout } from "../costSheet";
import { impactLayout } from "../impactMap";
import { cellAddress, columnLetter, header, label, LISTS, rangeAddress } from "../kit";
import type { Format } from "../kit";
import { RISK_COLUMNS, RISK_FIRST, RISK_LAST } from "../riskMatrix";
import { bar, blockRight, calc, heading, say, topLeft, TWO_LINES } from "./summaryCursor";
import type { Cursor } from "./summaryCursor";
import { ST } from "./summaryText";

/** The decision summary's seven parts, each written from the cursor down (see summaryCursor.ts). */

/** 1. What the investment is: purpose and activities (logic model), participants (cost sheet). */
/** 1. What the investment is: purpose and activities (logic model), participants and target group (cost sheet). */
export function addInvestment(c: Cursor, logicFirstRow: number): void {
  heading(c, ST.sections.what, c.src.missing("logicModelSimple"), c.src.missingText("logicModelSimple"), true);
  const first = (column: number, k: number): string => c.src.ref("logicModelSimple", cellAddress(logicFirstRow + k, column));
  const filled = (column: number): string => {
    const items = [0, 1, 2].map((k) => `IF(${first(column, k)}&""="","",${k === 0 ? "" : '"; "&'}${first(column, k)})`);
    return `=IF(${c.src.exists("logicModelSimple")},IFERROR(IF(${first(column, 0)}&""="","${say(c, ST.notFilled)}",${items.join("&")}),""),"")`;
  };
  // Purpose and activities: up to three entries each, two lines across the page.
  for (const [text, column] of [
    [ST.purpose, 0],
    [ST.activities, 2],
  ] as const) {
    c.sheet.putRow(c.row, 0, [label(say(c, text)), calc(filled(column), "text")]);
    const across = rangeAddress(c.row, 1, c.row, c.layout.right);
    c.layout.merges.push(across);
    c.layout.wraps.push(topLeft(across));
    c.layout.heights[c.row++] = TWO_LINES;
  }
  // Participants and the target group side by side: one in each half.
  const full = costLayout(c.years).fullScale;
  const right = c.layout.halfRight + 1;
  c.sheet.putRow(c.row, 0, [label(say(c, ST.participants)), calc(c.src.number("costSheet", cellAddress(full.participants, 1)), "integer")]);
  c.sheet.putRow(c.row++, right, [
    label(say(c, ST.targetGroup)),
    calc(c.src.number("costSheet", cellAddress(full.targetGroup, 1)), "integer"),
  ]);
}

/** 2. Cost and value by payer (cost sheet's payer block, impact map's payer group), with bars. */
export function addCostByPayer(c: Cursor): { categories: string; cost: string; value: string } {
  heading(c, ST.sections.cost, c.src.missing("costSheet"), c.src.missingText("costSheet"), true);
  const cost = costLayout(c.years);
  const impact = impactLayout(c.years);
  c.sheet.putRow(
    c.row++,
    0,
    [ST.payer, ST.cost, ST.value, ST.costBar, ST.valueBar].map((t) => header(say(c, t))),
  );
  const top = c.row;
  const rows = LISTS.payers.rows;
  const bottom = top + rows - 1;
  for (let i = 0; i < rows; i++, c.row++) {
    const costLabel = c.src.ref("costSheet", cellAddress(cost.payer.firstRow + i, 0));
    const mapLabel = c.src.ref("impactMap", cellAddress(impact.groups.payer.firstRow + i, 0));
    const name = `=IF(${c.src.exists("costSheet")},IFERROR(${costLabel}&"",""),IF(${c.src.exists("impactMap")},IFERROR(${mapLabel}&"",""),""))`;
    c.sheet.putRow(c.row, 0, [
      calc(name, "text"),
      calc(c.src.number("costSheet", cellAddress(cost.payer.firstRow + i, 1 + c.years)), "money"),
      calc(c.src.number("impactMap", cellAddress(impact.groups.payer.firstRow + i, 1)), "money"),
      bar(cellAddress(c.row, 1), rangeAddress(top, 1, bottom, 1, true)),
      bar(cellAddress(c.row, 2), rangeAddress(top, 2, bottom, 2, true)),
    ]);
  }
  c.sheet.putRow(c.row++, 0, [
    label(say(c, ST.totalCost)),
    { ...calc(c.src.number("costSheet", COST_GRAND_TOTAL.replace(/\$/g, "")), "money"), role: "total" },
    { ...calc(c.src.number("impactMap", cellAddress(impact.totalPresentValueRow, 1)), "money"), role: "total" },
  ]);
  return { categories: rangeAddress(top, 0, bottom, 0), cost: rangeAddress(top, 1, bottom, 1), value: rangeAddress(top, 2, bottom, 2) };
}

/** 3. The impact map's key figures, the ratio after optimism bias beside the ratio. */
export function addValue(c: Cursor): void {
  const l = impactLayout(c.years);
  heading(c, ST.sections.value, c.src.missing("impactMap"), c.src.missingText("impactMap"));
  const figures: [typeof ST.ratio, number, Format][] = [
    [ST.presentValue, l.totalPresentValueRow, "money"],
    [ST.investment, l.investmentRow, "money"],
    [ST.ratio, l.ratioRow, "ratio"],
    [ST.adjustedRatio, l.evidence.adjustedRatioRow, "ratio"],
    [ST.weakShare, l.evidence.weakShareRow, "percent"],
    [ST.netValue, l.netValueRow, "money"],
    [ST.payback, l.paybackRow, "months"],
  ];
  for (const [text, row, format] of figures)
    c.sheet.putRow(c.row++, c.col, [label(say(c, text)), calc(c.src.number("impactMap", cellAddress(row, 1)), format)]);
}

/** 4. Year by year: the discounted value so far against the investment (impact map's yearly block). */
export function addOverTime(c: Cursor): { years: string; value: string; investment: string } {
  const l = impactLayout(c.years);
  heading(c, ST.sections.time, c.src.missing("impactMap"), c.src.missingText("impactMap"));
  const k = c.col;
  c.sheet.putRow(
    c.row++,
    k,
    [ST.year, ST.cumulative, ST.investment, ST.valueBar].map((t) => header(say(c, t))),
  );
  const top = c.row;
  const bottom = top + c.years - 1;
  const investment = c.src.ref("impactMap", cellAddress(l.investmentRow, 1));
  for (let t = 1; t <= c.years; t++, c.row++) {
    const position = c.src.ref("impactMap", cellAddress(l.yearCumulativeRow, t));
    c.sheet.putRow(c.row, k, [
      calc(c.src.number("impactMap", cellAddress(l.yearHeaderRow, t)), "year"),
      calc(`=IF(${c.src.exists("impactMap")},IFERROR(${position}+${investment},""),"")`, "money"),
      calc(c.src.number("impactMap", cellAddress(l.investmentRow, 1)), "money"),
      bar(cellAddress(c.row, k + 1), rangeAddress(top, k + 1, bottom, k + 2, true)),
    ]);
  }
  return {
    years: rangeAddress(top, k, bottom, k),
    value: rangeAddress(top, k + 1, bottom, k + 1),
    investment: rangeAddress(top, k + 2, bottom, k + 2),
  };
}

/** 5. Net value per actor and for society (before/after sheet's results). */
export function addGains(c: Cursor): void {
  heading(c, ST.sections.gains, c.src.missing("beforeAfter"), c.src.missingText("beforeAfter"));
  const k = c.col;
  c.sheet.putRow(
    c.row++,
    k,
    [ST.actor, ST.actorNet, ST.valueBar].map((t) => header(say(c, t))),
  );
  const top = c.row;
  const bottom = BA.summary.society - BA.summary.first + top;
  for (let r = BA.summary.first; r <= BA.summary.society; r++, c.row++) {
    c.sheet.putRow(c.row, k, [
      calc(c.src.text("beforeAfter", cellAddress(r, BA.summary.left)), "text"),
      calc(c.src.number("beforeAfter", cellAddress(r, BA.summary.left + BA.summary.columns.netValue)), "money"),
      bar(cellAddress(c.row, k + 1), rangeAddress(top, k + 1, bottom, k + 1, true)),
    ]);
  }
}

/**
 * 6. The three risks with the highest priority; ties in sheet order. Each risk takes two rows, so
 * that the risk and its action wrap on two lines without making the rows beside them taller; the
 * action runs across the rest of the block.
 */
export function addRisks(c: Cursor): void {
  heading(c, ST.sections.risks, c.src.missing("riskMatrix"), c.src.missingText("riskMatrix"));
  const k = c.col;
  const right = blockRight(c, false);
  c.sheet.putRow(
    c.row,
    k,
    [ST.risk, ST.priority, ST.action].map((t) => header(say(c, t))),
  );
  c.layout.merges.push(rangeAddress(c.row, k + 2, c.row++, right));
  const col = (n: number) => columnLetter(n);
  const priorities = c.src.ref(
    "riskMatrix",
    `${col(RISK_COLUMNS.priority)}${RISK_FIRST + 1}:${col(RISK_COLUMNS.priority)}${RISK_LAST + 1}`,
  );
  for (let n = 1; n <= 3; n++, c.row += 2) {
    // Priority minus row/1000: the n-th largest, earlier rows first among equals; the row comes back out.
    const key = `AGGREGATE(14,6,${priorities}-ROW(${priorities})/1000,${n})`;
    const row = `ROUND((ROUNDUP(${key},0)-${key})*1000,0)`;
    const from = (column: number) =>
      `=IF(${c.src.exists("riskMatrix")},IFERROR(INDEX(${c.src.ref("riskMatrix", `${col(column)}:${col(column)}`)},${row})&"",""),"")`;
    c.sheet.putRow(c.row, k, [
      calc(from(RISK_COLUMNS.risk), "text"),
      calc(`=IF(${c.src.exists("riskMatrix")},IFERROR(ROUNDUP(${key},0),""),"")`, "integer"),
      calc(from(RISK_COLUMNS.action), "text"),
    ]);
    const risk = rangeAddress(c.row, k, c.row + 1, k);
    const action = rangeAddress(c.row, k + 2, c.row + 1, right);
    c.layout.merges.push(risk, rangeAddress(c.row, k + 1, c.row + 1, k + 1), action);
    c.layout.wraps.push(topLeft(risk), topLeft(action));
  }
}

/** 7. The Monte Carlo range of the ratio, found by its label on the analysis sheet (either language). */
export function addUncertainty(c: Cursor): void {
  const T = ANALYSIS_TEXT.uncertainty;
  const column = (letter: string) => c.src.ref("analysis", `${letter}:${letter}`);
  const row = `IFERROR(MATCH("${T.belowOne.sv}",${column("A")},0),MATCH("${T.belowOne.en}",${column("A")},0))`;
  heading(c, ST.sections.uncertainty, `=IF(ISNUMBER(${row}),"","${say(c, ST.noAnalysis)}")`, say(c, ST.noAnalysis));
  const figures: [typeof ST.ratio, string, string, Format][] = [
    [ST.ratioP10, "C", "-1", "ratio"],
    [ST.ratioP90, "E", "-1", "ratio"],
    [ST.belowOne, "B", "", "percent"],
  ];
  for (const [text, letter, offset, format] of figures) {
    c.sheet.putRow(c.row++, c.col, [label(say(c, text)), calc(`=IFERROR(INDEX(${column(letter)},${row}${offset}),"")`, format)]);
  }
}
