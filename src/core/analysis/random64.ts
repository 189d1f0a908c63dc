/**
 * SplitMix64 (Steele, Lea, Flood 2014) on BigInt, as its reference (https://prng.di.unimi.it/splitmix64.c):
 * 64-bit outputs from a 64-bit seed. The generator seeds through splitMix64Words (random.ts), which
 * computes the same outputs in 32-bit halves; this one is the reference the tests check it against.
 */
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
