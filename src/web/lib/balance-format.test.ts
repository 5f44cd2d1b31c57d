import { describe, expect, it } from 'vitest';
import type { BalanceReport } from '../../contract/index.js';
import { MUSCLES, type MuscleId } from '../../core/training/muscles.js';
import { daysAgo, flaggedMuscles, focusMuscle, headline, regionShares } from './balance-format.js';

const perMuscle = (sets: Partial<Record<MuscleId, number>> = {}) => Object.fromEntries(MUSCLES.map((m) => [m.id, sets[m.id] ?? 0])) as Record<MuscleId, number>;

function report(over: Partial<BalanceReport> = {}): BalanceReport {
  return {
    asOf: '2026-11-20', weeks: 4, windowStart: '2026-10-24', windowEnd: '2026-11-20', windowDays: 28, goal: 'maintain', hardSets: 40,
    setsByMuscle: perMuscle({ chest: 10, quadriceps: 10 }), regionSets: { upper: 6, lower: 3, core: 1 }, pushSets: 3, pullSets: 3,
    lowerShare: 0.33, pushPullRatio: 1, daysSinceLowerBody: 2, daysSince: { regions: { upper: 1, lower: 2, core: 1 }, muscles: Object.fromEntries(MUSCLES.map((m) => [m.id, 1])) as Record<MuscleId, number> },
    firstTrainedOn: '2026-01-01', frequency: perMuscle(), weekly: [],
    strength: { sex: null, bodyWeight: null, weeks: 8, e1rmKg: { squat: null, 'bench-press': null, deadlift: null, 'overhead-press': null, 'barbell-row': null, 'front-squat': null }, squatKg: null, ratios: [], scores: null },
    flags: [], suggestions: [], ...over,
  };
}
const flag = (code: BalanceReport['flags'][number]['code'], severity: 'info' | 'warning' = 'warning', numbers: Record<string, string | number | null> = {}) => ({ code, severity, message: 'm', numbers });

describe('headline', () => {
  it.each<[string, Partial<BalanceReport>, string, string]>([
    ['no log at all', { firstTrainedOn: null, hardSets: 0 }, 'No training logged yet', 'neutral'],
    ['a lower-body gap', { flags: [flag('muscle-under-volume'), flag('lower-body-gap')] }, 'Your legs are behind', 'warning'],
    ['a low lower-body share', { flags: [flag('lower-share-low')] }, 'Your legs are behind', 'warning'],
    ['too much pushing', { flags: [flag('push-pull-imbalance')], pushPullRatio: 2 }, 'You push more than you pull', 'warning'],
    ['no pulling at all', { flags: [flag('push-pull-imbalance')], pushPullRatio: null }, 'You push more than you pull', 'warning'],
    ['too much pulling', { flags: [flag('push-pull-imbalance')], pushPullRatio: 0.5 }, 'You pull more than you push', 'warning'],
    ['a muscle warning only', { flags: [flag('muscle-under-volume', 'warning', { muscle: 'calves' })] }, 'A few muscles need more work', 'warning'],
    ['notes only', { flags: [flag('muscle-low-frequency', 'info')] }, 'Your training is balanced', 'good'],
    ['a break', { hardSets: 0 }, 'No hard sets in these weeks', 'neutral'],
  ])('%s', (_name, over, text, tone) => {
    expect(headline(report(over))).toEqual({ text, tone });
  });
});

describe('page helpers', () => {
  it('says how long ago', () => {
    expect([0, 1, 12, null].map(daysAgo)).toEqual(['today', 'yesterday', '12 days ago', 'never']);
  });
  it('shares the weekly sets among the regions', () => {
    const r = regionShares(report());
    expect([r.upper, r.lower, r.lowerTarget]).toEqual([6 / 9, 3 / 9, 0.35]);
    expect(regionShares(report({ regionSets: { upper: 0, lower: 0, core: 0 } })).lower).toBe(0);
  });
  it('opens the chart on the first suggested muscle, else the first flagged one, else the least trained major muscle', () => {
    const legs = { codes: ['lower-body-gap' as const], target: { kind: 'region' as const, region: 'lower' as const }, muscles: ['glutes' as const, 'quadriceps' as const], addSetsPerWeek: 6, exercises: [], message: 'x' };
    expect(focusMuscle(report({ flags: [flag('muscle-under-volume', 'warning', { muscle: 'abdominals' })], suggestions: [legs] }))).toBe('glutes');
    expect(focusMuscle(report({ flags: [flag('lower-body-gap'), flag('muscle-under-volume', 'info', { muscle: 'hamstrings' })] }))).toBe('hamstrings');
    expect(focusMuscle(report({ setsByMuscle: perMuscle(Object.fromEntries(MUSCLES.map((m) => [m.id, m.id === 'lats' ? 1 : 20]))) }))).toBe('lats');
  });
  it('outlines warned muscles and the lower-body muscles a leg suggestion names', () => {
    const r = report({
      flags: [flag('muscle-under-volume', 'warning', { muscle: 'calves' }), flag('muscle-under-volume', 'info', { muscle: 'biceps' })],
      suggestions: [{ codes: ['lower-body-gap'], target: { kind: 'region', region: 'lower' }, muscles: ['quadriceps', 'glutes'], addSetsPerWeek: 6, exercises: [], message: 'x' }],
    });
    expect([...flaggedMuscles(r)].sort()).toEqual(['calves', 'glutes', 'quadriceps']);
  });
});
