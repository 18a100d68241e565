// mulberry32: a small seeded generator (32-bit state, period 2^32, uniform doubles in [0, 1)), so the same seed
// always gives the same draws: the case-log generator's logs and the fuzzer's mutants are reproducible.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
