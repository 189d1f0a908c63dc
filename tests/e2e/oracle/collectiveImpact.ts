import type { Language } from "../../../src/core/language";
import { CHARTER } from "../../../src/templates/collectiveImpact";
import { ExpectedCells, PlannedSheets, text } from "./expected";

/** The charter's one calculated cell: the opening line naming the area typed above it (or a visible blank). */
export function expectCollectiveImpact(planned: PlannedSheets, expected: ExpectedCells, language: Language): void {
  const area = planned.textAt("collectiveImpact", CHARTER.area, 1);
  const line =
    language === "sv"
      ? `Vi som bor och verkar i ${area || "(områdets namn)"} vill samla våra krafter kring en gemensam utmaning, samordna det vi redan gör och tillsammans följa effekterna öppet.`
      : `We who live and work in ${area || "(name of the area)"} want to gather our forces around one shared challenge, coordinate what we already do, and follow the effects openly together.`;
  expected.set("collectiveImpact", CHARTER.opening, 1, text(line));
}
