import { tx } from "../kit";

/** What the analysis sheet says about evidence grades: adjusted figures and where spreads came from. */
export const ET = {
  base: {
    adjustedPV: tx("Present value after optimism bias", "Nuvärde efter avdrag för optimism"),
    adjustedRatio: tx("SROI ratio after optimism bias", "SROI-kvot efter avdrag för optimism"),
    netSroi: tx("Net SROI (ratio − 1)", "Netto-SROI (kvot − 1)"),
    weakShare: tx("Share of value on grade C or D evidence", "Andel av värdet på evidensgrad C eller D"),
    noShare: tx("No share: the total present value is not above zero", "Ingen andel: det totala nuvärdet är inte över noll"),
    ungraded: tx("Rows without an evidence grade (counted as D)", "Rader utan evidensgrad (räknas som D)"),
  },
  tornado: {
    range: tx("low – high", "lågt – högt"),
    rangeHelp: tx(
      "Each assumption is moved to its low and then its high in every row at once (the same ends the Monte Carlo draws between), the others kept at their base values; widest swing first. Step: the assumptions moved by a step instead.",
      "Varje antagande flyttas till sitt låga och sedan sitt höga värde på alla rader samtidigt (samma ändar som Monte Carlo drar mellan), övriga hålls på grundvärdena; störst utslag först. Steg: de antaganden som i stället flyttas ett steg.",
    ),
  },
  inputs: {
    tornadoMoves: tx("Tornado moves each assumption", "Tornadon flyttar varje antagande"),
    toRanges: tx("to its low and high", "till sitt låga och höga värde"),
    toRangesNote: tx(
      "the same low and high as the Monte Carlo; the discount rate by the step unless it has its own",
      "samma låga och höga värden som Monte Carlo; diskonteringsräntan med steget om den inte har egna",
    ),
    byStep: tx("by its step", "med sitt steg"),
    gradeSpread: tx("Spread of evidence grade {grade}", "Spridning för evidensgrad {grade}"),
    gradeNote: tx(
      "± around each value of its {count} row(s); optimism-bias haircut {haircut}",
      "± kring varje värde på dess {count} rad(er); avdrag för optimism {haircut}",
    ),
    ungradedNote: tx(
      "± around each value of its {count} row(s), {ungraded} of them without a grade (counted as D); optimism-bias haircut {haircut}",
      "± kring varje värde på dess {count} rad(er), varav {ungraded} utan grad (räknas som D); avdrag för optimism {haircut}",
    ),
    spreadOf: tx("Spread: {assumption}", "Spridning: {assumption}"),
    fromGrade: tx("each row's evidence grade", "varje rads evidensgrad"),
    fromGradeNote: tx(
      "low and high = the value ∓ its grade's spread, kept within valid values (years whole)",
      "lågt och högt = värdet ∓ gradens spridning, inom giltiga värden (hela år)",
    ),
    userNote: tx("your own, for every row; likely = each row's value", "ditt eget, för alla rader; troligt = varje rads värde"),
  },
};
