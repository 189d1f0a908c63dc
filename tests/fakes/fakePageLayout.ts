import { boundsAddress, parseAddress } from "./fakeAddress";
import type { FakeContext } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeWorksheetProxy } from "./fakeProxies";
import type { FakePageLayout } from "./fakeWorkbook";

/**
 * `Worksheet.pageLayout` (ExcelApi 1.9): records what is set, checking the values Excel checks
 * (orientation and paper names, margins in points, zoom as fit-to-pages or scale, print area and
 * title rows and columns as addresses on the sheet). Title rows must be whole rows ("$5:$5"), title
 * columns whole columns ("$A:$B").
 */

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPERS = ["A4", "A3", "A5", "Letter", "Legal"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;

export class FakePageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string; leftFooter: string; rightFooter: string; centerHeader: string } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheetProxy,
  ) {
    const footer = (part: "centerFooter" | "leftFooter" | "rightFooter" | "centerHeader") => ({
      set: (text: unknown) =>
        this.set(`pageLayout.headersFooters.${part}`, () => {
          demand(
            typeof text === "string" && text.length <= 255,
            "InvalidArgument",
            "A header or footer is text of at most 255 characters.",
          );
          return { [part]: text };
        }),
      enumerable: true,
    });
    const defaultForAllPages = Object.defineProperties({} as FakePageLayoutProxy["headersFooters"]["defaultForAllPages"], {
      centerFooter: footer("centerFooter"),
      leftFooter: footer("leftFooter"),
      rightFooter: footer("rightFooter"),
      centerHeader: footer("centerHeader"),
    });
    this.headersFooters = { defaultForAllPages };
    for (const margin of MARGINS) {
      Object.defineProperty(this, margin, {
        set: (points: unknown) =>
          this.set(`pageLayout.${margin}`, () => {
            demand(
              typeof points === "number" && points >= 0 && points < 1000,
              "InvalidArgument",
              `${String(points)} is not a margin in points.`,
            );
            return { [margin]: points };
          }),
        enumerable: true,
      });
    }
  }

  private set(api: string, change: () => Partial<FakePageLayout>): void {
    this.ctx.enqueue(api, "1.9", () => {
      const target = this.sheet.target();
      target.pageLayout = { ...target.pageLayout, ...change() };
    });
  }

  set orientation(value: string) {
    this.set("pageLayout.orientation", () => {
      demand(ORIENTATIONS.includes(value), "InvalidArgument", `"${value}" is not an Excel.PageOrientation.`);
      return { orientation: value };
    });
  }

  set paperSize(value: string) {
    this.set("pageLayout.paperSize", () => {
      demand(PAPERS.includes(value), "InvalidArgument", `"${value}" is not an Excel.PaperType the fake knows.`);
      return { paperSize: value };
    });
  }

  set zoom(zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("pageLayout.zoom", () => {
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      demand(fit !== (zoom.scale !== undefined), "InvalidArgument", "The zoom is either fit-to-pages or a scale.");
      return { zoom: { ...zoom } };
    });
  }

  setPrintArea(area: string): void {
    this.set("pageLayout.setPrintArea", () => ({ printArea: boundsAddress(parseAddress(area.replace(/\$/g, ""))) }));
  }

  setPrintTitleColumns(columns: string): void {
    this.set("pageLayout.setPrintTitleColumns", () => {
      demand(/^\$?[A-Z]+:\$?[A-Z]+$/.test(columns), "InvalidArgument", `"${columns}" is not a range of whole columns.`);
      return { printTitleColumns: columns.replace(/\$/g, "") };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.set("pageLayout.setPrintTitleRows", () => {
      demand(/^\$?\d+:\$?\d+$/.test(rows), "InvalidArgument", `"${rows}" is not a range of whole rows.`);
      return { printTitleRows: rows.replace(/\$/g, "") };
    });
  }
}
