import { Bounds, columnCount, rowCount } from "./fakeAddress";
import { demand } from "./fakeErrors";
import type { FakeSheet } from "./fakeWorkbook";

/**
 * Range.getCellProperties (ExcelApi 1.9): per cell, the properties the load options ask for, as
 * a 2-D array the shape of the range. The fake knows a cell's fill, font (bold, italic, colour,
 * size, name), wrapping and alignment; an unformatted cell reads as Excel's defaults (no fill is
 * "#FFFFFF", font Calibri 11 black, alignment General / Bottom). Options the fake does not model
 * (borders, protection, hyperlink, style…) are refused rather than answered with a guess.
 */

type Options = { readonly [key: string]: boolean | Options | undefined };

const MODELLED: Options = {
  address: true,
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, color: true, size: true, name: true },
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
  },
};

/** Checks that every requested property is one the fake models. */
function checkOptions(options: Options, modelled: Options, path: string): void {
  for (const [key, wanted] of Object.entries(options)) {
    if (!wanted) continue;
    const known = modelled[key];
    demand(known !== undefined, "GeneralException", `The fake does not model the cell property ${path}${key}.`);
    if (typeof wanted === "object") {
      demand(typeof known === "object", "InvalidArgument", `${path}${key} is not an object.`);
      checkOptions(wanted, known, `${path}${key}.`);
    }
  }
}

/** Keeps of `full` what `options` asks for. */
function pick(full: Record<string, unknown>, options: Options): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(options)) {
    if (!wanted) continue;
    out[key] = typeof wanted === "object" ? pick(full[key] as Record<string, unknown>, wanted) : full[key];
  }
  return out;
}

export function cellProperties(
  sheet: FakeSheet,
  b: Bounds,
  options: Options,
  address: (row: number, column: number) => string,
): Record<string, unknown>[][] {
  checkOptions(options, MODELLED, "");
  return Array.from({ length: rowCount(b) }, (_, i) =>
    Array.from({ length: columnCount(b) }, (_, j) => {
      const style = sheet.cell(b.top + i, b.left + j)?.style ?? {};
      const full = {
        address: address(b.top + i, b.left + j),
        format: {
          fill: { color: style.fill ?? "#FFFFFF" },
          font: {
            bold: style.bold ?? false,
            italic: style.italic ?? false,
            color: style.color ?? "#000000",
            size: style.size ?? 11,
            name: "Calibri",
          },
          wrapText: style.wrap ?? false,
          horizontalAlignment: style.horizontalAlignment ?? "General",
          verticalAlignment: style.verticalAlignment ?? "Bottom",
        },
      };
      return pick(full, options);
    }),
  );
}
