import { FakeExcel } from ".";
import type { FakeContext } from "./fakeContext";
import { codeOf, analys, chartWorkbook, chartsOf } from "./fakeTesting";

const workbook = chartWorkbook;
const charts = chartsOf;

describe("chart series", () => {
  it("adds series without data, sets values and categories, names, gap width and overlap, deletes", async () => {
    const fake = workbook();
    await fake.run(async (c) => {
      const chart = analys(c).charts.add("ColumnClustered", analys(c).getRange("B2:B4"));
      chart.series.getItemAt(0).delete();
      const first = chart.series.add("Bas");
      first.setValues(analys(c).getRange("B2:B4"));
      first.setXAxisValues(analys(c).getRange("A2:A4"));
      first.gapWidth = 50;
      first.overlap = 100;
      const front = chart.series.add(undefined, 0);
      front.setValues(c.workbook.worksheets.getItem("Data").getRange("A1:A3"));
      chart.series.add("Empty");
      const all = chart.series.load("items/name,count");
      await c.sync();
      expect([all.count, all.items.map((s) => s.name)]).toEqual([3, ["Series2", "Bas", "Empty"]]);
    });
    expect(charts(fake)[0].series).toEqual([
      { name: "Series2", values: "'Data'!A1:A3", valueData: [10, 20, "TRUE"] },
      {
        name: "Bas",
        values: "B2:B4",
        xValues: "A2:A4",
        valueData: [1.5, 1.1, null],
        xData: ["Base", "Low", "High"],
        gapWidth: 50,
        overlap: 100,
      },
      { name: "Empty", valueData: [] },
    ]);
  });

  it("shows formula cells as null without a calculator and as computed values with one", async () => {
    const chartOn = async (fake: FakeExcel) => {
      await fake.run(async (c) => void analys(c).charts.add("Line", analys(c).getRange("C2:C4")));
      return charts(fake)[0].series[0].valueData;
    };
    expect(await chartOn(workbook())).toEqual([null, null, null]);
    expect(await chartOn(workbook({ calculate: true }))).toEqual([3, 2.2, "#DIV/0!"]);
  });

  it.each([
    [
      "a 2-D source",
      (c: FakeContext) =>
        analys(c).charts.add("Line", analys(c).getRange("B2:B4")).series.getItemAt(0).setValues(analys(c).getRange("A2:B4")),
    ],
    [
      "a gap width on a line chart",
      (c: FakeContext) => void (analys(c).charts.add("Line", analys(c).getRange("B2:B4")).series.getItemAt(0).gapWidth = 50),
    ],
    [
      "a gap width above 500",
      (c: FakeContext) => void (analys(c).charts.add("BarClustered", analys(c).getRange("B2:B4")).series.getItemAt(0).gapWidth = 501),
    ],
    [
      "an overlap on a 3-D column chart",
      (c: FakeContext) => void (analys(c).charts.add("3DColumnClustered", analys(c).getRange("B2:B4")).series.getItemAt(0).overlap = 10),
    ],
    [
      "an overlap below -100",
      (c: FakeContext) => void (analys(c).charts.add("BarStacked", analys(c).getRange("B2:B4")).series.getItemAt(0).overlap = -101),
    ],
    [
      "a series name of 256 characters",
      (c: FakeContext) => void (analys(c).charts.add("Line", analys(c).getRange("B2:B4")).series.getItemAt(0).name = "x".repeat(256)),
    ],
    [
      "a series position past the end",
      (c: FakeContext) => void analys(c).charts.add("Line", analys(c).getRange("B2:B4")).series.add("x", 2),
    ],
  ])("refuses %s with InvalidArgument", async (_, batch) => {
    expect(await codeOf(workbook(), async (c) => void batch(c))).toBe("InvalidArgument");
  });

  it("fails getItemAt past the last series with ItemNotFound", async () => {
    expect(
      await codeOf(
        workbook(),
        async (c) => void analys(c).charts.add("Line", analys(c).getRange("B2:B4")).series.getItemAt(1).load("name"),
      ),
    ).toBe("ItemNotFound");
  });

  it.each([
    ["series.add", "1.6", (c: FakeContext) => void analys(c).charts.getItemAt(0).series.add("x")],
    ["setValues", "1.6", (c: FakeContext) => analys(c).charts.getItemAt(0).series.getItemAt(0).setValues(analys(c).getRange("B2:B4"))],
    [
      "setXAxisValues",
      "1.6",
      (c: FakeContext) => analys(c).charts.getItemAt(0).series.getItemAt(0).setXAxisValues(analys(c).getRange("A2:A4")),
    ],
    ["series.delete", "1.6", (c: FakeContext) => analys(c).charts.getItemAt(0).series.getItemAt(0).delete()],
    ["gapWidth", "1.6", (c: FakeContext) => void (analys(c).charts.getItemAt(0).series.getItemAt(0).gapWidth = 10)],
    ["overlap", "1.7", (c: FakeContext) => void (analys(c).charts.getItemAt(0).series.getItemAt(0).overlap = 10)],
  ])("%s fails with ApiNotFound on ExcelApi %s", async (_, version, batch) => {
    const fake = workbook({ apiVersion: version });
    await fake.run(async (c) => void analys(c).charts.add("ColumnClustered", analys(c).getRange("B2:B4")));
    expect(await codeOf(fake, async (c) => batch(c))).toBe("ApiNotFound");
    expect(await codeOf(fake, async (c) => void (analys(c).charts.getItemAt(0).series.getItemAt(0).name = "Ok"))).toBe("ok");
  });

  it("sets marker styles on line charts and line colours", async () => {
    const fake = workbook();
    await fake.run(async (c) => {
      const series = analys(c).charts.add("XYScatterLines", analys(c).getRange("B2:B4")).series.getItemAt(0);
      series.markerStyle = "Circle";
      series.format.line.color = "#1F4E79";
    });
    expect(charts(fake)[0].series[0]).toMatchObject({ markerStyle: "Circle", lineColor: "#1F4E79" });
    expect(await codeOf(fake, async (c) => void (analys(c).charts.getItemAt(0).series.getItemAt(0).markerStyle = "Hexagon"))).toBe(
      "InvalidArgument",
    );
    expect(
      await codeOf(
        fake,
        async (c) => void (analys(c).charts.add("Pie", analys(c).getRange("B2:B4")).series.getItemAt(0).markerStyle = "Circle"),
      ),
    ).toBe("InvalidArgument");
  });

  it("shows #REF! for data on a sheet that was deleted", async () => {
    const fake = workbook();
    await fake.run(async (c) => {
      analys(c)
        .charts.add("Line", analys(c).getRange("B2:B4"))
        .series.add("Other")
        .setValues(c.workbook.worksheets.getItem("Data").getRange("A1:A2"));
      c.workbook.worksheets.getItem("Data").delete();
    });
    expect(charts(fake)[0].series[1]).toEqual({ name: "Other", values: "#REF!", valueData: [] });
  });
});
