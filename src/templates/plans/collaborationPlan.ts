import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { header, help, input, label, title } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { fill, picker, Text, tx } from "../kit";

/**
 * Collaboration plan (seed 003): a shared SMART goal, the target group, the partners, a theory of
 * change in steps and, per activity, who is responsible, what each partner brings, when and how it
 * is followed up.
 */

const T = {
  title: TEMPLATE_INFO.collaborationPlan.title,
  help: tx(
    "Agree on these together with every partner, and return to them when something changes: the target group, its needs, and your goals.",
    "Kom överens om detta tillsammans med alla parter, och återkom till det när något förändras: målgruppen, dess behov och era mål.",
  ),
  goal: tx("Shared goal (SMART)", "Gemensamt mål (SMART)"),
  goalHelp: tx(
    "Specific, measurable, accepted by all partners, realistic and with a date: who will have changed how much, by when?",
    "Specifikt, mätbart, accepterat av alla parter, realistiskt och med ett datum: vilka ska ha förändrats hur mycket, och när?",
  ),
  target: tx("Target group", "Målgrupp"),
  targetHelp: tx("Who exactly, how many, and how do you find them?", "Vilka exakt, hur många, och hur hittar ni dem?"),
  partners: tx("Partners", "Parter"),
  partnerNo: tx("Partner", "Part"),
  partnerName: tx("Organisation name", "Organisationens namn"),
  contact: tx("Contact person", "Kontaktperson"),
  role: tx("Role in the collaboration", "Roll i samverkan"),
  partnerLabel: tx("Partner {n}", "Part {n}"),
  theory: tx("Theory of change", "Förändringsteori"),
  step: tx("Step", "Steg"),
  weDo: tx("If we do this …", "Om vi gör detta …"),
  changes: tx("… then this changes", "… så förändras detta"),
  because: tx("… because", "… eftersom"),
  activities: tx("Activities", "Aktiviteter"),
  activity: tx("Activity", "Aktivitet"),
  responsible: tx("Responsible", "Ansvarig"),
  contributes: tx("Partner {n} contributes", "Part {n} bidrar med"),
  when: tx("When", "När"),
  followUp: tx("Follow-up: how and when", "Uppföljning: hur och när"),
};

const PARTNERS = 4;
const STEPS = 5;
const ACTIVITIES = 15;

/** Rows (0-based) of the blocks. */
const COLLABORATION_LAYOUT = {
  goal: 3,
  target: 5,
  partnersHeader: 8,
  theoryHeader: 8 + PARTNERS + 3,
  activitiesHeader: 8 + PARTNERS + 3 + STEPS + 3,
} as const;

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const n = (t: Text, k: number): string => fill(p(t), { n: k });
  const L = COLLABORATION_LAYOUT;
  const sheet = new SheetBuilder("collaborationPlan", nameOf("collaborationPlan", names, language), "#00B0F0");
  sheet.put(0, 0, title(p(T.title))).put(1, 0, help(p(T.help)));
  sheet.putRow(L.goal, 0, [label(p(T.goal)), input("text")]).put(L.goal + 1, 1, help(p(T.goalHelp)));
  sheet.putRow(L.target, 0, [label(p(T.target)), input("text")]).put(L.target + 1, 1, help(p(T.targetHelp)));

  sheet.put(L.partnersHeader - 1, 0, label(p(T.partners)));
  sheet.putRow(
    L.partnersHeader,
    0,
    [T.partnerNo, T.partnerName, T.contact, T.role].map((t) => header(p(t))),
  );
  for (let k = 1; k <= PARTNERS; k++)
    sheet.putRow(L.partnersHeader + k, 0, [label(n(T.partnerLabel, k)), input("text"), input("text"), input("text")]);
  sheet.table("SroiPartners", L.partnersHeader, 0, L.partnersHeader + PARTNERS, 3);

  sheet.put(L.theoryHeader - 1, 0, label(p(T.theory)));
  sheet.putRow(
    L.theoryHeader,
    0,
    [T.step, T.weDo, T.changes, T.because].map((t) => header(p(t))),
  );
  for (let k = 1; k <= STEPS; k++)
    sheet.putRow(L.theoryHeader + k, 0, [{ value: k, role: "label", format: "integer" }, input("text"), input("text"), input("text")]);
  sheet.table("SroiTheoryOfChange", L.theoryHeader, 0, L.theoryHeader + STEPS, 3);

  sheet.put(L.activitiesHeader - 1, 0, label(p(T.activities)));
  const contributions = Array.from({ length: PARTNERS }, (_, i) => header(n(T.contributes, i + 1)));
  sheet.putRow(L.activitiesHeader, 0, [
    header(p(T.activity)),
    header(p(T.responsible)),
    ...contributions,
    header(p(T.when)),
    header(p(T.followUp)),
  ]);
  const width = 4 + PARTNERS;
  for (let r = L.activitiesHeader + 1; r <= L.activitiesHeader + ACTIVITIES; r++)
    sheet.putRow(
      r,
      0,
      Array.from({ length: width }, () => input("text")),
    );
  sheet.table("SroiCollaborationActivities", L.activitiesHeader, 0, L.activitiesHeader + ACTIVITIES, width - 1);
  sheet.columnWidths([26, 30, 26, 26, 24, 24, 16, 30]).freeze(2);
  return [sheet.build()];
}

export const collaborationPlanTemplate = defineTemplate("collaborationPlan", ["collaborationPlan"], build);
