import { Text, tx } from "../kit";

/**
 * The worked example of issue 18 (figures worked by hand there and in tests/core/contracts): a
 * 3-year contract at 3.5 % with two outcomes, a fixed fee of 100 000 a year, a cap of 2 000 000 on
 * the outcome payments and a delivery cost of 800 000, 700 000 and 700 000. It gives total payments
 * 2 300 000, the commissioner's net 1 650 000 (present value 1 522 912.90), an investor IRR of
 * 28.67 %, a money multiple of 1.0455 and a break-even achievement of 87.16 %.
 */

export interface ContractExampleOutcome {
  readonly name: Text;
  readonly measure: Text;
  readonly price: number;
  readonly saving: number;
  readonly expected: readonly number[];
}

export const CONTRACT_EXAMPLE = {
  years: 3,
  rate: 0.035,
  fee: 100000,
  cap: 2000000,
  deliveryCost: [800000, 700000, 700000],
  outcomes: [
    {
      name: tx("In work six months after", "I arbete sex månader efter"),
      measure: tx("Employment register, confirmed by the external validator", "Anställningsregister, bekräftat av den externa valideraren"),
      price: 60000,
      saving: 110000,
      expected: [5, 10, 12],
    },
    {
      name: tx("Completed an upper-secondary course", "Avslutad kurs på gymnasienivå"),
      measure: tx("Course certificate, confirmed by the external validator", "Kursintyg, bekräftat av den externa valideraren"),
      price: 20000,
      saving: 35000,
      expected: [8, 10, 10],
    },
  ] as readonly ContractExampleOutcome[],
} as const;
