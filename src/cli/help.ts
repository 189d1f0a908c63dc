import type { Language } from "../core/language";
import type { Template } from "../templates/kit";
import { fill, pick, tx } from "../core/i18n";
import { YEAR_LIMITS } from "./args";

/** The --help text in English and Swedish; the template list comes from the catalogue. */

const EN = `sroi-templates: write the SROI for Excel templates to an .xlsx workbook for a course.
The workbook works without the add-in (Excel 2016 or later, LibreOffice Calc).

Usage
  npm run templates -- --out FILE [options]
  sroi-templates --out FILE [options]

Options
  -o, --out FILE          The .xlsx file to write (required). An existing file is never
                          replaced unless --force is given.
  -l, --lang sv|en        Language of sheet names, labels and help texts
                          (default: sv when the system language is Swedish, otherwise en).
  -t, --templates LIST    Template ids separated by commas, or all (default: all).
  -y, --years N           Years in the cost sheet and impact map, {min}–{max} (default: {years}).
  -s, --start-year YEAR   First calendar year of those years (default: this year, {year}).
  -c, --currency TEXT     Currency shown in money formats, e.g. kr, SEK, EUR or €
                          (at most 10 characters, no quotes; default: {currency}).
  -e, --example           Fill the impact map and cost sheet with a worked example
                          (80 people, 70 %, deadweight 20 %, attribution 5 %, displacement 10 %,
                          proxy 15 000) so a course can start from numbers.
  -f, --force             Replace FILE if it already exists.
  -h, --help              Show this help (in Swedish with --lang sv).
  -V, --version           Show the version.
Options also take the form --option=value.

Templates
{templates}

Examples
  npm run templates -- --lang sv --out kurs.xlsx
  npm run templates -- --lang en --templates impactMap,costSheet --years 3 --example --out course.xlsx
  npm run templates -- --lang sv --currency EUR --start-year 2027 --force --out kurs.xlsx

Exit status: 0 written, 1 not written (file exists, folder missing, disk error), 2 bad options.
`;

const SV = `sroi-templates: skriver mallarna i SROI for Excel till en .xlsx-arbetsbok för en kurs.
Arbetsboken fungerar utan tillägget (Excel 2016 eller senare, LibreOffice Calc).

Användning
  npm run templates -- --out FIL [alternativ]
  sroi-templates --out FIL [alternativ]

Alternativ
  -o, --out FIL           .xlsx-filen som ska skrivas (krävs). En befintlig fil ersätts
                          aldrig utan --force.
  -l, --lang sv|en        Språk för bladnamn, rubriker och hjälptexter
                          (standard: sv när systemspråket är svenska, annars en).
  -t, --templates LISTA   Mall-id:n åtskilda med komma, eller all (standard: all).
  -y, --years N           År i kostnadskalkylen och effektkartan, {min}–{max} (standard: {years}).
  -s, --start-year ÅR     Första kalenderåret (standard: i år, {year}).
  -c, --currency TEXT     Valuta i beloppsformat, t.ex. kr, SEK, EUR eller €
                          (högst 10 tecken, inga citattecken; standard: {currency}).
  -e, --example           Fyll effektkartan och kostnadskalkylen med ett räkneexempel
                          (80 personer, 70 %, dödvikt 20 %, tillskrivning 5 %, undanträngning 10 %,
                          proxy 15 000) så att kursen kan börja med siffror.
  -f, --force             Ersätt FIL om den redan finns.
  -h, --help              Visa den här hjälpen (på engelska med --lang en).
  -V, --version           Visa versionen.
Alternativ kan också skrivas --alternativ=värde.

Mallar
{templates}

Exempel
  npm run templates -- --lang sv --out kurs.xlsx
  npm run templates -- --lang en --templates impactMap,costSheet --years 3 --example --out course.xlsx
  npm run templates -- --lang sv --currency EUR --start-year 2027 --force --out kurs.xlsx

Slutstatus: 0 skriven, 1 inte skriven (filen finns, mappen saknas, diskfel), 2 felaktiga alternativ.
`;

/** Values the help text shows: the defaults in effect. */
export interface HelpDefaults {
  readonly years: number;
  readonly currentYear: number;
  readonly currency: string;
}

/** The help text in a language, listing every template with its id and title. */
export function helpText(language: Language, templates: readonly Template[], defaults: HelpDefaults): string {
  const width = Math.max(0, ...templates.map((t) => t.id.length));
  const list = templates.map((t) => `  ${t.id.padEnd(width)}  ${pick(t.title, language)}`).join("\n");
  return fill(pick(tx(EN, SV), language), {
    min: YEAR_LIMITS.min,
    max: YEAR_LIMITS.max,
    years: defaults.years,
    year: defaults.currentYear,
    currency: defaults.currency,
    templates: list,
  });
}
