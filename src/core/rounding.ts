/** Round half up to an integer (2.5 → 3, −2.5 → −2): the rule for every kcal and gram we show. */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

/** Round half up to `digits` decimals, correcting binary noise (1.005 → 1.01). */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}
