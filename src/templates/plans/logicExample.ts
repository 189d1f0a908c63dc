import type { Language } from "../../core/language";
import { pick, tx } from "../kit";
import type { Text } from "../kit";

/**
 * The logic models' worked example: the same fictional initiative as the impact map, cost sheet and
 * before/after examples, a two-year project of a samordningsförbund with the municipality, the region,
 * Försäkringskassan and Arbetsförmedlingen for 80 young people far from the labour market, out of a
 * target group of 400 (costExample.ts). The results echo the impact map's outcome rates (25 % in work
 * or studies, 70 % feel safer, 20 % leave income support); the resources are the cost sheet's items.
 * The decision summary shows the first three goals and activities, so those are short.
 */

/** The simple logic model's four columns (goals, results, activities, resources), one point per row. */
const SIMPLE: readonly (readonly Text[])[] = [
  [
    tx("Young people far from the labour market get work or studies", "Unga långt från arbetsmarknaden får arbete eller studier"),
    tx("Less income support and sickness benefit", "Mindre ekonomiskt bistånd och sjukpenning"),
    tx("Better health and safety", "Bättre hälsa och trygghet"),
    tx("80 of a target group of 400 take part", "80 av en målgrupp på 400 deltar"),
  ],
  [
    tx("25 % in work or studies after 6 months", "25 % i arbete eller studier efter 6 månader"),
    tx("70 % of participants feel safer", "70 % av deltagarna känner sig tryggare"),
    tx("20 % of households leave income support", "20 % av hushållen lämnar ekonomiskt bistånd"),
    tx("Fewer care visits per participant", "Färre vårdbesök per deltagare"),
  ],
  [
    tx("Weekly individual coaching", "Individuell coachning varje vecka"),
    tx("Group sessions on health and daily life", "Gruppträffar om hälsa och vardag"),
    tx("Work placements matched to employers", "Praktik och matchning mot arbetsgivare"),
    tx(
      "Joint assessment with Försäkringskassan and Arbetsförmedlingen",
      "Gemensam kartläggning med Försäkringskassan och Arbetsförmedlingen",
    ),
  ],
  [
    tx("Project leader half-time (samordningsförbund)", "Projektledare på halvtid (samordningsförbundet)"),
    tx("Social worker full-time (municipality)", "Socialsekreterare på heltid (kommunen)"),
    tx("Employment officer quarter-time (Arbetsförmedlingen)", "Arbetsförmedlare på kvartstid (Arbetsförmedlingen)"),
    tx("Health coach and course materials (region)", "Hälsocoach och kursmaterial (regionen)"),
    tx("Group room and staff training", "Grupplokal och personalutbildning"),
  ],
];

/** The simple logic model's example as rows of its four columns; a blank cell where a column has fewer points. */
export function logicSimpleExample(language: Language): (string | undefined)[][] {
  const rows = Math.max(...SIMPLE.map((c) => c.length));
  return Array.from({ length: rows }, (_, r) => SIMPLE.map((column) => (column[r] ? pick(column[r], language) : undefined)));
}

/**
 * The detailed logic model's example per level (goals, results, activities, resources, in the
 * sheet's order): intervention logic, indicator, data source, assumptions and threats.
 */
const DETAILED: readonly (readonly (readonly Text[])[])[] = [
  [
    [
      tx("Young people far from the labour market support themselves", "Unga långt från arbetsmarknaden försörjer sig själva"),
      tx("Share self-supporting after 2 years", "Andel med egen försörjning efter 2 år"),
      tx("Registers of the municipality and Arbetsförmedlingen", "Kommunens och Arbetsförmedlingens register"),
      tx("The labour market for young people does not weaken", "Arbetsmarknaden för unga försvagas inte"),
    ],
  ],
  [
    [
      tx("Participants start work or studies", "Deltagarna börjar arbeta eller studera"),
      tx("Share in work or studies after 6 months; target 25 %", "Andel i arbete eller studier efter 6 månader; mål 25 %"),
      tx("Project register and a matched group", "Projektets register och en matchad grupp"),
      tx("Employers take on trainees", "Arbetsgivare tar emot praktikanter"),
    ],
    [
      tx("Participants feel safer", "Deltagarna känner sig tryggare"),
      tx("Share who report feeling safer; target 70 %", "Andel som anger ökad trygghet; mål 70 %"),
      tx("Survey before and after", "Enkät före och efter"),
      tx("Participants answer both surveys", "Deltagarna svarar på båda enkäterna"),
    ],
  ],
  [
    [
      tx("Weekly coaching and group sessions for 80 participants", "Coachning varje vecka och gruppträffar för 80 deltagare"),
      tx("Participants enrolled; sessions per participant", "Antal inskrivna; träffar per deltagare"),
      tx("Attendance lists", "Närvarolistor"),
      tx("Participants stay until the end", "Deltagarna stannar insatsen ut"),
    ],
  ],
  [
    [
      tx("Staff from four partners and a shared room", "Personal från fyra parter och en gemensam lokal"),
      tx("Staffing in full-time years as planned", "Bemanning i årsarbetskrafter enligt plan"),
      tx("Cost sheet and the partners' decisions", "Kostnadskalkylen och parternas beslut"),
      tx("The partners keep their funding", "Parterna står kvar vid sin finansiering"),
    ],
  ],
];

/** The detailed logic model's example: per level, rows of its four text columns. */
export function logicDetailedExample(language: Language): string[][][] {
  return DETAILED.map((level) => level.map((row) => row.map((t) => pick(t, language))));
}
