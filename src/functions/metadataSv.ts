/**
 * The Swedish metadata of the custom functions, keyed by function id. The build step
 * (swedishMetadataPlugin) merges it into the generated functions.json to emit functions-sv.json;
 * argument names come from ARGUMENT_NAMES in the core, so the formula UI and the error messages
 * use the same Swedish words. Names are display names without the namespace (SROI in both
 * languages); Excel accepts Unicode letters in display names, so `VÄRDE` keeps its Ä.
 */
export interface SwedishFunction {
  /** Display name after "SROI.". */
  readonly name: string;
  readonly description: string;
  /** Description of each argument, keyed by the argument's id (its English name). */
  readonly arguments: Readonly<Record<string, string>>;
}

const OUTCOME_ARGUMENTS = {
  quantity: "Antal personer eller enheter som nås (0 eller mer).",
  outcome_rate: "Andel som får utfallet, i decimalform 0–1 (0,7 för 70 %).",
  deadweight: "Andel som hade skett ändå, 0–1.",
  attribution: "Andel som andra än insatsen har orsakat, 0–1.",
  displacement: "Andel som bara flyttat värde eller problem någon annanstans, 0–1.",
  proxy: "Värdet i kronor av en enhet utfall (finansiell proxy).",
} as const;

const DISCOUNT_RATE = "Årlig diskonteringsränta över −1 och under 1 (0,035 för 3,5 %). Standard 0.";
const BENEFITS = "Årliga nyttor: ett tal, en rad eller kolumn med år, eller ett block med en rad per utfall och en kolumn per år.";
const INVESTMENT = "Investering: ett belopp som betalas i början, eller en rad eller kolumn med belopp per år.";

