import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ndbOf, SEARCH_QUALITY_QUERIES, topKHitRate, type LabeledQuery } from './search-quality.js';

const sr28Ndbs = new Set(
  readFileSync(new URL('../../../../shared/data/usda-sr28/FOOD_DES.txt', import.meta.url), 'latin1')
    .split('\n')
    .map((l) => l.slice(1, 6))
    .filter((n) => /^\d{5}$/.test(n)),
);

describe('the labeled query set', () => {
  it('has at least 40 distinct everyday queries', () => {
    const queries = SEARCH_QUALITY_QUERIES.map((q) => q.query);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it('labels only foods that exist in USDA SR28', () => {
    const unknown = SEARCH_QUALITY_QUERIES.flatMap((q) => q.means.filter((n) => !sr28Ndbs.has(n)).map((n) => `${q.query}: ${n}`));
    expect(unknown).toEqual([]);
  });

  it('covers typos, plurals, partial words and word order', () => {
    const kinds = new Set(SEARCH_QUALITY_QUERIES.map((q) => q.kind));
    for (const k of ['typo', 'plural', 'partial', 'word-order'] as const) expect(kinds).toContain(k);
  });
});

describe('ndbOf', () => {
  it.each([
    [{ source: 'platewise-starter', sourceId: 'sr28-05062' }, '05062'],
    [{ source: 'usda-sr28', sourceId: '05062' }, '05062'],
    [{ source: 'off', sourceId: '3017620422003' }, null],
    [{ source: 'platewise-starter', sourceId: 'custom-1' }, null],
  ])('%j → %j', (ref, ndb) => {
    expect(ndbOf(ref)).toBe(ndb);
  });
});

describe('topKHitRate', () => {
  const q = (query: string, means: string[]): LabeledQuery => ({ query, means, kind: 'plain' });
  const r = (sourceId: string) => ({ source: 'usda-sr28', sourceId, name: sourceId });

  it('counts a hit when a labeled food is in the first k results, and lists the misses', () => {
    const sut = topKHitRate([
      { query: q('egg', ['01123']), results: [r('01124'), r('01123')] },
      { query: q('apple', ['09003']), results: [r('1'), r('2'), r('3'), r('09003')] },
      { query: q('milk', ['01077']), results: [] },
    ]);
    expect(sut).toMatchObject({ queries: 3, hits: 1 });
    expect(sut.hitRate).toBeCloseTo(1 / 3, 9);
    expect(sut.misses.map((m) => m.query)).toEqual(['apple', 'milk']);
    expect(topKHitRate([{ query: q('apple', ['09003']), results: [r('1'), r('2'), r('3'), r('09003')] }], 4).hits).toBe(1);
  });
});
