import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { header, help, input, label, title } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { picker, Text, tx } from "../kit";
import { textTableSheet } from "../kit";
import { logicDetailedExample, logicSimpleExample } from "./logicExample";

/**
 * Logic models (seed 002, figures 7 and 8): the simple one in four columns from purpose to
 * resources, and the detailed one with indicators, data sources and assumptions per level.
 */

const LEVELS = {
  goals: {
    name: tx("Purpose and long-term goals", "Syfte och långsiktiga mål"),
    question: tx(
      "What lasting change do you want for the target group and for society?",
      "Vilken bestående förändring vill ni se för målgruppen och för samhället?",
    ),
  },
  results: {
    name: tx("Short-term results and outcomes", "Kortsiktiga resultat och utfall"),
    question: tx(
      "What will be different for participants when the initiative works?",
      "Vad är annorlunda för deltagarna när satsningen fungerar?",
    ),
  },
  activities: {
    name: tx("Activities and process measures", "Aktiviteter och processmått"),
    question: tx(
      "What will you do, for whom and how often, and how will you know it was done?",
      "Vad ska ni göra, för vilka och hur ofta, och hur vet ni att det blev gjort?",
    ),
  },
  resources: {
    name: tx("Resources", "Resurser"),
    question: tx(
      "What do you need: staff, money, premises, partners, knowledge?",
      "Vad behöver ni: personal, pengar, lokaler, samarbetsparter, kunskap?",
    ),
  },
};

const SIMPLE = {
  title: TEMPLATE_INFO.logicModelSimple.title,
  help: tx(
    "Read from right to left: resources make activities possible, activities lead to results, results serve the purpose. Write one point per row; plan from the goal backwards.",
    "Läs från höger till vänster: resurser gör aktiviteterna möjliga, aktiviteterna leder till resultat, resultaten tjänar syftet. Skriv en punkt per rad; planera bakåt från målet.",
  ),
};

function buildSimple(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const headers = [
    tx("Overall purpose and goals", "Övergripande syfte och mål"),
    tx("Results", "Resultat"),
    tx("Activities", "Aktiviteter"),
    tx("Resources", "Resurser"),
  ];
  const questions = [LEVELS.goals, LEVELS.results, LEVELS.activities, LEVELS.resources].map((l) => l.question);
  const columns = headers.map((h, i) => ({ header: h, question: questions[i], width: 36 }));
  const { sheet, layout } = textTableSheet(
    {
      key: "logicModelSimple",
      sheetName: nameOf("logicModelSimple", names, options.language),
      tableName: "SroiLogicModel",
      title: SIMPLE.title,
      help: SIMPLE.help,
      columns,
      rows: 10,
      tabColor: "#4472C4",
    },
    options.language,
  );
  if (options.example)
    logicSimpleExample(options.language).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== undefined) sheet.put(layout.firstRow + r, c, input("text", value));
      }),
    );
  // Points are phrases: they wrap in their column from the top rather than run into the next column.
  sheet.wrap(layout.firstRow, 0, layout.lastRow, columns.length - 1).alignTop(layout.firstRow, 0, layout.lastRow, columns.length - 1);
  return [sheet.build()];
}

const DETAILED = {
  title: TEMPLATE_INFO.logicModelDetailed.title,
  help: tx(
    "For every level, write the intervention logic, how you will see that it happens (indicators), where the data come from, and what must hold for the next level to follow.",
    "Skriv för varje nivå interventionslogiken, hur ni ser att den förverkligas (indikatorer), varifrån data kommer och vad som måste gälla för att nästa nivå ska följa.",
  ),
  level: tx("Level", "Nivå"),
};

const DETAIL_COLUMNS: readonly { header: Text; question: Text; width: number }[] = [
  {
    header: tx("Intervention logic", "Interventionslogik"),
    question: tx("What is intended at this level?", "Vad är avsikten på den här nivån?"),
    width: 40,
  },
  {
    header: tx("Indicators", "Indikatorer"),
    question: tx("What measurable sign shows that it happens?", "Vilket mätbart tecken visar att det sker?"),
    width: 32,
  },
  {
    header: tx("Data sources", "Datakällor"),
    question: tx("Where and when is the indicator measured?", "Var och när mäts indikatorn?"),
    width: 30,
  },
  {
    header: tx("Assumptions and threats", "Antaganden och hot"),
    question: tx("What must hold, and what could get in the way?", "Vad måste gälla, och vad kan stå i vägen?"),
    width: 36,
  },
];

const ROWS_PER_LEVEL = 4;

function buildDetailed(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("logicModelDetailed", nameOf("logicModelDetailed", names, language), "#4472C4");
  sheet.put(0, 0, title(p(DETAILED.title))).put(1, 0, help(p(DETAILED.help)));
  const levels = Object.values(LEVELS);
  levels.forEach((level, i) => sheet.putRow(2 + i, 0, [label(p(level.name)), help(p(level.question))]));
  const questionRow = 2 + levels.length;
  const headerRow = questionRow + 1;
  sheet.putRow(
    questionRow,
    1,
    DETAIL_COLUMNS.map((c) => help(p(c.question))),
  );
  sheet.putRow(headerRow, 0, [header(p(DETAILED.level)), ...DETAIL_COLUMNS.map((c) => header(p(c.header)))]);
  const example = options.example ? logicDetailedExample(language) : [];
  let r = headerRow + 1;
  levels.forEach((level, l) => {
    for (let k = 0; k < ROWS_PER_LEVEL; k++, r++) {
      const filled = example[l]?.[k];
      sheet.putRow(r, 0, [label(p(level.name)), ...DETAIL_COLUMNS.map((_, c) => input("text", filled?.[c]))]);
    }
  });
  sheet.table("SroiLogicModelDetailed", headerRow, 0, r - 1, DETAIL_COLUMNS.length);
  sheet.wrap(headerRow + 1, 1, r - 1, DETAIL_COLUMNS.length).alignTop(headerRow + 1, 0, r - 1, DETAIL_COLUMNS.length);
  sheet.columnWidths([30, ...DETAIL_COLUMNS.map((c) => c.width)]).freeze(headerRow + 1, 1);
  return [sheet.build()];
}

export const logicModelSimpleTemplate = defineTemplate("logicModelSimple", ["logicModelSimple"], buildSimple);
export const logicModelDetailedTemplate = defineTemplate("logicModelDetailed", ["logicModelDetailed"], buildDetailed);
