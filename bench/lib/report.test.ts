import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, medianFigures, met, ratioOf } from './report.js';

describe('bench report', () => {
  it('judges a figure against its bound, and a figure with no target as neither', () => {
    expect(met({ value: 9.9, target: { max: 10 } })).toBe(true);
    expect(met({ value: 10.1, target: { max: 10 } })).toBe(false);
    expect(met({ value: 95, target: { min: 95 } })).toBe(true);
    expect(met({ value: 94.9, target: { min: 95 } })).toBe(false);
    expect(met({ value: Number.NaN, target: { max: 10 } })).toBe(false);
    expect(met({ value: 3 })).toBeNull();
  });

  it('takes the median of each figure over repeated runs, matched by key', () => {
    const run = (v: number, r: number) => [
      { key: 'a', what: 'A', value: v, unit: 'ms' as const, reference: { what: 'health', value: v / r, unit: 'ms' as const } },
      { key: 'b', what: 'B', value: v * 2, unit: 's' as const },
    ];
    const [a, b] = medianFigures([run(3, 1), run(1, 3), run(2, 2)]);
    expect(a).toMatchObject({ key: 'a', value: 2, ratio: 2, runs: 3 });
    expect(a!.reference!.value).toBe(1);
    expect(b).toMatchObject({ key: 'b', value: 4, runs: 3 });
  });

  it('gives a ratio only between a figure and a reference in the same unit', () => {
    expect(ratioOf({ value: 6, unit: 'ms', reference: { what: 'health', value: 2, unit: 'ms' } })).toBe(3);
    expect(ratioOf({ value: 40, unit: '%', reference: { what: 'health', value: 5000, unit: 'rps' } })).toBeUndefined();
    expect(ratioOf({ value: 40, unit: '%' })).toBeUndefined();
    expect(medianFigures([[{ key: 'share', what: 'share', value: 40, unit: '%', reference: { what: 'health', value: 5000, unit: 'rps' } }]])[0]!.ratio).toBeUndefined();
  });

  it('prints one aligned line per figure, with the target and whether it was met', () => {
    const table = formatTable([
      { suite: 'search', database: 'pglite', key: 'p95', what: 'search p95', value: 12.34, unit: 'ms', target: { max: 20 }, runs: 1 },
      { suite: 'web', database: 'pglite', key: 'js', what: 'first-page JS', value: 151, unit: 'KiB', target: { max: 150 }, runs: 3 },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/search p95\s+pglite\s+12\.3 ms\s+≤ 20\.0 ms\s+yes$/);
    expect(table[3]).toMatch(/151 KiB \(median of 3\).*≤ 150 KiB\s+NO$/);
    expect(formatValue(0.01234, '%')).toBe('0.012%');
  });
});
