import { TEMPLATE_INFO } from "../kit";
import { tx } from "../kit";

/** The portfolio sheet's texts in both languages. */
export const T = {
  title: tx("Portfolio: choosing and balancing investments", "Portfölj: val och balans av satsningar"),
  catalogueTitle: TEMPLATE_INFO.portfolio.title,
  help: tx(
    "Weigh the criteria, score every candidate from 1 (weak) to 5 (strong) on each criterion with a weight, and see the weighted score and rank. Then mark the candidates you choose: the totals and the balance below follow.",
    "Vikta kriterierna, ge varje kandidat 1 (svag) till 5 (stark) på varje kriterium som har en vikt, och se den viktade poängen och rangordningen. Markera sedan de kandidater ni väljer: summorna och balansen nedanför följer med.",
  ),
  help2: tx(
    "A balanced portfolio reaches several operations and target groups and mixes short and long, simple and complex investments, so more people in the organisation take part.",
    "En balanserad portfölj når flera verksamheter och målgrupper och blandar korta och långa, enkla och komplexa satsningar, så att fler i organisationen blir delaktiga.",
  ),
  criterion: tx("Criterion", "Kriterium"),
  weight: tx("Weight", "Vikt"),
  share: tx("Share of the weights", "Andel av vikterna"),
  question: tx("Question", "Fråga"),
  total: tx("Total", "Summa"),
  criteria: [
    {
      name: tx("Need fit", "Svarar mot behov"),
      question: tx("How well does it answer the needs we chose?", "Hur väl svarar satsningen mot de behov vi valt?"),
    },
    {
      name: tx("Evidence", "Evidens"),
      question: tx("Is it backed by research or proven practice?", "Vilar den på forskning eller beprövad erfarenhet?"),
    },
    {
      name: tx("Expected effect", "Förväntad effekt"),
      question: tx("How large an effect can we expect?", "Hur stor effekt kan vi vänta oss?"),
    },
    {
      name: tx("Easy to implement", "Lätt att införa"),
      question: tx("How easily can it move into ordinary operations?", "Hur lätt kan den föras in i ordinarie verksamhet?"),
    },
    {
      name: tx("Own criterion (e.g. political priority)", "Eget kriterium (t.ex. politisk prioritet)"),
      question: tx("Name your own criterion, or leave its weight blank", "Namnge ert eget kriterium, eller lämna vikten tom"),
    },
  ],
  candidatesHelp: tx(
    "One candidate per row. Investment and present value come from the candidate's impact map or your own estimate; the names above the scores follow the criteria.",
    "En kandidat per rad. Investering och nuvärde hämtas från kandidatens effektkarta eller er egen uppskattning; namnen ovanför poängen följer kriterierna.",
  ),
  name: tx("Candidate", "Kandidat"),
  operation: tx("Operation", "Verksamhet"),
  targetGroup: tx("Target group", "Målgrupp"),
  length: tx("Length (years)", "Längd (år)"),
  complexity: tx("Complexity", "Komplexitet"),
  investment: tx("Investment", "Investering"),
  presentValue: tx("Present value", "Nuvärde"),
  ratio: tx("Ratio", "Kvot"),
  payback: tx("Payback (years)", "Återbetalningstid (år)"),
  scoreN: tx("Score {n}", "Poäng {n}"),
  score: tx("Weighted score", "Viktad poäng"),
  rank: tx("Rank", "Rang"),
  chosen: tx("Chosen", "Vald"),
  check: tx("Check", "Kontroll"),
  operationNo: tx("Operation no.", "Verksamhet nr"),
  targetGroupNo: tx("Target group no.", "Målgrupp nr"),
  portfolio: tx("Chosen portfolio", "Vald portfölj"),
  value: tx("Value", "Värde"),
  chosenCount: tx("Candidates chosen", "Valda kandidater"),
  totalInvestment: tx("Investment", "Investering"),
  totalPresentValue: tx("Present value", "Nuvärde"),
  net: tx("Net value (present value − investment)", "Nettovärde (nuvärde − investering)"),
  portfolioRatio: tx("Portfolio ratio (present value / investment)", "Portföljens kvot (nuvärde / investering)"),
  balance: tx("Balance of the chosen portfolio", "Den valda portföljens balans"),
  lengthBand: tx("Length", "Längd"),
  count: tx("Chosen", "Valda"),
  bands: [tx("Up to 2 years", "Upp till 2 år"), tx("Over 2, up to 4 years", "Över 2, upp till 4 år"), tx("Over 4 years", "Över 4 år")],
  levels: [tx("Low", "Låg"), tx("Medium", "Medel"), tx("High", "Hög")],
  yes: tx("Yes", "Ja"),
  no: tx("No", "Nej"),
};

/** Messages of the check cells. */
export const C = {
  weights: tx("Give at least one criterion a weight above 0", "Ge minst ett kriterium en vikt över 0"),
  negativeWeight: tx("Weights must be numbers of 0 or more", "Vikter ska vara tal som är 0 eller mer"),
  name: tx("Name the candidate", "Namnge kandidaten"),
  scores: tx("Scores must be from 1 to 5", "Poäng ska vara från 1 till 5"),
  missing: tx("Score every criterion that has a weight", "Ge poäng på varje kriterium som har en vikt"),
  investment: tx("The investment must be a number of 0 or more", "Investeringen ska vara ett tal som är 0 eller mer"),
  presentValue: tx("The present value must be a number", "Nuvärdet ska vara ett tal"),
  length: tx("The length must be a number of years, 0 or more", "Längden ska vara ett antal år, 0 eller mer"),
  chosenIncomplete: tx(
    "A chosen candidate needs an investment and a present value",
    "En vald kandidat behöver en investering och ett nuvärde",
  ),
};
