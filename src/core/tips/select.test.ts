import { describe, expect, it } from 'vitest';
import type { Condition } from './condition.js';
import type { TipLibrary } from './library.js';
import { applicableTips, rotationKey, selectTips, TIPS_PER_DAY } from './select.js';
import { AS_OF, history } from './testing/histories.js';

const ref = { id: 'r', authors: 'A', year: 2020, title: null, journal: null, citation: 'A 2020', short: 'A 2020', url: null };
/** Conditions that fire with a fixed score (null: quiet). */
const fixed = (scores: Record<string, number | null>): Record<string, Condition> =>
  Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, () => (score === null ? null : { score, because: { score }, fill: { n: score } })]));

function library(tips: Array<{ id: string; topic?: string; evidence?: 'strong' | 'moderate' | 'weak' | 'expert-opinion' }>): TipLibrary {
  return {
    references: { r: ref },
    tips: tips.map((t) => ({ id: t.id, category: 'training', topic: t.topic ?? t.id, title: t.id, message: `${t.id} scored {n}`, evidence: t.evidence ?? 'strong', sources: ['r'], condition: t.id })),
  };
}

describe('selectTips', () => {
  const ctx = history();

  it('orders by score × evidence weight, best first, and fills each message', () => {
    const lib = library([{ id: 'a' }, { id: 'b', evidence: 'weak' }, { id: 'c' }, { id: 'quiet' }]);
    const sut = applicableTips(lib, ctx, fixed({ a: 40, b: 60, c: 50, quiet: null }));
    expect(sut.map((t) => [t.id, t.relevance])).toEqual([
      ['c', 50],
      ['b', 42],
      ['a', 40],
    ]);
    expect(sut[0]).toMatchObject({ message: 'c scored 50', because: { score: 50 }, evidence: 'strong', sources: [ref] });
  });

  it(`shows at most ${TIPS_PER_DAY} a day, one per topic, never a dismissed one`, () => {
    const lib = library([{ id: 'a', topic: 'protein' }, { id: 'b', topic: 'protein' }, { id: 'c' }, { id: 'd' }, { id: 'e' }]);
    const conditions = fixed({ a: 90, b: 80, c: 70, d: 60, e: 50 });
    expect(selectTips(lib, ctx, { conditions }).map((t) => t.id)).toEqual(['a', 'c', 'd']);
    expect(selectTips(lib, ctx, { conditions, dismissed: new Set(['a', 'c']) }).map((t) => t.id)).toEqual(['b', 'd', 'e']);
    expect(selectTips(lib, ctx, { conditions, limit: 1 }).map((t) => t.id)).toEqual(['a']);
  });

  it('breaks ties the same way for the same day and rotates them across days', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `tip-${i}`);
    const lib = library(ids.map((id) => ({ id })));
    const conditions = fixed(Object.fromEntries(ids.map((id) => [id, 30])));
    const day = (asOf: string) => selectTips(lib, { ...ctx, asOf }, { conditions }).map((t) => t.id);
    expect(day(AS_OF)).toEqual(day(AS_OF));
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map((d) => day(d).join());
    expect(new Set(days).size).toBeGreaterThan(1);
    expect(rotationKey(AS_OF, 'x')).toBe(rotationKey(AS_OF, 'x'));
  });

  it('leaves out a tip whose message it cannot fill', () => {
    const lib = library([{ id: 'a' }]);
    const sut = applicableTips(lib, ctx, { a: () => ({ score: 50, because: {}, fill: {} }) });
    expect(sut).toEqual([]);
  });
});
