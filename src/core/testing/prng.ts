/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): a small, fast PRNG for tests and benchmarks; the same seed gives
 * the same sequence on every machine. Values in [0, 1). Not for anything that must be unpredictable.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
