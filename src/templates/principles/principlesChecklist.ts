import type { Language } from "../../core/language";
import { defineTemplate } from "../kit";
import { cellAddress, rangeAddress } from "../kit";
import { calc, check, header, help, input, label, title, total } from "../kit";
import type { Cell, SheetNames, SheetSpec, TemplateOptions, ValidationSpec } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf, printSetup } from "../kit";
import { fill, pick, picker, Text } from "../kit";
import { valuesValidation, WARNING_FILL } from "../kit";
import { CHECKLIST_EXAMPLE, CT, STATUS_ORDER, STATUSES } from "./checklistText";
import type { StatusKey } from "./checklistText";
import { Place, PRINCIPLES } from "./principlesText";

/**
 * The principles checklist: a trainer reviews a participant's SROI workbook against the eight
 * principles of social value. Each principle has what it asks, a guiding question, where in the
 * workbook the answer lies (our templates' sheet names as they are in this workbook, and their
 * columns), a status from a drop-down and a note. The review's details sit top left, the count
 * per status top right; the sheet prints on one landscape A4 page.
 */

/** Rows (0-based) and columns of the checklist, for tests and readers. */
export const CHECKLIST = {
  sectionRow: 3,
  /** Workbook, participant, reviewer, date: labels in column A, inputs in B. */
  reviewFirst: 4,
  /** The summary's header row; one row per status follows (STATUS_ORDER), then the total and the check. */
  summaryHeader: 4,
  summaryFirst: 5,
  totalRow: 5 + STATUS_ORDER.length,
  checkRow: 6 + STATUS_ORDER.length,
  tableHeader: 12,
  firstPrinciple: 13,
  lastPrinciple: 12 + PRINCIPLES.length,
  columns: { principle: 0, meaning: 1, question: 2, where: 3, status: 4, note: 5 },
  /** The summary's label and count columns. */
  summaryLabel: 3,
  summaryCount: 4,
} as const;

const WIDTHS = [20, 30, 52, 40, 17, 34];
const C = CHECKLIST.columns;

/** Light fills for the statuses: met green, partly amber, not met the kit's warning fill. */
const STATUS_FILLS: Partial<Record<StatusKey, { fill: string; fontColor: string }>> = {
  met: { fill: "#E2EFDA", fontColor: "#375623" },
  partly: { fill: "#FFE699", fontColor: "#7F6000" },
  notMet: { fill: WARNING_FILL, fontColor: "#9C0006" },
};

const section = (value: string): Cell => ({ value, role: "section" });

/** "Impact map: “Deadweight”, “Attribution”" per place, one place a line, with the sheet names of this workbook. */
function whereText(places: readonly Place[], names: SheetNames, language: Language): string {
  return places
    .map((place) => {
      const sheet = nameOf(place.sheet, names, language);
      const shown = place.sheet === "analysis" ? fill(pick(CT.analysisNote, language), { sheet }) : sheet;
      const quoted = place.names.map((n) => fill(pick(CT.quoted, language), { name: pick(n, language) }));
      return quoted.length === 0 ? shown : `${shown}: ${quoted.join(", ")}`;
    })
    .join("\n");
}

/** The status drop-down, with a prompt that says what each status means. */
function statusValidation(range: string, language: Language): ValidationSpec {
  const p = picker(language);
  const spec = valuesValidation(
    range,
    STATUS_ORDER.map((k) => p(STATUSES[k])),
    p(CT.status),
    language,
  );
  return { ...spec, prompt: { title: p(CT.promptTitle), message: p(CT.prompt) } };
}

function addReview(sheet: SheetBuilder, language: Language, example: boolean): void {
  const p = picker(language);
  const e = example ? CHECKLIST_EXAMPLE : undefined;
  sheet.put(CHECKLIST.sectionRow, 0, section(p(CT.review)));
  const fields: [Text, Text | undefined][] = [
    [CT.workbook, e?.workbook],
    [CT.participant, e?.participant],
    [CT.reviewer, e?.reviewer],
    [CT.date, undefined],
  ];
  fields.forEach(([name, value], i) => sheet.putRow(CHECKLIST.reviewFirst + i, 0, [label(p(name)), input("text", value && p(value))]));
}

