import type { Language } from "../core/language";
import { fill, pick, Text, tx } from "../core/i18n";

/** Every message of the command line in English and Swedish, in one place. */
const MESSAGES = {
  unknownOption: tx("Unknown option {option}.", "Okänt alternativ {option}."),
  unexpectedArgument: tx(
    'Unexpected argument "{argument}": options start with --.',
    'Oväntat argument "{argument}": alternativ börjar med --.',
  ),
  missingValue: tx("{option} needs a value.", "{option} behöver ett värde."),
  noValue: tx('{option} takes no value; got "{value}".', '{option} tar inget värde; angivet: "{value}".'),
  repeated: tx("{option} is given more than once.", "{option} är angivet mer än en gång."),
  badLanguage: tx('--lang must be sv or en; got "{value}".', '--lang ska vara sv eller en; angivet: "{value}".'),
  badTemplates: tx(
    '--templates: unknown template "{value}". Known: all, {known}.',
    '--templates: okänd mall "{value}". Kända: all, {known}.',
  ),
  noTemplates: tx("--templates needs at least one template id, or all.", "--templates behöver minst ett mall-id, eller all."),
  badInteger: tx('{option} must be a whole number; got "{value}".', '{option} ska vara ett heltal; angivet: "{value}".'),
  missingOut: tx(
    "--out is required: the .xlsx file to write, e.g. --out kurs.xlsx.",
    "--out krävs: .xlsx-filen som ska skrivas, t.ex. --out kurs.xlsx.",
  ),
  notXlsx: tx('--out must name an .xlsx file; got "{value}".', '--out ska ange en .xlsx-fil; angivet: "{value}".'),
  npmTookOptions: tx(
    "npm kept the options for itself because -- was missing after the script name ({seen}). Put -- before the options, e.g.:\n  npm run {script} -- --lang sv --out kurs.xlsx",
    "npm behöll alternativen själv eftersom -- saknades efter skriptnamnet ({seen}). Skriv -- före alternativen, t.ex.:\n  npm run {script} -- --lang sv --out kurs.xlsx",
  ),
  npmPassedOnly: tx("only {values} came through", "bara {values} kom fram"),
  npmTookFlags: tx("npm took {flags}", "npm tog {flags}"),
  seeHelp: tx("Run with --help to see every option.", "Kör med --help för att se alla alternativ."),
  exists: tx(
    "{file} already exists and was left unchanged. Choose another name or add --force to replace it.",
    "{file} finns redan och har lämnats orörd. Välj ett annat namn eller lägg till --force för att ersätta den.",
  ),
  isFolder: tx(
    "{file} is a folder, not a file; it was left unchanged (also with --force). Choose a file name such as kurs.xlsx.",
    "{file} är en mapp, inte en fil; den har lämnats orörd (även med --force). Välj ett filnamn som kurs.xlsx.",
  ),
  nameTooLong: tx(
    "The file name of {file} is too long: {bytes} bytes, at most 255. Choose a shorter name.",
    "Filnamnet i {file} är för långt: {bytes} byte, högst 255. Välj ett kortare namn.",
  ),
  noDirectory: tx("The folder of {file} does not exist.", "Mappen för {file} finns inte."),
  notWritable: tx("Could not write {file}: {reason}", "Kunde inte skriva {file}: {reason}"),
  buildFailed: tx("Could not build the workbook: {reason}", "Kunde inte bygga arbetsboken: {reason}"),
  written: tx("Wrote {file}: {count} sheets ({sheets}), {size} KB.", "Skrev {file}: {count} blad ({sheets}), {size} kB."),
  workbookTitle: tx("SROI templates", "SROI-mallar"),
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in a language with its {placeholders} filled. */
export function message(key: MessageKey, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(pick(MESSAGES[key], language), values);
}
