/** Percentile by nearest rank over a copy of the samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export interface Timing {
  iterations: number;
  /** Nanoseconds per operation: median over rounds. */
  nsPerOp: number;
  p95NsPerOp: number;
}

/** Runs `fn` in rounds (after a warm-up) and reports the median time per call. */
export function timeSync(fn: () => unknown, { rounds = 15, perRound = 2000 } = {}): Timing {
  for (let i = 0; i < perRound; i++) fn();
  const perOp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn();
    perOp.push(Number(process.hrtime.bigint() - t0) / perRound);
  }
  return { iterations: rounds * perRound, nsPerOp: median(perOp), p95NsPerOp: percentile(perOp, 95) };
}

/** Times each call of an async function (after a warm-up); milliseconds. */
export async function timeAsync(fn: () => Promise<unknown>, { warmup = 20, runs = 200 } = {}): Promise<{ p50Ms: number; p95Ms: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { p50Ms: median(ms), p95Ms: percentile(ms, 95), runs };
}
