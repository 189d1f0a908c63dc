import type { Language } from "../language";
import type { FactSource } from "./kpi";

/**
 * A small library of Swedish national figures that social-investment calculations use, each with
 * the year it applies to (its price year) and the public source it was read in. Only figures read
 * in a public page are listed; national averages are a fallback for local figures, never better.
 * `amount` entries are money per unit and can be converted between price years with the KPI;
 * `rate` entries are shares (0.3142 for 31.42 %) that apply to their year and are not converted.
 */

type Bilingual = Readonly<Record<Language, string>>;

export interface LibraryEntry {
  readonly id: string;
  readonly kind: "amount" | "rate";
  readonly name: Bilingual;
  readonly unit: Bilingual;
  /** Kronor per unit (amount) or a fraction (rate), as published. */
  readonly value: number;
  /** The year the figure applies to: its price year. */
  readonly year: number;
  readonly includes: Bilingual;
  readonly source: FactSource;
}

const b = (en: string, sv: string): Bilingual => ({ en, sv });

const SFS_2025_872: FactSource = {
  organisation: "Regeringen (Socialdepartementet)",
  title: "Förordning (2025:872) om prisbasbelopp och förhöjt prisbasbelopp för år 2026, 1 §",
  url: "https://laglio.se/lagar/sfs-2025-872",
};
const PBB_2024: FactSource = {
  organisation: "Regeringen",
  via: "Fremia",
  title: "Rejäl höjning av prisbasbeloppet 2024 (Fremia, nyhet 2023)",
  url: "https://www.fremia.se/nyhetsrum/nyheter/2023/prisbasbelopp-2024/",
};
const FK_2023: FactSource = {
  organisation: "Försäkringskassan",
  title: "Aktuella belopp (belopp för 2023)",
  url: "https://www.forsakringskassan.se/privatperson/e-tjanster-blanketter-och-informationsmaterial/aktuella-belopp",
};
const MI_2022: FactSource = {
  organisation: "Medlingsinstitutet",
  title: "Räkna med medianlön eller genomsnittslön? (2023)",
  url: "https://www.mi.se/nyheter/2023/rakna-med-medianlon-eller-genomsnittslon/",
};
const KRIMINALVARDEN_2019: FactSource = {
  organisation: "Kriminalvården",
  title: "Ekonomi och planering (källa: Kriminalvårdens årsredovisning 2019)",
  url: "https://www.kriminalvarden.se/om-kriminalvarden/kriminalvardens-organisation-ekonomi-och-miljoarbete/ekonomi-och-planering/",
};
const SOCIALSTYRELSEN_2024: FactSource = {
  organisation: "Socialstyrelsen",
  via: "Regionfakta",
  title: "Ekonomiskt bistånd 2024, riket (Regionfakta, källa: Socialstyrelsen)",
  url: "https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
};
const KOLADA_2018: FactSource = {
  organisation: "SCB / Kolada (RKA)",
  via: "Helsingborgs Dagblad",
  title: "Lärare för 63 000 kronor per elev (HD 2019-09-12, källa: SCB via Kolada)",
  url: "https://www.hd.se/2019-09-12/larare-for-63-000-kronor-per-elev",
};
const SKATTEVERKET_2024: FactSource = {
  organisation: "Skatteverket",
  title: "Rättslig vägledning 2024.3: Arbetsgivaravgifter, belopp och procentsatser",
  url: "https://www4.skatteverket.se/rattsligvagledning/edition/2024.3/1333.html",
};
const SKR_OLDER: FactSource = {
  organisation: "SKR (Sveriges Kommuner och Regioner)",
  title: "Särregler olika ålderskategorier (2022)",
  url: "https://skr.se/skr/ekonomijuridik/ekonomi/budgetochplanering/arbetsgivaravgifterochpopalagg/sarreglerolikaalderskategorier.8138.html",
};
const SCB_TAX_2025: FactSource = {
  organisation: "SCB",
  via: "marcusoscarsson.se",
  title: "Skatten höjs för en miljon svenskar – från och med 2025 (2024-12-17, källa: SCB Kommunalskatterna 2025)",
  url: "https://stage.marcusoscarsson.se/just-nu-en-miljon-svenskar-far-hojd-skatt-fran-och-med-2025",
};
const SCB_TAX_2024: FactSource = {
  organisation: "SCB",
  via: "upday",
  title: "Största skattehöjningen på nio år (2023-12, källa: SCB Kommunalskatterna 2024)",
  url: "https://www.upday.com/se/stoersta-skattehoejningen-pa-nio-ar",
};

const SCB_TAX_2026: FactSource = {
  organisation: "SCB",
  via: "tid.news",
  title: "Kommunalskatterna 2026: genomsnittlig skattesats 32,38 procent (tid.news, källa: SCB)",
  url: "https://tid.news/de/5fc39769-ca4a-4c26-8bff-8538758446c4",
};

const PER_YEAR = b("per year", "per år");
const PER_DAY = b("per day", "per dag");
const PER_MONTH = b("per month", "per månad");

