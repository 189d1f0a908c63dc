import JSZip from "jszip";
import type { SheetSpec } from "../../../src/templates/kit/model";
import { renderWorkbook, workbookBytes } from "../../../src/writers/xlsx";
import { readCells, readWorkbook } from "./readBack";

/**
 * Text from the user stays the text the user typed in the .xlsx writer: ExcelJS stores a string
 * value as a shared string (`t="s"`), which Excel and LibreOffice show as text without parsing it,
 * with leading and trailing spaces kept (`xml:space="preserve"`). Checked in the file itself, not
 * only through ExcelJS, which would read back whatever it wrote.
 */

const TEXTS = ["1E5", "(5)", "$5", "#N/A", "1/2", "=x", "TRUE", "  12 ", "50%", "'quoted", "@x", "5 kr", "SANT", 'say "hi" & <go>'];

const SHEET: SheetSpec = {
  key: "analysis",
  name: "Texts",
  grid: TEXTS.map((value) => [
    { value, role: "input", format: "text" },
    { value, role: "label" },
  ]),
  columnWidths: [12, 12],
  freeze: { rows: 0, columns: 0 },
  tables: [],
  validations: [],
  conditionalFormats: [],
  names: [],
};

const OPTIONS = { currency: "kr", title: "Texts", language: "en" as const, created: new Date("2026-03-01T10:00:00Z") };

function unescape(xml: string): string {
  return xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("the .xlsx writer and text Excel would parse", () => {
  it("stores every text as a shared string holding exactly that text", async () => {
    const bytes = await workbookBytes(renderWorkbook([SHEET], OPTIONS));
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const shared = [
      ...(await zip.file("xl/sharedStrings.xml")!.async("string")).matchAll(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g),
    ].map((m) => unescape(m[1]));
    const cells = [...sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v><\/c>/g)].map(
      ([, address, attributes, v]) => [address, / t="(\w+)"/.exec(attributes)?.[1], v] as const,
    );
    expect(cells).toHaveLength(TEXTS.length * 2);
    for (const [address, type, v] of cells) {
      expect([address, type]).toEqual([address, "s"]);
      expect(shared[Number(v)]).toBe(TEXTS[Number(address.slice(1)) - 1]);
    }
    expect(sheetXml).not.toContain("<f>");
    // leading and trailing spaces survive a reader that trims unpreserved text
    expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain('<t xml:space="preserve">  12 </t>');
  });

  it("reads back as the same texts", async () => {
    const book = await readWorkbook(await workbookBytes(renderWorkbook([SHEET], OPTIONS)));
    const cells = readCells(book.getWorksheet("Texts")!);
    TEXTS.forEach((text, i) => {
      expect(cells.get(`A${i + 1}`)?.value).toBe(text);
      expect(cells.get(`B${i + 1}`)?.value).toBe(text);
    });
  });
});
