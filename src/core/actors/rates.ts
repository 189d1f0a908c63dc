import { Dec } from "../decimal";
import { isBlank, readNonNegative, readShare, readWhole } from "../validate";
import type { Language } from "../language";
import { fieldPath } from "./names";

/**
 * The tax and fee rates that split a change in income between the individual and the public
 * actors. They are inputs, each with the source and year it was taken from; the core holds no
 * rate of its own. Income tax: municipal and regional rates on all taxable income, state income
 * tax on the part of a yearly income above a threshold. Employer social fees on wages.
 */

/** A rate (or amount) as a sheet gives it, with where it comes from. */
export interface RateInput {
  readonly value: unknown;
  readonly source?: unknown;
  readonly year?: unknown;
}

export interface Rate {
  readonly value: Dec;
  /** Where the figure comes from ("" when not given). */
  readonly source: string;
  /** The year the figure applies to, or null when not given. */
  readonly year: number | null;
}

export interface RatesInput {
  /** Municipal income tax (kommunalskatt to the municipality), a share of taxable income. */
  readonly municipalTax: RateInput;
  /** Regional income tax (regionskatt), a share of taxable income. */
  readonly regionalTax: RateInput;
  /** State income tax, a share of the yearly taxable income above the threshold. */
  readonly stateTax: RateInput;
  /** Yearly income above which state income tax is paid (brytpunkt), in currency. */
  readonly stateTaxThreshold: RateInput;
  /** Employer social fees (arbetsgivaravgifter), a share of the wage paid on top of it. */
  readonly employerFees: RateInput;
}

export type Rates = { readonly [K in keyof RatesInput]: Rate };

/** The rates in the order a sheet lists them. */
export const RATE_KEYS: readonly (keyof RatesInput)[] = ["municipalTax", "regionalTax", "stateTax", "stateTaxThreshold", "employerFees"];

/** The field each rate is named by in messages ("municipal_tax_rate"; its year: "municipal_tax_rate.year"). */
export const RATE_ARGUMENTS: Readonly<Record<keyof RatesInput, string>> = {
  municipalTax: "municipal_tax_rate",
  regionalTax: "regional_tax_rate",
  stateTax: "state_tax_rate",
  stateTaxThreshold: "state_tax_threshold",
  employerFees: "employer_fee_rate",
};

const YEAR_RANGE = { min: 1900, max: 2200 };

/** Validates one rate: its value (a share, or an amount for the threshold) and its optional year. */
export function readRate(key: keyof RatesInput, input: RateInput | undefined): Rate {
  const argument = RATE_ARGUMENTS[key];
  const read = key === "stateTaxThreshold" ? readNonNegative : readShare;
  const value = read(argument, input?.value);
  return {
    value,
    source: isBlank(input?.source) ? "" : String(input?.source).trim(),
    year: readYear(fieldPath(argument, "year"), input?.year),
  };
}

function readYear(argument: string, value: unknown): number | null {
  if (isBlank(value)) return null;
  return readWhole(argument, value, YEAR_RANGE);
}

/**
 * Example rates for 2025, for the template's worked example only. They are published figures for
 * one place and one year: check them for your municipality, region and year before use.
 * - Municipal and regional tax: Alingsås kommun 21.36 % and Västra Götalandsregionen 11.48 %
 *   (Alingsås is one of the municipalities of seed 004; the average total local rate in Sweden
 *   in 2025 was 32.41 %, SCB).
 * - State income tax: 20 % on income above the 2025 brytpunkt of 643 100 kr a year for people
 *   under 66 (Skatteverket).
 * - Employer social fees: the full rate of 31.42 % in 2025 (Skatteverket).
 */
export const EXAMPLE_RATES_2025: Readonly<
  Record<keyof RatesInput, { readonly value: number; readonly year: number; readonly source: Readonly<Record<Language, string>> }>
> = {
  municipalTax: {
    value: 0.2136,
    year: 2025,
    source: {
      en: "Statistics Sweden (SCB), local tax rates 2025: Alingsås municipality",
      sv: "SCB, kommunala skattesatser 2025: Alingsås kommun",
    },
  },
  regionalTax: {
    value: 0.1148,
    year: 2025,
    source: {
      en: "Statistics Sweden (SCB), local tax rates 2025: Västra Götaland region",
      sv: "SCB, kommunala skattesatser 2025: Västra Götalandsregionen",
    },
  },
  stateTax: {
    value: 0.2,
    year: 2025,
    source: { en: "Swedish Tax Agency (Skatteverket), state income tax 2025", sv: "Skatteverket, statlig inkomstskatt 2025" },
  },
  stateTaxThreshold: {
    value: 643100,
    year: 2025,
    source: { en: "Swedish Tax Agency (Skatteverket), threshold 2025, under 66", sv: "Skatteverket, brytpunkt 2025 (under 66 år)" },
  },
  employerFees: {
    value: 0.3142,
    year: 2025,
    source: {
      en: "Swedish Tax Agency (Skatteverket), employer fees 2025, full rate",
      sv: "Skatteverket, arbetsgivaravgifter 2025, full avgift",
    },
  },
};