export const UNIT_COST_LIBRARY: readonly LibraryEntry[] = [
  {
    id: "pbb-2026",
    kind: "amount",
    name: b("Price base amount (prisbasbelopp)", "Prisbasbelopp"),
    unit: PER_YEAR,
    value: 59200,
    year: 2026,
    includes: b(
      "Set by the government each year from the KPI; many benefits and ceilings are multiples of it.",
      "Fastställs av regeringen varje år utifrån KPI; många ersättningar och tak är multiplar av det.",
    ),
    source: SFS_2025_872,
  },
  {
    id: "fpbb-2026",
    kind: "amount",
    name: b("Increased price base amount", "Förhöjt prisbasbelopp"),
    unit: PER_YEAR,
    value: 60500,
    year: 2026,
    includes: b("Used for pension-qualifying income.", "Används för pensionsgrundande inkomst."),
    source: SFS_2025_872,
  },
  {
    id: "pbb-2024",
    kind: "amount",
    name: b("Price base amount (prisbasbelopp)", "Prisbasbelopp"),
    unit: PER_YEAR,
    value: 57300,
    year: 2024,
    includes: b("The 2024 amount, as decided by the government.", "Beloppet för 2024 enligt regeringens beslut."),
    source: PBB_2024,
  },
  {
    id: "fpbb-2024",
    kind: "amount",
    name: b("Increased price base amount", "Förhöjt prisbasbelopp"),
    unit: PER_YEAR,
    value: 58500,
    year: 2024,
    includes: b("The 2024 amount, as decided by the government.", "Beloppet för 2024 enligt regeringens beslut."),
    source: PBB_2024,
  },
  {
    id: "social-assistance-2024",
    kind: "amount",
    name: b("Social assistance paid per household (whole country)", "Ekonomiskt bistånd per biståndshushåll (riket)"),
    unit: b("household and year", "hushåll och år"),
    value: 75045,
    year: 2024,
    includes: b(
      "Assistance paid out during the year divided by the households that received any; administration not included.",
      "Utbetalt bistånd under året delat med antalet hushåll som fått bistånd; handläggning ingår inte.",
    ),
    source: SOCIALSTYRELSEN_2024,
  },
  {
    id: "sickness-max-2023",
    kind: "amount",
    name: b("Sickness benefit, highest amount", "Sjukpenning, högsta belopp"),
    unit: PER_DAY,
    value: 1116,
    year: 2023,
    includes: b(
      "Calendar-day sickness benefit at the income ceiling, before tax.",
      "Kalenderdagsberäknad sjukpenning vid inkomsttaket, före skatt.",
    ),
    source: FK_2023,
  },
  {
    id: "sickness-max-after-year-2023",
    kind: "amount",
    name: b("Sickness benefit after one year, highest amount", "Sjukpenning efter ett år, högsta belopp"),
    unit: PER_DAY,
    value: 1046,
    year: 2023,
    includes: b("The lower level after a year on sick leave, before tax.", "Den lägre nivån efter ett års sjukskrivning, före skatt."),
    source: FK_2023,
  },
  {
    id: "sgi-max-2023",
    kind: "amount",
    name: b("Sickness-benefit qualifying income (SGI), ceiling", "Sjukpenninggrundande inkomst (SGI), högsta"),
    unit: PER_YEAR,
    value: 525000,
    year: 2023,
    includes: b(
      "Ten price base amounts; income above it gives no more benefit.",
      "Tio prisbasbelopp; inkomst över taket ger ingen högre ersättning.",
    ),
    source: FK_2023,
  },
  {
    id: "disability-max-2023",
    kind: "amount",
    name: b("Income-related sickness or activity compensation, highest", "Inkomstrelaterad sjuk- eller aktivitetsersättning, högsta"),
    unit: PER_MONTH,
    value: 21230,
    year: 2023,
    includes: b("Before tax; 254 756 kr a year.", "Före skatt; 254 756 kr per år."),
    source: FK_2023,
  },
  {
    id: "salary-all-2022",
    kind: "amount",
    name: b("Average monthly salary, all sectors", "Genomsnittlig månadslön, samtliga sektorer"),
    unit: PER_MONTH,
    value: 38300,
    year: 2022,
    includes: b(
      "Gross pay with fixed and many variable supplements, part-time scaled to full time; employer contributions not included.",
      "Bruttolön med fasta och många rörliga tillägg, deltid omräknad till heltid; arbetsgivaravgifter ingår inte.",
    ),
    source: MI_2022,
  },
  {
    id: "salary-municipal-2022",
    kind: "amount",
    name: b("Average monthly salary, municipalities", "Genomsnittlig månadslön, kommuner"),
    unit: PER_MONTH,
    value: 33700,
    year: 2022,
    includes: b(
      "As above, municipal employees; employer contributions not included.",
      "Som ovan, anställda i kommuner; arbetsgivaravgifter ingår inte.",
    ),
    source: MI_2022,
  },
  {
    id: "salary-regional-2022",
    kind: "amount",
    name: b("Average monthly salary, regions", "Genomsnittlig månadslön, regioner"),
    unit: PER_MONTH,
    value: 41300,
    year: 2022,
    includes: b(
      "As above, regional employees; employer contributions not included.",
      "Som ovan, anställda i regioner; arbetsgivaravgifter ingår inte.",
    ),
    source: MI_2022,
  },
  {
    id: "prison-day-2019",
    kind: "amount",
    name: b("Prison (anstalt), cost per day", "Anstalt, kostnad per vårddygn"),
    unit: PER_DAY,
    value: 3202,
    year: 2019,
    includes: b(
      "Kriminalvården's average cost per occupied place and day.",
      "Kriminalvårdens genomsnittliga kostnad per belagd plats och dygn.",
    ),
    source: KRIMINALVARDEN_2019,
  },
  {
    id: "remand-day-2019",
    kind: "amount",
    name: b("Remand prison (häkte), cost per day", "Häkte, kostnad per vårddygn"),
    unit: PER_DAY,
    value: 3255,
    year: 2019,
    includes: b(
      "Kriminalvården's average cost per occupied place and day.",
      "Kriminalvårdens genomsnittliga kostnad per belagd plats och dygn.",
    ),
    source: KRIMINALVARDEN_2019,
  },
  {
    id: "probation-day-2019",
    kind: "amount",
    name: b("Probation (frivård), cost per client and day", "Frivård, kostnad per klient och dag"),
    unit: PER_DAY,
    value: 336,
    year: 2019,
    includes: b(
      "Kriminalvården's average daily cost per client in probation.",
      "Kriminalvårdens genomsnittliga dagliga kostnad per klient i frivård.",
    ),
    source: KRIMINALVARDEN_2019,
  },
  {
    id: "compulsory-school-pupil-2018",
    kind: "amount",
    name: b("Compulsory school (grundskola), cost per pupil, municipal schools", "Grundskola, kostnad per elev, kommunala skolor"),
    unit: PER_YEAR,
    value: 113700,
    year: 2018,
    includes: b(
      "Everything: teaching, premises, meals, materials, pupil health, administration; municipal schools only.",
      "Allt: undervisning, lokaler, måltider, lärverktyg, elevhälsa, administration; endast kommunala skolor.",
    ),
    source: KOLADA_2018,
  },
  {
    id: "employer-contributions-2024",
    kind: "rate",
    name: b("Employer contributions, full rate", "Arbetsgivaravgifter, full avgift"),
    unit: b("share of gross pay", "andel av bruttolön"),
    value: 0.3142,
    year: 2024,
    includes: b(
      "19.80 % contributions (sickness 3.55, parental 2.60, old-age pension 10.21, survivors 0.60, labour market 2.64, work injury 0.20) plus 11.62 % general payroll tax.",
      "19,80 % avgifter (sjukförsäkring 3,55, föräldraförsäkring 2,60, ålderspension 10,21, efterlevandepension 0,60, arbetsmarknad 2,64, arbetsskada 0,20) plus 11,62 % allmän löneavgift.",
    ),
    source: SKATTEVERKET_2024,
  },
  {
    id: "employer-contributions-older",
    kind: "rate",
    name: b("Employer contributions, employees 65 and older", "Arbetsgivaravgifter, anställda som fyllt 65"),
    unit: b("share of gross pay", "andel av bruttolön"),
    value: 0.1021,
    year: 2022,
    includes: b("The old-age pension contribution only.", "Endast ålderspensionsavgiften."),
    source: SKR_OLDER,
  },
  {
    id: "municipal-tax-2026",
    kind: "rate",
    name: b("Average total municipal tax rate", "Genomsnittlig total kommunalskatt"),
    unit: b("share of taxable income", "andel av beskattningsbar inkomst"),
    value: 0.3238,
    year: 2026,
    includes: b("Municipal plus regional tax, average for the whole country.", "Kommunal- plus regionskatt, genomsnitt för riket."),
    source: SCB_TAX_2026,
  },
  {
    id: "municipal-tax-2025",
    kind: "rate",
    name: b("Average total municipal tax rate", "Genomsnittlig total kommunalskatt"),
    unit: b("share of taxable income", "andel av beskattningsbar inkomst"),
    value: 0.3241,
    year: 2025,
    includes: b("Municipal plus regional tax, average for the whole country.", "Kommunal- plus regionskatt, genomsnitt för riket."),
    source: SCB_TAX_2025,
  },
  {
    id: "municipal-tax-2024",
    kind: "rate",
    name: b("Average total municipal tax rate", "Genomsnittlig total kommunalskatt"),
    unit: b("share of taxable income", "andel av beskattningsbar inkomst"),
    value: 0.3237,
    year: 2024,
    includes: b("Municipal plus regional tax, average for the whole country.", "Kommunal- plus regionskatt, genomsnitt för riket."),
    source: SCB_TAX_2024,
  },
];

/** The library's money entries (the ones a unit-cost or proxy cell can take). */
export const LIBRARY_AMOUNTS: readonly LibraryEntry[] = UNIT_COST_LIBRARY.filter((e) => e.kind === "amount");
/** The library's rates. */
export const LIBRARY_RATES: readonly LibraryEntry[] = UNIT_COST_LIBRARY.filter((e) => e.kind === "rate");