function addSummary(sheet: SheetBuilder, language: Language): void {
  const p = picker(language);
  const statuses = rangeAddress(CHECKLIST.firstPrinciple, C.status, CHECKLIST.lastPrinciple, C.status, true);
  const [L, N] = [CHECKLIST.summaryLabel, CHECKLIST.summaryCount];
  sheet.put(CHECKLIST.sectionRow, L, section(p(CT.summary)));
  sheet.putRow(CHECKLIST.summaryHeader, L, [header(p(CT.status)), header(p(CT.count))]);
  STATUS_ORDER.forEach((key, i) => {
    const r = CHECKLIST.summaryFirst + i;
    const blanks = key === "notReviewed" ? `+COUNTBLANK(${statuses})` : "";
    sheet.putRow(r, L, [label(p(STATUSES[key])), calc(`=COUNTIF(${statuses},${cellAddress(r, L)})${blanks}`, "integer")]);
  });
  const counts = rangeAddress(CHECKLIST.summaryFirst, N, CHECKLIST.totalRow - 1, N);
  const totalCell = cellAddress(CHECKLIST.totalRow, N);
  sheet.putRow(CHECKLIST.totalRow, L, [label(p(CT.total)), total(`=SUM(${counts})`, "integer")]);
  const message = `"${p(CT.notFromList)}"`;
  sheet.put(CHECKLIST.checkRow, L, check(`=IF(${totalCell}<>ROWS(${statuses}),${message},"")`));
}

function addPrinciples(sheet: SheetBuilder, options: TemplateOptions, names: SheetNames): void {
  const { language } = options;
  const p = picker(language);
  const e = options.example ? CHECKLIST_EXAMPLE.rows : undefined;
  sheet.putRow(
    CHECKLIST.tableHeader,
    0,
    [CT.principle, CT.meaning, CT.question, CT.where, CT.status, CT.note].map((t) => header(p(t))),
  );
  PRINCIPLES.forEach((principle, i) => {
    const example = e?.[i];
    const status = example?.status ?? "notReviewed";
    sheet.putRow(CHECKLIST.firstPrinciple + i, 0, [
      label(p(principle.name)),
      help(p(principle.meaning)),
      help(p(principle.question)),
      help(whereText(principle.places, names, language)),
      input("text", p(STATUSES[status])),
      input("text", example?.note && p(example.note)),
    ]);
  });
  const [first, last] = [CHECKLIST.firstPrinciple, CHECKLIST.lastPrinciple];
  sheet.table("SroiPrinciplesChecklist", CHECKLIST.tableHeader, 0, last, C.note);
  sheet.validate(statusValidation(rangeAddress(first, C.status, last, C.status), language));
  const top = cellAddress(first, C.status).replace(/^([A-Z]+)/, "$$$1");
  for (const key of STATUS_ORDER) {
    const look = STATUS_FILLS[key];
    if (!look) continue;
    sheet.conditionalFormat({
      type: "formula",
      range: rangeAddress(first, C.status, last, C.status),
      formula: `=${top}="${p(STATUSES[key])}"`,
      ...look,
    });
  }
  sheet.wrap(first, C.principle, last, C.principle).wrap(first, C.note, last, C.note);
  sheet.alignTop(CHECKLIST.tableHeader, 0, last, C.note);
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const sheet = new SheetBuilder("principlesChecklist", nameOf("principlesChecklist", names, language), "#375623");
  sheet.put(0, 0, title(pick(CT.title, language))).put(1, 0, help(pick(CT.help, language)));
  addReview(sheet, language, options.example);
  addSummary(sheet, language);
  addPrinciples(sheet, options, names);
  const spec = sheet.columnWidths(WIDTHS).freeze(1).build();
  // One page: the kit's setup (landscape, as the width asks), fitted one page tall as well.
  return [{ ...spec, print: { ...printSetup(spec, language), fitToHeight: 1 } }];
}

export const principlesChecklistTemplate = defineTemplate("principlesChecklist", ["principlesChecklist"], build);
