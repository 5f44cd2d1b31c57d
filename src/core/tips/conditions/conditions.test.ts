import { describe, expect, it } from 'vitest';
import { CONDITION_CASES } from '../testing/cases.js';
import { emptyTipContext } from '../context.js';
import { CONDITIONS } from './index.js';

describe('tip conditions', () => {
  it('has histories that should and should not trigger every condition', () => {
    for (const id of Object.keys(CONDITIONS)) {
      const cases = CONDITION_CASES[id] ?? [];
      expect(cases.some((c) => c.fires), `${id} has a firing case`).toBe(true);
      expect(cases.some((c) => !c.fires), `${id} has a quiet case`).toBe(true);
    }
    expect(Object.keys(CONDITION_CASES).filter((id) => !CONDITIONS[id])).toEqual([]);
  });

  for (const [id, cases] of Object.entries(CONDITION_CASES)) {
    describe(id, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const sut = CONDITIONS[id]!;
        const firing = sut(c.ctx);
        if (!c.fires) {
          expect(firing).toBeNull();
          return;
        }
        expect(firing).not.toBeNull();
        expect(firing!.score).toBeGreaterThan(0);
        expect(firing!.score).toBeLessThanOrEqual(100);
        if (c.because) expect(firing!.because).toMatchObject(c.because);
      });
    });
  }

  it('stays quiet on a person with no data at all', () => {
    const fired = Object.entries(CONDITIONS).filter(([, sut]) => sut(emptyTipContext('2026-11-20')) !== null);
    expect(fired.map(([id]) => id)).toEqual([]);
  });

  it('scores a bigger gap higher', () => {
    const [small, big] = [0.3, 0.1].map((share) => CONDITIONS['lower-share-low']!({ ...CONDITION_CASES['lower-share-low']![0]!.ctx, training: { ...CONDITION_CASES['lower-share-low']![0]!.ctx.training!, lowerShare: share } }));
    expect(big!.score).toBeGreaterThan(small!.score);
  });
});

describe('tip condition texts', () => {
  it('names three muscles and counts the rest', () => {
    const sut = CONDITIONS['muscle-under-gain']!(CONDITION_CASES['muscle-under-gain']!.find((c) => c.name.startsWith('five'))!.ctx)!;
    expect(sut.fill['muscles']).toBe('chest 6, front delts 6, side delts 6 and 10 more');
  });
});
