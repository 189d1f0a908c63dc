import { SroiError } from "../errors";

/**
 * The seeded pseudo-random generator of the Monte Carlo analysis: xoshiro128** 1.1 by David
 * Blackman and Sebastiano Vigna (2018, public domain; https://prng.di.unimi.it/xoshiro128starstar.c),
 * a 128-bit state and 32-bit outputs, with its state filled from the seed by SplitMix64
 * (https://prng.di.unimi.it/splitmix64.c), as its authors recommend. The same seed always gives
 * the same sequence on every JavaScript engine (32-bit integer arithmetic only).
 */
export interface Random {
  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number;
  /** A uniform number strictly between 0 and 1: (output + 0.5) / 2³². */
  nextUniform(): number;
}

/** The largest seed: seeds are whole numbers 0 … 2³² − 1, so they can be shown and typed back. */
export const MAX_SEED = 0xffffffff;

/** xoshiro128** seeded from a whole number in 0 … 2³² − 1 (#VALUE! otherwise). */
export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new SroiError("VALUE", { kind: "notInteger", argument: "seed", given: seed, allowed: { min: 0, max: MAX_SEED } });
  }
  // SplitMix64 from the seed, in 32-bit halves (the custom functions' runtime may lack BigInt):
  // its first two outputs, low word first, are the four words of the state.
  const next = splitMix64Words(seed);
  const [aHigh, aLow] = next();
  const [bHigh, bLow] = next();
  return xoshiro128StarStar([aLow, aHigh, bLow, bHigh]);
}

/** xoshiro128** from an explicit state of four 32-bit words (not all zero). */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): Random {
  let s0 = state[0] | 0;
  let s1 = state[1] | 0;
  let s2 = state[2] | 0;
  let s3 = state[3] | 0;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };
  return { nextUint32, nextUniform: () => (nextUint32() + 0.5) / 4294967296 };
}

/**
 * SplitMix64 (Steele, Lea, Flood 2014) on 64-bit words kept as [high, low] unsigned 32-bit halves,
 * so it runs without BigInt; the same outputs as splitMix64 (random64.ts) for seeds 0 … 2³² − 1.
 */
export function splitMix64Words(seed: number): () => [number, number] {
  let high = 0;
  let low = seed >>> 0;
  return () => {
    const sum = low + 0x7f4a7c15;
    low = sum >>> 0;
    high = (high + 0x9e3779b9 + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    let z = mix(high, low, 30, 0xbf58476d, 0x1ce4e5b9);
    z = mix(z[0], z[1], 27, 0x94d049bb, 0x133111eb);
    return xorShift(z[0], z[1], 31);
  };
}

/** (z ^ (z >> shift)) × m mod 2⁶⁴ for z = [high, low] and m = [mHigh, mLow]. */
function mix(high: number, low: number, shift: number, mHigh: number, mLow: number): [number, number] {
  const [h, l] = xorShift(high, low, shift);
  return [(mulHigh(l, mLow) + Math.imul(h, mLow) + Math.imul(l, mHigh)) >>> 0, Math.imul(l, mLow) >>> 0];
}

/** z ^ (z >> shift), 0 < shift < 32. */
function xorShift(high: number, low: number, shift: number): [number, number] {
  return [(high ^ (high >>> shift)) >>> 0, (low ^ ((low >>> shift) | (high << (32 - shift)))) >>> 0];
}

/** The high 32 bits of the 64-bit product of two unsigned 32-bit numbers (16-bit limbs, exact in doubles). */
function mulHigh(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const cross1 = a0 * b1;
  const cross2 = a1 * b0;
  const middle = ((a0 * b0) >>> 16) + (cross1 & 0xffff) + (cross2 & 0xffff);
  return (a1 * b1 + Math.floor(cross1 / 65536) + Math.floor(cross2 / 65536) + Math.floor(middle / 65536)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
