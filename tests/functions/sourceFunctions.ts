import "./excelStub";
import {
  sroiAdjust,
  sroiBreakEven,
  sroiEffectSize,
  sroiNetValue,
  sroiPayback,
  sroiProfile,
  sroiRatio,
  sroiRosenberg,
  sroiSimulate,
  sroiValue,
  sroiReal,
} from "../../src/functions/functions";

/** The source custom functions by metadata id (the build associates the same pairs). */
export const FUNCTIONS_BY_ID: Readonly<Record<string, (...args: never[]) => unknown>> = {
  VALUE: sroiValue,
  PROFILE: sroiProfile,
  ADJUST: sroiAdjust,
  RATIO: sroiRatio,
  NETVALUE: sroiNetValue,
  PAYBACK: sroiPayback,
  EFFECTSIZE: sroiEffectSize,
  ROSENBERG: sroiRosenberg,
  BREAKEVEN: sroiBreakEven,
  SIMULATE: sroiSimulate,
  REAL: sroiReal,
};

/** Calls the source function with a metadata id. */
export function call(id: string, args: readonly unknown[]): unknown {
  return (FUNCTIONS_BY_ID[id] as (...a: unknown[]) => unknown)(...args);
}

export { sroiProfile, sroiRatio, sroiValue };
