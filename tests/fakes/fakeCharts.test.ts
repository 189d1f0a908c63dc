import { snapshotSheetNamed } from ".";
import type { FakeContext } from "./fakeContext";
import { codeOf, analys, chartWorkbook, chartsOf } from "./fakeTesting";

const workbook = chartWorkbook;
const charts = chartsOf;

describe("charts", () => {
  describe("add", () => {
    it("makes one series per column when the range is at least as tall as wide, named Chart 1, Chart 2…", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        analys(c).charts.add("ColumnClustered", analys(c).getRange("B2:C4"));
        analys(c).charts.add("Line", analys(c).getRange("B2:C4"), "Rows");
        analys(c).charts.add("BarClustered", analys(c).getRange("B2:C3"), "Auto");
      });
      const snap = charts(fake);
      expect(snap.map((ch) => [ch.name, ch.type, ch.series.map((s) => `${s.name} ${s.values}`)])).toEqual([
        ["Chart 1", "ColumnClustered", ["Series1 B2:B4", "Series2 C2:C4"]],
        ["Chart 2", "Line", ["Series1 B2:C2", "Series2 B3:C3", "Series3 B4:C4"]],
        ["Chart 3", "BarClustered", ["Series1 B2:B3", "Series2 C2:C3"]],
      ]);
    });

    it("makes one series per row when the range is wider than tall (Auto)", async () => {
      const fake = workbook();
      await fake.run(async (c) => void analys(c).charts.add("Pie", analys(c).getRange("A2:C2")));
      expect(charts(fake)[0].series.map((s) => s.values)).toEqual(["A2:C2"]);
    });

    it.each([
      ["an unknown chart type", (c: FakeContext) => analys(c).charts.add("Column", analys(c).getRange("B2:B4"))],
      ["an unknown seriesBy", (c: FakeContext) => analys(c).charts.add("Line", analys(c).getRange("B2:B4"), "Diagonal")],
      [
        "source data on another sheet",
        (c: FakeContext) => analys(c).charts.add("Line", c.workbook.worksheets.getItem("Data").getRange("A1:A3")),
      ],
    ])("refuses %s with InvalidArgument", async (_, add) => {
      expect(await codeOf(workbook(), async (c) => void add(c))).toBe("InvalidArgument");
    });

    it("does not reuse the number of a deleted chart", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        analys(c).charts.add("Line", analys(c).getRange("B2:B4")).delete();
        analys(c).charts.add("Line", analys(c).getRange("B2:B4"));
      });
      expect(charts(fake).map((ch) => ch.name)).toEqual(["Chart 2"]);
    });
  });

  describe("finding charts", () => {
    it("loads names and count, finds by exact name and gives null objects for missing ones", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const chart = analys(c).charts.add("Line", analys(c).getRange("B2:B4"));
        chart.name = "SroiChartTornado";
        const all = analys(c).charts.load("items/name,count");
        const found = analys(c).charts.getItemOrNullObject("SroiChartTornado").load("name,chartType");
        const otherCase = analys(c).charts.getItemOrNullObject("sroichartTornado");
        const first = analys(c).charts.getItemAt(0).load("name");
        expect(() => all.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await c.sync();
        expect([all.items.map((ch) => ch.name), all.count, found.name, found.chartType, otherCase.isNullObject, first.name]).toEqual([
          ["SroiChartTornado"],
          1,
          "SroiChartTornado",
          "Line",
          true,
          "SroiChartTornado",
        ]);
        otherCase.delete();
        otherCase.title.text = "ignored";
      });
      expect(charts(fake)).toHaveLength(1);
      expect(await codeOf(fake, async (c) => void analys(c).charts.getItem("Nope").load("name"))).toBe("ItemNotFound");
    });

    it("allows two charts of one name (getItem returns the first), but not a blank name", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        analys(c).charts.add("Line", analys(c).getRange("B2:B4")).name = "Same";
        analys(c).charts.add("Pie", analys(c).getRange("B2:B4")).name = "Same";
        const first = analys(c).charts.getItem("Same").load("chartType");
        await c.sync();
        expect(first.chartType).toBe("Line");
      });
      expect(await codeOf(fake, async (c) => void (analys(c).charts.getItem("Same").name = " "))).toBe("InvalidArgument");
    });

    it.each([
      ["getItemOrNullObject", "1.3", (c: FakeContext) => void analys(c).charts.getItemOrNullObject("x")],
      ["chartType", "1.6", (c: FakeContext) => void analys(c).charts.load("items/chartType")],
      ["worksheet", "1.1", (c: FakeContext) => void analys(c).charts.load("items/worksheet/name")],
    ])("needs a newer ExcelApi for %s", async (_, version, batch) => {
      expect(await codeOf(workbook({ apiVersion: version }), async (c) => batch(c))).toBe("ApiNotFound");
    });
  });

  describe("title, axes, legend and position", () => {
    it("records what is set and loads it back", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const chart = analys(c).charts.add("BarClustered", analys(c).getRange("B2:B4"));
        chart.title.text = "SROI-kvot";
        chart.axes.categoryAxis.title.text = "Scenario";
        chart.axes.valueAxis.title.text = "kr per kr";
        chart.axes.categoryAxis.reversePlotOrder = true;
        chart.legend.position = "Bottom";
        chart.legend.visible = false;
        chart.setPosition("E2", analys(c).getRange("L18:M20"));
        const title = chart.title.load("text");
        const axis = chart.axes.categoryAxis.load("reversePlotOrder");
        const legend = chart.legend.load("position,visible");
        await c.sync();
        expect([title.text, axis.reversePlotOrder, legend.position, legend.visible]).toEqual(["SROI-kvot", true, "Bottom", false]);
      });
      const { series: _series, ...chart } = charts(fake)[0];
      expect(chart).toEqual({
        name: "Chart 1",
        type: "BarClustered",
        title: "SROI-kvot",
        categoryAxisTitle: "Scenario",
        valueAxisTitle: "kr per kr",
        reversePlotOrder: true,
        legend: { position: "Bottom", visible: false },
        from: "E2",
        to: "M20",
      });
    });

    it("moves a placed chart with its size when only the start cell is given", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const chart = analys(c).charts.add("Line", analys(c).getRange("B2:B4"));
        chart.setPosition("B2", "F10");
        chart.setPosition("D5");
      });
      expect(charts(fake)[0]).toMatchObject({ from: "D5", to: "H13", title: null });
    });

    it("refuses to read a setting it never saw, a bad legend position and axes on a pie", async () => {
      const fake = workbook();
      const add = (c: FakeContext, type = "Line") => analys(c).charts.add(type, analys(c).getRange("B2:B4"));
      expect(await codeOf(fake, async (c) => void add(c).title.load("text"))).toBe("GeneralException");
      expect(await codeOf(fake, async (c) => void (add(c).legend.position = "Middle"))).toBe("InvalidArgument");
      expect(await codeOf(fake, async (c) => void (add(c, "Pie").axes.valueAxis.title.text = "kr"))).toBe("InvalidOperation");
      expect(await codeOf(fake, async (c) => void add(c).setPosition("'Data'!A1"))).toBe("InvalidArgument");
    });

    it("needs ExcelApi 1.7 for reversePlotOrder", async () => {
      const old = workbook({ apiVersion: "1.6" });
      expect(
        await codeOf(
          old,
          async (c) => void (analys(c).charts.add("BarClustered", analys(c).getRange("B2:B4")).axes.categoryAxis.reversePlotOrder = true),
        ),
      ).toBe("ApiNotFound");
      expect(charts(old)).toHaveLength(1);
    });
  });

  it("keeps the snapshot JSON-safe", async () => {
    const fake = workbook({ calculate: true });
    await fake.run(async (c) => void analys(c).charts.add("XYScatterLines", analys(c).getRange("B2:C4")));
    const snap = snapshotSheetNamed(fake, "Analys")!;
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