export const SWEDISH_FUNCTIONS: Readonly<Record<string, SwedishFunction>> = {
  VALUE: {
    name: "VÄRDE",
    description:
      "Värdet av ett utfall under nyttoperioden: år 1 = antal × utfallsandel × (1 − dödvikt) × (1 − tillskrivning) × (1 − undanträngning) × proxy, senare år minskar med avtrappningen; summan, diskonterad från år 1 när räntan inte är 0.",
    arguments: {
      ...OUTCOME_ARGUMENTS,
      years: "Nyttoperiod i hela år, 1–100. Standard 1.",
      drop_off: "Hur mycket effekten avtar per år från år 2, 0–1. Standard 0.",
      discount_rate: DISCOUNT_RATE,
    },
  },
  PROFILE: {
    name: "PROFIL",
    description:
      "Ett utfalls värde per år, odiskonterat, som en rad med en cell per år: år 1 som i SROI.VÄRDE, varje senare år minskat med avtrappningen.",
    arguments: {
      ...OUTCOME_ARGUMENTS,
      years: "Nyttoperiod i hela år, 1–100: antalet celler i raden.",
      drop_off: "Hur mycket effekten avtar per år från år 2, 0–1. Standard 0.",
    },
  },
  ADJUST: {
    name: "JUSTERA",
    description:
      "Ett belopp justerat för det som insatsen inte orsakat: belopp × (1 − dödvikt) × (1 − tillskrivning) × (1 − undanträngning).",
    arguments: {
      amount: "Beloppet som ska justeras, till exempel en besparing eller ett värde.",
      deadweight: "Andel som hade skett ändå, 0–1.",
      attribution: "Andel som andra än insatsen har orsakat, 0–1. Standard 0.",
      displacement: "Andel som bara flyttat värde eller problem någon annanstans, 0–1. Standard 0.",
    },
  },
  RATIO: {
    name: "KVOT",
    description: "SROI-kvot: nyttornas nuvärde delat med investeringens nuvärde.",
    arguments: { benefits: BENEFITS, investment: INVESTMENT, discount_rate: DISCOUNT_RATE },
  },
  NETVALUE: {
    name: "NETTOVÄRDE",
    description: "Nettovärde: nyttornas nuvärde minus investeringens nuvärde.",
    arguments: { benefits: BENEFITS, investment: INVESTMENT, discount_rate: DISCOUNT_RATE },
  },
  PAYBACK: {
    name: "ÅTERBETALNINGSTID",
    description: "Återbetalningstid i månader: tiden tills det skapade värdet täcker investeringen. #SAKNAS! om det aldrig sker.",
    arguments: {
      investment: INVESTMENT,
      benefits: "Ett konstant värde per år (ett tal), eller värden per år i en rad, kolumn eller ett block.",
      discount_rate: DISCOUNT_RATE,
    },
  },
  EFFECTSIZE: {
    name: "EFFEKTSTORLEK",
    description: "Effektstorlek mot en jämförelsegrupp: målgruppens förändring minus jämförelsegruppens förändring.",
    arguments: {
      target_change: "Förändringen i målgruppen (−0,30 för en minskning med 30 %).",
      comparison_change: "Förändringen i jämförelsegruppen, i samma enhet.",
    },
  },
  BREAKEVEN: {
    name: "BRYTPUNKT",
    description:
      'Brytpunkt: det värde på ett argument till SROI.VÄRDE (namngivet på svenska eller engelska, t.ex. "proxy" eller "dödvikt") där utfallets värde blir lika med investeringen, övriga argument som de är angivna. #SAKNAS! om inget giltigt värde finns.',
    arguments: {
      assumption:
        "Namnet på argumentet att lösa ut: antal, utfallsandel, dödvikt, tillskrivning, undanträngning, proxy, år, avtrappning eller diskonteringsränta.",
      investment: INVESTMENT,
      ...OUTCOME_ARGUMENTS,
      years: "Nyttoperiod i hela år, 1–100. Standard 1.",
      drop_off: "Hur mycket effekten avtar per år från år 2, 0–1. Standard 0.",
      discount_rate: DISCOUNT_RATE,
    },
  },
  SIMULATE: {
    name: "SIMULERA",
    description:
      "P10, P50 och P90 av SROI.VÄRDE över Monte Carlo-körningar, som en rad. Vart och ett av de nio första argumenten är ett tal eller tre celler i rad eller kolumn: lägsta, troligaste, högsta i en triangelfördelning. Samma argument och frö, samma svar.",
    arguments: {
      quantity: "Antal personer eller enheter som nås (0 eller mer), eller lägsta, troligaste, högsta.",
      outcome_rate: "Andel som får utfallet, 0–1, eller lägsta, troligaste, högsta.",
      deadweight: "Andel som hade skett ändå, 0–1, eller lägsta, troligaste, högsta.",
      attribution: "Andel som andra än insatsen har orsakat, 0–1, eller lägsta, troligaste, högsta.",
      displacement: "Andel som bara flyttat värde eller problem någon annanstans, 0–1, eller lägsta, troligaste, högsta.",
      proxy: "Värdet i kronor av en enhet utfall, eller lägsta, troligaste, högsta.",
      years: "Nyttoperiod i hela år, 1–100, eller lägsta, troligaste, högsta (dragningar avrundas till hela år). Standard 1.",
      drop_off: "Hur mycket effekten avtar per år från år 2, 0–1, eller lägsta, troligaste, högsta. Standard 0.",
      discount_rate: "Årlig diskonteringsränta över −1 och under 1, eller lägsta, troligaste, högsta (inom ±0,99). Standard 0.",
      runs: "Antal Monte Carlo-körningar, 1–100 000. Standard 10 000.",
      seed: "Frö för slumptalen, ett heltal 0–4 294 967 295. Standard 1.",
    },
  },
  ROSENBERG: {
    name: "ROSENBERG",
    description:
      "Poäng på Rosenbergs självkänsloskala, 10–40, från de 10 svaren kodade 1 (instämmer helt) till 4 (instämmer inte alls) i den ordning påståendena står; påstående 2, 5, 6, 8 och 9 räknas omvänt.",
    arguments: { answers: "De 10 svarskoderna (1–4) som en rad, en kolumn eller ett block med 10 celler." },
  },
  REAL: {
    name: "FASTPRIS",
    description:
      "Ett belopp i från_års priser uttryckt i till_års priser (fast pris): belopp × index(till_år) / index(från_år). Utan index används SCB:s konsumentprisindex (KPI, 1980 = 100, årsmedel) som följer med tillägget.",
    arguments: {
      amount: "Beloppet i från_års priser.",
      from_year: "Prisåret som beloppet är i.",
      to_year: "Prisåret som beloppet ska uttryckas i.",
      index:
        "Valfritt eget index: ett område med två kolumner, år och indexvärde (ett löneindex, ett annat lands KPI). Standard: KPI som följer med.",
    },
  },
};
