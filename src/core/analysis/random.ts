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
  const next = splitMix64(BigInt(seed));
  const a = next();
  const b = next();
  const low = (x: bigint): number => Number(x & 0xffffffffn);
  const high = (x: bigint): number => Number(x >> 32n);
  return xoshiro128StarStar([low(a), high(a), low(b), high(b)]);
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

/** SplitMix64 (Steele, Lea, Flood 2014): 64-bit outputs from a 64-bit seed. */
export function splitMix64(seed: bigint): () => bigint {
  const mask = 0xffffffffffffffffn;
  let x = seed & mask;
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & mask;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    return z ^ (z >> 31n);
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
