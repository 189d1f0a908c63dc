import type { ContractInput } from "../../../src/core";

/**
 * The worked example of issue 18: 3 years at 3.5 %; outcome 1 "in work six months after" at
 * 60 000 kr, saving 110 000 kr, expected 5, 10, 12; outcome 2 "completed an upper-secondary course"
 * at 20 000 kr, saving 35 000 kr, expected 8, 10, 10; fixed fee 100 000 kr a year; cap 2 000 000 kr
 * on the outcome payments; delivery cost 800 000, 700 000, 700 000 kr.
 */
export const WORKED_CONTRACT: ContractInput = {
  years: 3,
  discountRate: 0.035,
  fixedFee: 100000,
  cap: 2000000,
  outcomes: [
    { price: 60000, saving: 110000, expected: [5, 10, 12] },
    { price: 20000, saving: 35000, expected: [8, 10, 10] },
  ],
  deliveryCost: [800000, 700000, 700000],
};
