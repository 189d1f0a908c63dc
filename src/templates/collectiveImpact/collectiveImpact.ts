import { defineTemplate } from "../kit";
import { rangeAddress } from "../kit";
import { calc, header, help, input, label, title } from "../kit";
import type { Cell, SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { fill, picker, Text } from "../kit";
import { valuesValidation } from "../kit";
import { CHARTER_EXAMPLE, T } from "./charterText";

/**
 * Collective impact charter (seed 001, area-based investments): a text-first sheet where the
 * actors of one area agree on a preamble (three guiding questions and an opening line that names
 * the area), the principles (agreed by whom, when), the repeating process (owner, status, next
 * step, date), the investment committee's members and who evaluates each phase, and when.
 */

export const CHARTER = {
  area: 3,
  preambleHeader: 6,
  opening: 10,
  principlesHeader: 13,
  processHeader: 22,
  committeeHeader: 30,
  evaluationHeader: 41,
} as const;
const OWN_PRINCIPLES = 2;
const MEMBERS = 8;

const section = (value: string): Cell => ({ value, role: "section" });

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const e = options.example ? CHARTER_EXAMPLE : undefined;
  const sheet = new SheetBuilder("collectiveImpact", nameOf("collectiveImpact", names, language), "#548235");
  sheet.put(0, 0, title(p(T.title))).put(1, 0, help(p(T.help)));
  sheet.putRow(CHARTER.area, 0, [label(p(T.area)), input("text", e && p(e.area))]);
  const area = `$B$${CHARTER.area + 1}`;

  sheet.put(CHARTER.preambleHeader - 1, 0, section(p(T.preamble)));
  sheet.putRow(
    CHARTER.preambleHeader,
    0,
    [T.aim, T.question, T.answer].map((t) => header(p(t))),
  );
  T.aims.forEach((a, i) => sheet.putRow(CHARTER.preambleHeader + 1 + i, 0, [label(p(a.aim)), help(p(a.question)), input("text")]));
  sheet.table("SroiCharterPreamble", CHARTER.preambleHeader, 0, CHARTER.preambleHeader + T.aims.length, 2);
  const quoted = (t: Text) => `"${p(t).replace(/"/g, '""')}"`;
  sheet.putRow(CHARTER.opening, 0, [
    label(p(T.opening)),
    calc(`=${quoted(T.openingStart)}&IF(${area}="",${quoted(T.areaBlank)},${area})&${quoted(T.openingEnd)}`, "text"),
  ]);

  const principleRows = T.principleTexts.length + OWN_PRINCIPLES;
  sheet.put(CHARTER.principlesHeader - 1, 0, section(p(T.principles)));
  sheet.putRow(
    CHARTER.principlesHeader,
    0,
    [T.no, T.principle, T.agreedBy, T.agreedOn, T.comment].map((t) => header(p(t))),
  );
  for (let i = 0; i < principleRows; i++) {
    const text = T.principleTexts[i];
    sheet.putRow(CHARTER.principlesHeader + 1 + i, 0, [
      label(fill(p(T.principleN), { n: i + 1 })),
      input("text", text && p(text)),
      input("text", i === 0 && e ? p(e.agreedBy) : undefined),
      input("text"),
      input("text"),
    ]);
  }
  sheet.table("SroiCharterPrinciples", CHARTER.principlesHeader, 0, CHARTER.principlesHeader + principleRows, 4);

  sheet.put(CHARTER.processHeader - 1, 0, section(p(T.process)));
  sheet.putRow(
    CHARTER.processHeader,
    0,
    [T.phase, T.involves, T.owner, T.status, T.nextStep, T.date].map((t) => header(p(t))),
  );
  T.phases.forEach((ph, i) => {
    const first = i === 0 && e;
    sheet.putRow(CHARTER.processHeader + 1 + i, 0, [
      label(p(ph.phase)),
      help(p(ph.involves)),
      input("text", first ? p(e.owner) : undefined),
      input("text", first ? p(T.statuses[1]) : undefined),
      input("text", first ? p(e.nextStep) : undefined),
      input("text"),
    ]);
  });
  const processLast = CHARTER.processHeader + T.phases.length;
  sheet.table("SroiCharterProcess", CHARTER.processHeader, 0, processLast, 5);
  sheet.validate(valuesValidation(rangeAddress(CHARTER.processHeader + 1, 3, processLast, 3), T.statuses.map(p), p(T.status), language));

  sheet.put(CHARTER.committeeHeader - 1, 0, section(p(T.committee)));
  sheet.putRow(
    CHARTER.committeeHeader,
    0,
    [T.member, T.organisation, T.role, T.mandate].map((t) => header(p(t))),
  );
  for (let i = 1; i <= MEMBERS; i++)
    sheet.putRow(CHARTER.committeeHeader + i, 0, [input("text"), input("text"), input("text"), input("text")]);
  sheet.table("SroiCharterCommittee", CHARTER.committeeHeader, 0, CHARTER.committeeHeader + MEMBERS, 3);

  sheet.put(CHARTER.evaluationHeader - 1, 0, section(p(T.evaluation)));
  sheet.putRow(
    CHARTER.evaluationHeader,
    0,
    [T.phase, T.questions, T.usually, T.doneBy, T.independent, T.when].map((t) => header(p(t))),
  );
  T.evaluations.forEach((ev, i) =>
    sheet.putRow(CHARTER.evaluationHeader + 1 + i, 0, [
      label(p(ev.phase)),
      help(p(ev.questions)),
      help(p(ev.usually)),
      input("text"),
      input("text"),
      input("text"),
    ]),
  );
  const evaluationLast = CHARTER.evaluationHeader + T.evaluations.length;
  sheet.table("SroiCharterEvaluation", CHARTER.evaluationHeader, 0, evaluationLast, 5);
  sheet.validate(
    valuesValidation(rangeAddress(CHARTER.evaluationHeader + 1, 4, evaluationLast, 4), [p(T.yes), p(T.no_)], p(T.independent), language),
  );

  // Text columns wrap at widths that print the sheet at a readable zoom on two landscape pages;
  // every row of a table reads from the top, so a label lines up with the first line of its text.
  for (const [top, bottom, right] of [
    [CHARTER.preambleHeader + 1, CHARTER.opening, 2],
    [CHARTER.principlesHeader + 1, CHARTER.principlesHeader + principleRows, 4],
    [CHARTER.processHeader + 1, processLast, 5],
    [CHARTER.evaluationHeader + 1, evaluationLast, 5],
  ] as const)
    sheet.alignTop(top, 0, bottom, right);
  sheet.columnWidths([30, 58, 36, 20, 24, 12]).freeze(1);
  return [sheet.build()];
}

export const collectiveImpactTemplate = defineTemplate("collectiveImpact", ["collectiveImpact"], build);
