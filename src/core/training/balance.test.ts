import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { IsoDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { balanceWindow, isHardSet, performedSets, primaryShares, trainingRecency, weeklySeries, windowVolume } from './balance.js';
import type { PerformedSet, SetShares } from './balance.js';
import type { CatalogExercise, MuscleWeight } from './exercise-catalog.js';
import { muscleWeights } from './exercise-catalog.js';
import type { MuscleId } from './muscles.js';
import type { SetType } from './sets.js';

type Ex = Pick<CatalogExercise, 'primary' | 'secondary' | 'pattern'>;
const ex = (primary: MuscleId[], secondary: MuscleId[] = [], pattern: Ex['pattern'] = 'isolation-upper'): Ex => ({ primary, secondary, pattern });

// Muscle lists as in data/exercises.json.
const bench = ex(['chest'], ['triceps', 'front-delts'], 'horizontal-push');
const row = ex(['upper-back', 'lats'], ['biceps', 'rear-delts', 'lower-back'], 'horizontal-pull');
const squat = ex(['quadriceps', 'glutes'], ['adductors', 'lower-back'], 'squat');
const deadlift = ex(['glutes', 'hamstrings', 'lower-back'], ['quadriceps', 'adductors', 'upper-back', 'forearms'], 'hinge');
const uprightRow = ex(['side-delts', 'upper-back'], ['front-delts'], 'vertical-pull');
const rackPull = ex(['glutes', 'lower-back', 'upper-back'], ['hamstrings', 'forearms'], 'hinge');
const splitJerk = ex(['front-delts', 'quadriceps'], ['triceps', 'glutes'], 'vertical-push');
const plank = ex(['abdominals'], ['obliques'], 'core');
const running = ex([], [], 'cardio');

/** `n` sets of `exercise` on `date`, all of one type. */
const sets = (date: IsoDate, exercise: Ex, n: number, type: SetType = 'normal'): PerformedSet[] => performedSets(date, exercise, Array<SetType>(n).fill(type));

const MONDAY = '2024-03-04';
const SUNDAY_4_WEEKS_ON = '2024-03-31';

describe('performedSets and isHardSet', () => {
  it('credits primaries 1 and secondaries 0.5, one set per type given', () => {
    const sut = performedSets(MONDAY, bench, ['warmup', 'normal', 'failure']);
    expect(sut.map((s) => s.setType)).toEqual(['warmup', 'normal', 'failure']);
    expect(sut[0]!.muscles).toEqual([
      { muscle: 'chest', weight: 1 },
      { muscle: 'triceps', weight: 0.5 },
      { muscle: 'front-delts', weight: 0.5 },
    ]);
  });

  it.each<[string, PerformedSet, boolean]>([
    ['a normal set', sets(MONDAY, bench, 1)[0]!, true],
    ['a drop set', sets(MONDAY, bench, 1, 'drop')[0]!, true],
    ['a failure set', sets(MONDAY, bench, 1, 'failure')[0]!, true],
    ['a warm-up', sets(MONDAY, bench, 1, 'warmup')[0]!, false],
    ['cardio, which credits no muscle', sets(MONDAY, running, 1)[0]!, false],
  ])('%s is a hard set: %s', (_name, set, expected) => {
    expect(isHardSet(set)).toBe(expected);
  });
});

describe('primaryShares (the sharing rule)', () => {
  it.each<[string, Ex, SetShares]>([
    ['bench: chest only', bench, { region: { upper: 1 }, pattern: { push: 1 } }],
    ['row: two pulling muscles, one region', row, { region: { upper: 1 }, pattern: { pull: 1 } }],
    ['back squat: legs only', squat, { region: { lower: 1 }, pattern: {} }],
    ['deadlift: lower ½, core ½', deadlift, { region: { lower: 0.5, core: 0.5 }, pattern: {} }],
    ['upright row: push ½, pull ½', uprightRow, { region: { upper: 1 }, pattern: { push: 0.5, pull: 0.5 } }],
    ['rack pull: a third per region, pull ½', rackPull, { region: { upper: 1 / 3, lower: 1 / 3, core: 1 / 3 }, pattern: { pull: 0.5 } }],
    ['split jerk: upper ½, lower ½, push ½', splitJerk, { region: { upper: 0.5, lower: 0.5 }, pattern: { push: 0.5 } }],
    ['cardio: nothing', running, { region: {}, pattern: {} }],
  ])('%s', (_name, exercise, expected) => {
    expect(primaryShares(muscleWeights(exercise))).toEqual(expected);
  });

  it('never lets a synergist move a set between regions', () => {
    const onlySecondary: MuscleWeight[] = [{ muscle: 'quadriceps', weight: 0.5 }];
    expect(primaryShares(onlySecondary)).toEqual({ region: {}, pattern: {} });
  });
});

describe('windowVolume', () => {
  it('counts 4 working sets of bench as chest 4, triceps 2, front delts 2, and ignores the warm-up (science.md oracle 53)', () => {
    const sut = windowVolume([...sets(MONDAY, bench, 1, 'warmup'), ...sets(MONDAY, bench, 4)], MONDAY, MONDAY);
    expect(sut.hardSets).toBe(4);
    expect(sut.total.byMuscle).toMatchObject({ chest: 4, triceps: 2, 'front-delts': 2, quadriceps: 0 });
  });

  it.each<[string, IsoDate, number]>([
    ['the first day', '2024-03-04', 1],
    ['the last day', '2024-03-31', 1],
    ['the day before', '2024-03-03', 0],
    ['the day after', '2024-04-01', 0],
  ])('takes a set on %s of the window: %i', (_name, date, expected) => {
    expect(windowVolume(sets(date, plank, 1), MONDAY, SUNDAY_4_WEEKS_ON).hardSets).toBe(expected);
  });

  it.each<[number, number, number]>([
    [40, 28, 10],
    [39, 28, 9.75],
    [10, 7, 10],
    [10, 14, 5],
    [3, 10, 2.1],
  ])('%i sets over %i days are %f a week', (n, days, expected) => {
    const sut = windowVolume(sets(MONDAY, plank, n), MONDAY, addDays(MONDAY, days - 1));
    expect(sut.perWeek.byMuscle.abdominals).toBeCloseTo(expected, 12);
    expect(sut.perWeek.byMuscle.obliques).toBeCloseTo(expected / 2, 12);
  });

  it('shares sets among regions and sides, then gives the lower share and the push/pull ratio', () => {
    const history = [...sets(MONDAY, bench, 6), ...sets(MONDAY, row, 4), ...sets(MONDAY, squat, 3), ...sets(MONDAY, deadlift, 4), ...sets(MONDAY, plank, 2)];
    const sut = windowVolume(history, MONDAY, addDays(MONDAY, 13));
    expect(sut.total.byRegion).toEqual({ upper: 10, lower: 5, core: 4 });
    expect(sut.perWeek.byRegion).toEqual({ upper: 5, lower: 2.5, core: 2 });
    expect(sut.lowerShare).toBeCloseTo(1 / 3, 12);
    expect([sut.total.push, sut.total.pull, sut.pushPullRatio]).toEqual([6, 4, 1.5]);
  });

  it.each<[string, PerformedSet[], number | null, number | null]>([
    ['pushing only', sets(MONDAY, bench, 3), 0, null],
    ['pulling only', sets(MONDAY, row, 3), 0, 0],
    ['legs only', sets(MONDAY, squat, 3), 1, null],
    ['trunk only', sets(MONDAY, plank, 3), null, null],
    ['nothing', [], null, null],
  ])('%s: lower share %s, push/pull ratio %s', (_name, history, share, ratio) => {
    const sut = windowVolume(history, MONDAY, MONDAY);
    expect([sut.lowerShare, sut.pushPullRatio]).toEqual([share, ratio]);
  });

  it('counts a training day for a muscle only when it got one full fractional set that day', () => {
    // 8 days with 2 bench sets (triceps 1.0 a day) and 8 days with 1 (triceps 0.5: not a training day).
    const days = Array.from({ length: 16 }, (_, i) => addDays(MONDAY, i));
    const history = days.flatMap((d, i) => sets(d, bench, i < 8 ? 2 : 1));
    const sut = windowVolume(history, MONDAY, SUNDAY_4_WEEKS_ON);
    expect(sut.daysPerWeekByMuscle.chest).toBe(4);
    expect(sut.daysPerWeekByMuscle.triceps).toBe(2);
    expect(sut.daysPerWeekByMuscle.quadriceps).toBe(0);
  });

  it('splits the window into ISO weeks, Monday first, counting only the days inside it', () => {
    // 2024-01-03 is a Wednesday; 2024-01-16 a Tuesday.
    const history = [...sets('2024-01-01', plank, 5), ...sets('2024-01-03', plank, 1), ...sets('2024-01-14', plank, 2), ...sets('2024-01-15', plank, 3)];
    const sut = windowVolume(history, '2024-01-03', '2024-01-16');
    expect(sut.weeks.map((w) => [w.weekStart, w.days, w.byMuscle.abdominals, w.byRegion.core])).toEqual([
      ['2024-01-01', 5, 1, 1],
      ['2024-01-08', 7, 2, 2],
      ['2024-01-15', 2, 3, 3],
    ]);
  });

  it('refuses a muscle outside the vocabulary, naming it', () => {
    const stale: PerformedSet = { date: MONDAY, setType: 'normal', muscles: [{ muscle: 'neck' as MuscleId, weight: 1 }] };
    expect(() => windowVolume([stale], MONDAY, MONDAY)).toThrow(/'neck' is not a muscle id/);
  });

  it.each<[IsoDate, IsoDate, string]>([
    ['2024-03-05', '2024-03-04', 'from'],
    ['2024-02-30', '2024-03-04', 'from'],
    ['2024-03-04', 'yesterday', 'to'],
    ['1970-01-01', '2024-03-04', 'from'],
  ])('refuses the window %s … %s, naming %s', (from, to, field) => {
    expect(() => windowVolume([], from, to)).toThrow(ValidationError);
    try {
      windowVolume([], from, to);
    } catch (e) {
      expect((e as ValidationError).details[0]?.field).toBe(field);
    }
  });
});

describe('weeklySeries', () => {
  it('gives the last N ISO weeks up to the week of asOf, oldest first, empty weeks included', () => {
    const history = [...sets('2024-03-05', squat, 4), ...sets('2024-03-20', bench, 2), ...sets('2024-03-28', bench, 1)];
    // 2024-03-28 is a Thursday: its week has 4 days so far.
    const sut = weeklySeries(history, '2024-03-28', 4);
    expect(sut.map((w) => [w.weekStart, w.days, w.byMuscle.quadriceps, w.byRegion.upper])).toEqual([
      ['2024-03-04', 7, 4, 0],
      ['2024-03-11', 7, 0, 0],
      ['2024-03-18', 7, 0, 2],
      ['2024-03-25', 4, 0, 1],
    ]);
  });

  it.each([0, 1.5, 2601])('refuses %s weeks', (weeks) => {
    expect(() => weeklySeries([], SUNDAY_4_WEEKS_ON, weeks)).toThrow(/weeks/);
  });
});

describe('balanceWindow', () => {
  it.each<[string, number, IsoDate | null, IsoDate]>([
    ['4 weeks with a long history', 4, '2020-01-01', '2024-03-04'],
    ['4 weeks, history unknown', 4, null, '2024-03-04'],
    ['12 weeks', 12, null, '2024-01-08'],
    ['started 10 days ago: from the first day', 4, '2024-03-22', '2024-03-22'],
    ['started 2 days ago: still one full week', 4, '2024-03-29', '2024-03-25'],
  ])('%s', (_name, weeks, first, from) => {
    expect(balanceWindow(SUNDAY_4_WEEKS_ON, weeks, first)).toEqual({ from, to: SUNDAY_4_WEEKS_ON });
  });
});

describe('trainingRecency', () => {
  const history = [
    ...sets('2024-03-01', squat, 3),
    ...sets('2024-03-20', bench, 3),
    ...sets('2024-03-28', bench, 1), // triceps 0.5 only: not a training day for it
    ...sets('2024-03-29', plank, 1, 'warmup'),
    ...sets('2024-04-02', deadlift, 3), // after asOf
  ];
  const sut = trainingRecency(history, SUNDAY_4_WEEKS_ON);

  it.each<[MuscleId, number | null]>([
    ['quadriceps', 30],
    ['chest', 3],
    ['triceps', 11],
    ['abdominals', null],
    ['hamstrings', null],
  ])('%s was last trained %s days before asOf', (muscle, days) => {
    expect(sut.daysSinceMuscle[muscle]).toBe(days);
  });

  it('dates regions by their most recent muscle and starts at the first hard set', () => {
    expect(sut.daysSinceRegion).toEqual({ upper: 3, lower: 30, core: 30 });
    expect(sut.firstTrainedOn).toBe('2024-03-01');
    expect(sut.lastTrainedOn.chest).toBe('2024-03-28');
  });

  it('knows nothing of a person with no hard sets', () => {
    const none = trainingRecency(sets('2024-03-29', bench, 2, 'warmup'), SUNDAY_4_WEEKS_ON);
    expect(none.firstTrainedOn).toBeNull();
    expect(none.daysSinceRegion).toEqual({ upper: null, lower: null, core: null });
  });
});
