/**
 * SCB's consumer price index (KPI, konsumentprisindex), 1980 = 100, annual means of the fixed
 * ("fastställda") monthly figures. Only years whose annual mean was read in SCB's own table are
 * listed; the workbook's KPI sheet lets users add later years as SCB publishes them.
 */

/** Where a shipped figure comes from: organisation, document or page, its address. */
export interface FactSource {
  /** The organisation the figure is from. */
  readonly organisation: string;
  /** The publisher of the page it was read in, when not the organisation itself. */
  readonly via?: string;
  readonly title: string;
  readonly url?: string;
}

export const KPI_SOURCE: FactSource = {
  organisation: "SCB (Statistiska centralbyrån)",
  title: "Konsumentprisindex (1980=100), fastställda tal – årsmedel",
  url: "https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-konsumtion/konsumentprisindex/konsumentprisindex-kpi/pong/tabell-och-diagram/konsumentprisindex-kpi/kpi-faststallda-tal-1980100/",
};

/** [year, annual mean] as published, two decimals; kept as text so no float ever rounds them. */
export const KPI_ANNUAL: readonly (readonly [number, string])[] = [
  [2006, "284.22"],
  [2007, "290.51"],
  [2008, "300.61"],
  [2009, "299.66"],
  [2010, "303.46"],
  [2011, "311.43"],
  [2012, "314.20"],
  [2013, "314.06"],
  [2014, "313.49"],
  [2015, "313.35"],
  [2016, "316.43"],
  [2017, "322.11"],
  [2018, "328.40"],
  [2019, "334.26"],
  [2020, "335.92"],
  [2021, "343.19"],
  [2022, "371.91"],
  [2023, "403.70"],
];
