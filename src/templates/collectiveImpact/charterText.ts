import { TEMPLATE_INFO } from "../kit";
import { Text, tx } from "../kit";

/** The collective impact charter's texts in both languages, written for this product from seed 001. */
export const T = {
  title: tx("Collective impact charter for a local area", "Gemensam påverkan: överenskommelse för ett område"),
  catalogueTitle: TEMPLATE_INFO.collectiveImpact.title,
  help: tx(
    "Many actors in one area (residents, associations, businesses, the municipality and the region) agree to work toward one shared challenge instead of running separate projects. Fill in the yellow cells together and return to them each round.",
    "Många aktörer i ett område (boende, föreningar, företag, kommunen och regionen) enas om att arbeta mot en gemensam utmaning i stället för att driva egna projekt. Fyll i de gula cellerna tillsammans och återvänd till dem varje varv.",
  ),
  area: tx("Name of the area", "Områdets namn"),
  areaBlank: tx("(name of the area)", "(områdets namn)"),
  preamble: tx("Preamble", "Inledning"),
  aim: tx("Aim of the preamble", "Inledningens syfte"),
  question: tx("Guiding question", "Vägledande fråga"),
  answer: tx("Our answer", "Vårt svar"),
  aims: [
    {
      aim: tx("Engage people in the local context", "Engagera i det lokala sammanhanget"),
      question: tx(
        "What strengths and drive do we already see in the area, every day?",
        "Vilka styrkor och vilken kraft ser vi redan i området, varje dag?",
      ),
    },
    {
      aim: tx("Describe the challenge and the approach", "Beskriv utmaningen och angreppssättet"),
      question: tx(
        "Which shared challenge do we rally around, and why can no single actor solve it alone?",
        "Vilken gemensam utmaning samlas vi kring, och varför kan ingen aktör lösa den ensam?",
      ),
    },
    {
      aim: tx("Open and inviting, with drive toward action", "Öppen och inbjudande, med driv mot handling"),
      question: tx(
        "How can anyone join, and what will we actually do first?",
        "Hur kan vem som helst vara med, och vad gör vi konkret först?",
      ),
    },
  ] as readonly { aim: Text; question: Text }[],
  opening: tx("Opening line (it follows the area's name)", "Inledande mening (följer områdets namn)"),
  openingStart: tx("We who live and work in ", "Vi som bor och verkar i "),
  openingEnd: tx(
    " want to gather our forces around one shared challenge, coordinate what we already do, and follow the effects openly together.",
    " vill samla våra krafter kring en gemensam utmaning, samordna det vi redan gör och tillsammans följa effekterna öppet.",
  ),
  principles: tx("Principles to agree on", "Principer att enas om"),
  no: tx("Principle", "Princip"),
  principleN: tx("Principle {n}", "Princip {n}"),
  principle: tx("What we agree on", "Det vi enas om"),
  agreedBy: tx("Agreed by", "Beslutad av"),
  agreedOn: tx("Agreed on (date)", "Beslutad (datum)"),
  comment: tx("Comment", "Kommentar"),
  principleTexts: [
    tx(
      "The goal is the residents' health and well-being, the basis for a thriving neighbourhood, democratic participation and economic growth.",
      "Målet är invånarnas hälsa och välbefinnande, grunden för ett blomstrande närsamhälle, demokratiskt deltagande och ekonomisk utveckling.",
    ),
    tx(
      "We start from the residents' needs, found in an open process that includes them.",
      "Vi utgår från invånarnas behov, som tas fram i en öppen process där de är med.",
    ),
    tx(
      "Needs and solutions rest on the best knowledge available; assumptions are shown openly and anchored with the residents.",
      "Behov och lösningar vilar på bästa tillgängliga kunskap; antaganden redovisas öppet och förankras hos invånarna.",
    ),
    tx(
      "Decisions to try new solutions are taken across sectors, and their effects are followed and reported openly so all can learn.",
      "Beslut om att pröva nya lösningar fattas över sektorsgränser, och effekterna följs och redovisas öppet så att alla kan lära.",
    ),
  ],
  process: tx("The process, round after round", "Processen, varv efter varv"),
  phase: tx("Phase", "Fas"),
  involves: tx("What it involves", "Vad den innebär"),
  owner: tx("Owner", "Ansvarig"),
  status: tx("Status", "Läge"),
  nextStep: tx("Next step", "Nästa steg"),
  date: tx("Date", "Datum"),
  phases: [
    {
      phase: tx("1. Principles and mission", "1. Principer och uppdrag"),
      involves: tx("Agree on the principles and the mission, and anchor them", "Enas om principerna och uppdraget, och förankra dem"),
    },
    {
      phase: tx("2. Local needs", "2. Lokala behov"),
      involves: tx("Find the area's needs and conditions with the residents", "Ta fram områdets behov och förutsättningar med invånarna"),
    },
    {
      phase: tx("3. Valuing solutions", "3. Värdering av lösningar"),
      involves: tx("Value proposed solutions and anchor them", "Värdera förslag till lösningar och förankra dem"),
    },
    {
      phase: tx("4. Investment committee", "4. Investeringskommitté"),
      involves: tx("Set up the committee that decides what to fund", "Inrätta kommittén som beslutar vad som finansieras"),
    },
    {
      phase: tx("5. Implementation and evaluation", "5. Genomförande och utvärdering"),
      involves: tx("Carry out, evaluate, learn, and start the next round", "Genomför, utvärdera, lär och börja nästa varv"),
    },
  ] as readonly { phase: Text; involves: Text }[],
  statuses: [tx("Not started", "Ej påbörjad"), tx("Under way", "Pågår"), tx("Done", "Klar"), tx("Next round", "Nästa varv")],
  committee: tx("Investment committee", "Investeringskommitté"),
  member: tx("Member", "Ledamot"),
  organisation: tx("Organisation", "Företrädd organisation"),
  role: tx("Role", "Roll"),
  mandate: tx("Mandate (what they may decide)", "Mandat (vad de får besluta)"),
  evaluation: tx("Evaluation: who does what, and when", "Utvärdering: vem gör vad, och när"),
  questions: tx("Questions it answers", "Frågor den besvarar"),
  usually: tx("Usually carried out by", "Görs vanligen av"),
  doneBy: tx("Carried out by (ours)", "Görs av (hos oss)"),
  independent: tx("Independent of the delivery?", "Oberoende av utförandet?"),
  when: tx("When", "När"),
  yes: tx("Yes", "Ja"),
  no_: tx("No", "Nej"),
  evaluations: [
    {
      phase: tx("Intervention logic", "Effektlogik"),
      questions: tx(
        "Which needs, which target group, what evidence, which theory of change?",
        "Vilka behov, vilken målgrupp, vilket stöd i forskningen, vilken förändringsteori?",
      ),
      usually: tx("The delivering operation, with professional support", "Den utförande verksamheten, med professionellt stöd"),
    },
    {
      phase: tx("Delivery", "Genomförande"),
      questions: tx(
        "Is the work carried out as planned, with the resources agreed?",
        "Genomförs arbetet som planerat, med överenskomna resurser?",
      ),
      usually: tx("The delivering operation", "Den utförande verksamheten"),
    },
    {
      phase: tx("Process follow-up", "Processuppföljning"),
      questions: tx(
        "Is the target group reached, is the method followed, can the flow improve?",
        "Nås målgruppen, följs metoden, kan flödet förbättras?",
      ),
      usually: tx("The delivering operation, with professional support", "Den utförande verksamheten, med professionellt stöd"),
    },
    {
      phase: tx("Impact evaluation", "Effektutvärdering"),
      questions: tx(
        "Did outcomes change compared with no intervention? For whom? Any side effects?",
        "Förändrades utfallen jämfört med utan insats? För vilka? Några bieffekter?",
      ),
      usually: tx(
        "An independent professional, not the delivering operation",
        "En oberoende professionell aktör, inte den utförande verksamheten",
      ),
    },
    {
      phase: tx("Short-term economic effects", "Ekonomiska effekter på kort sikt"),
      questions: tx(
        "What are the changed outcomes worth directly: care, placements, benefits?",
        "Vad är de förändrade utfallen värda direkt: vård, placeringar, bistånd?",
      ),
      usually: tx("An independent professional", "En oberoende professionell aktör"),
    },
    {
      phase: tx("Socio-economic analysis", "Samhällsekonomisk analys"),
      questions: tx(
        "How do the outcomes change future welfare use, earnings and quality of life?",
        "Hur påverkar utfallen framtida välfärdskonsumtion, inkomster och livskvalitet?",
      ),
      usually: tx("An independent professional", "En oberoende professionell aktör"),
    },
  ] as readonly { phase: Text; questions: Text; usually: Text }[],
};

/** A small example: the area's name and the first steps agreed. */
export const CHARTER_EXAMPLE = {
  area: tx("Example district", "Exempelområdet"),
  agreedBy: tx("Steering group of the initiative", "Initiativets styrgrupp"),
  owner: tx("Process leader, municipality", "Processledare, kommunen"),
  nextStep: tx("Open meeting with residents", "Öppet möte med boende"),
};
