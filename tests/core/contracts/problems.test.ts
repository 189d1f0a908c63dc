import { evaluateContract, readContract, SroiError } from "../../../src/core";
import { contractResult, validateContract } from "../../../src/core/contracts";
import { validatePortfolio } from "../../../src/core/portfolio";
import { WORKED_CONTRACT } from "./example";

/** validateContract and validatePortfolio: every bad field at once, with the rules the evaluators throw by. */

const argumentsOf = (errors: readonly SroiError[]) =>
  errors.map((e) => ("argument" in e.detail ? `${e.detail.argument}:${e.detail.kind}` : e.detail.kind));

describe("validateContract", () => {
  it("gives the contract evaluateContract reads when nothing is wrong", () => {
    const validation = validateContract(WORKED_CONTRACT);
    expect(validation.ok && contractResult(validation.contract)).toEqual(evaluateContract(WORKED_CONTRACT));
  });

  it("lists every bad field, the first being the one readContract throws", () => {
    const bad = {
      ...WORKED_CONTRACT,
      cap: -1,
      outcomes: [{ price: -60000, saving: "x", expected: [5, -1, 12] }, WORKED_CONTRACT.outcomes[1]],
      deliveryCost: [800000, 700000, -700000],
    };
    const validation = validateContract(bad);
    const errors = validation.ok ? [] : validation.errors;
    expect(argumentsOf(errors)).toEqual([
      "cap:outOfRange",
      "outcomes[1].price:outOfRange",
      "outcomes[1].saving:notNumber",
      "outcomes[1].expected[2]:outOfRange",
      "delivery_cost[3]:outOfRange",
    ]);
    expect(() => readContract(bad)).toThrow(errors[0]);
  });

  it("checks every year typed when the contract years cannot be read", () => {
    const validation = validateContract({ ...WORKED_CONTRACT, years: 0, deliveryCost: [1, 2, 3, -4] });
    expect(validation.ok ? [] : argumentsOf(validation.errors)).toEqual(["contract_years:outOfRange", "delivery_cost[4]:outOfRange"]);
  });
});

describe("validatePortfolio", () => {
  const candidate = (scores: unknown[], investment: unknown = 1000) => ({ investment, presentValue: 2000, scores, chosen: true });

  it("lists weights that are all zero once, and still checks every score given", () => {
    const validation = validatePortfolio([0, "", 0], [candidate([6, 3, 3])]);
    expect(validation.ok ? [] : argumentsOf(validation.errors)).toEqual(["weight:allZero", "candidates[1].scores[1]:outOfRange"]);
  });

  it("lists every bad score, weight and investment", () => {
    const validation = validatePortfolio([0.5, -0.5, 0.5], [candidate([0, 3, 3]), candidate([3, 3, 9], -1)]);
    expect(validation.ok ? [] : argumentsOf(validation.errors)).toEqual([
      "weights[2]:outOfRange",
      "candidates[1].scores[1]:outOfRange",
      "candidates[2].scores[3]:outOfRange",
      "candidates[2].investment:outOfRange",
    ]);
  });
});
