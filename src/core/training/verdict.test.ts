import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { GoalDirection } from '../energy/macros.js';
import { performedSets } from './balance.js';
import type { PerformedSet } from './balance.js';
import { validateExerciseCatalog } from './exercise-catalog.js';
import type { CatalogExercise } from './exercise-catalog.js';
import type { MuscleId } from './muscles.js';
import type { SetType } from './sets.js';
import { strengthBalance } from './strength.js';
import type { LiftBests } from './strength.js';
import { analyseBalance, balanceFlags, balanceSuggestions } from './verdict.js';
import type { BalanceFlag, FlagCode } from './verdict.js';

const catalog: CatalogExercise[] = validateExerciseCatalog(JSON.parse(readFileSync(new URL('../../../data/exercises.json', import.meta.url), 'utf8'))).exercises;
const byId = new Map(catalog.map((e) => [e.id, e]));

type Session = ReadonlyArray<readonly [exerciseId: string, sets: number]>;

/** The sets of one session on `date`. */
function on(date: IsoDate, session: Session, type: SetType = 'normal'): PerformedSet[] {
  return session.flatMap(([id, n]) => {
    const exercise = byId.get(id);
    if (!exercise) throw new Error(`no catalog exercise ${id}`);
    return performedSets(date, exercise, Array<SetType>(n).fill(type));
  });
}

/** The session on every day from `from` to `to` whose ISO weekday (1 = Monday) is listed. */
function weekly(from: IsoDate, to: IsoDate, weekdays: number[], session: Session): PerformedSet[] {
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  return days.filter((d) => weekdays.includes(dayOfWeek(d))).flatMap((d) => on(d, session));
}

// Per session every major muscle gets 5–6.5 hard sets (10–13 a week on two days); push:pull 13:11; lower share 15/39.
const LEGS: Session = [['barbell-back-squat', 5], ['romanian-deadlift', 5], ['standing-calf-raise', 5]];
const UPPER: Session = [
  ['barbell-bench-press', 5], ['barbell-overhead-press', 3], ['triceps-pushdown', 1], ['dumbbell-lateral-raise', 4],
  ['barbell-row', 5], ['face-pull', 3], ['barbell-curl', 3], ['cable-crunch', 5],
];
const FULL_BODY: Session = [...LEGS, ...UPPER];

const AS_OF = '2024-03-31'; // a Sunday: the 4-week window is Monday 2024-03-04 … 2024-03-31
const WINDOW_START = '2024-03-04';
const balanced = weekly('2024-01-01', AS_OF, [1, 4], FULL_BODY);
const upperOnly = weekly('2024-01-01', AS_OF, [1, 4], UPPER);

const analysis = (sets: PerformedSet[], goal: GoalDirection = 'gain', lifts: LiftBests | null = null) =>
  analyseBalance(sets, AS_OF, goal, lifts ? strengthBalance(lifts) : null);
const flagsOf = (sets: PerformedSet[], goal: GoalDirection = 'gain', lifts: LiftBests | null = null): BalanceFlag[] => balanceFlags(analysis(sets, goal, lifts));
const only = (flags: BalanceFlag[], code: FlagCode, muscle?: MuscleId): BalanceFlag[] =>
  flags.filter((f) => f.code === code && (muscle === undefined || f.numbers['muscle'] === muscle));

describe('balanceFlags', () => {
  it.each<[string, PerformedSet[]]>([
    ['no sets at all', []],
    ['only warm-ups', on('2024-03-20', FULL_BODY, 'warmup')],
    ['only cardio', weekly('2024-01-01', AS_OF, [2, 6], [['running', 1]])],
    ['only sets after the as-of day', on('2024-04-02', UPPER)],
    ['a balanced full-body program twice a week', balanced],
  ])('raises nothing for %s', (_name, sets) => {
    expect(flagsOf(sets)).toEqual([]);
  });

  describe('lower-body-gap', () => {
    const history = (legsDaysAgo: number, upperDaysAgo: number) => [
      ...weekly('2024-01-01', '2024-02-29', [1, 4], FULL_BODY),
      ...on(addDays(AS_OF, -legsDaysAgo), LEGS),
      ...on(addDays(AS_OF, -upperDaysAgo), UPPER),
    ];

    it.each<[string, PerformedSet[], number | null]>([
      ['legs 10 days ago, upper body since', history(10, 0), 10],
      ['legs 30 days ago, upper body since', history(30, 2), 30],
      ['never legs, upper body for 13 weeks', upperOnly, null],
      ['a new lifter, upper body only for 10 days', [...on('2024-03-21', UPPER), ...on(AS_OF, UPPER)], null],
    ])('flags %s', (_name, sets, daysSinceLower) => {
      const [flag, ...more] = only(flagsOf(sets), 'lower-body-gap');
      expect(more).toEqual([]);
      expect(flag?.severity).toBe('warning');
      expect(flag?.numbers['daysSinceLowerBody']).toBe(daysSinceLower);
      expect(Number(flag?.numbers['gapDays'])).toBeGreaterThanOrEqual(10);
    });

    it.each<[string, PerformedSet[]]>([
      ['legs 9 days ago, upper body since', history(9, 0)],
      ['legs 12 days ago, upper body the same day', history(12, 12)],
      ['legs 12 days ago, upper body before that only', history(12, 14)],
      ['a new lifter, upper body only for 9 days', [...on('2024-03-22', UPPER), ...on(AS_OF, UPPER)]],
    ])('leaves alone %s', (_name, sets) => {
      expect(only(flagsOf(sets), 'lower-body-gap')).toEqual([]);
    });
  });

  // All on the window's first day: bench is 1 upper set, leg press 1 lower set.
  it.each<[number, number, boolean]>([
    [52, 28, false], // 28 / 80 = 0.35 exactly
    [52, 27, true],
    [52, 0, true],
    [10, 90, false],
    [0, 0, false], // trunk work only: no share to judge
  ])('lower-share-low: %i upper and %i lower sets → flagged %s', (upper, lower, flagged) => {
    const sets = on(WINDOW_START, [['barbell-bench-press', upper], ['leg-press', lower], ['plank', 1]]);
    const flags = only(flagsOf(sets), 'lower-share-low');
    expect(flags.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(flags[0]!.numbers['lowerShare']).toBe(Math.round((lower / (upper + lower)) * 100) / 100);
  });

  it.each<[number, number, boolean, number | null]>([
    [67, 100, false, 0.67],
    [66, 100, true, 0.66],
    [150, 100, false, 1.5],
    [151, 100, true, 1.51],
    [10, 0, true, null],
    [0, 10, true, 0],
    [0, 0, false, null],
  ])('push-pull-imbalance: %i bench vs %i row sets → flagged %s (ratio %s)', (push, pull, flagged, ratio) => {
    const sets = on(WINDOW_START, [['barbell-bench-press', push], ['barbell-row', pull], ['leg-press', 1]]);
    const flags = only(flagsOf(sets), 'push-pull-imbalance');
    expect(flags.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(flags[0]!.numbers['pushPullRatio']).toBe(ratio);
  });

  // Leg extensions train the quadriceps alone; 4 weeks of window, so n sets are n / 4 a week.
  it.each<[GoalDirection, number, 'info' | 'warning' | null]>([
    ['gain', 40, null],
    ['gain', 39, 'info'],
    ['gain', 16, 'info'],
    ['gain', 15, 'warning'],
    ['maintain', 16, null],
    ['maintain', 15, 'warning'],
    ['lose', 15, 'warning'],
    ['lose', 0, 'warning'],
  ])('muscle-under-volume on a %s goal: %i quadriceps sets in 4 weeks → %s', (goal, n, severity) => {
    const sets = on(WINDOW_START, [['leg-extension', n], ['plank', 1]]);
    const flags = only(flagsOf(sets, goal), 'muscle-under-volume', 'quadriceps');
    expect(flags.map((f) => f.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(flags[0]!.numbers['setsPerWeek']).toBe(n / 4);
  });

  it('judges only major muscles for volume', () => {
    const muscles = only(flagsOf(on(WINDOW_START, [['plank', 1]])), 'muscle-under-volume').map((f) => f.numbers['muscle']);
    expect(muscles).toContain('calves');
    expect(muscles).not.toContain('forearms');
    expect(muscles).not.toContain('adductors');
  });

  it.each<[number, boolean]>([
    [8, false], // 8 days in 4 weeks: twice a week
    [7, true],
    [1, true],
  ])('muscle-low-frequency: quadriceps trained on %i days of the window → flagged %s', (days, flagged) => {
    const sets = Array.from({ length: days }, (_, i) => on(addDays(WINDOW_START, i), [['leg-extension', 1]])).flat();
    const flags = only(flagsOf(sets), 'muscle-low-frequency', 'quadriceps');
    expect(flags.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(flags[0]!.numbers['daysPerWeek']).toBe(days / 4);
    // Untrained muscles are under volume, not "trained too rarely".
    expect(only(flagsOf(sets), 'muscle-low-frequency', 'hamstrings')).toEqual([]);
  });

  it('does not count a day of synergist half-sets as a training day', () => {
    // One bench set a day on 8 days: triceps get 0.5 a day, never a full set.
    const sets = Array.from({ length: 8 }, (_, i) => on(addDays(WINDOW_START, i * 3), [['barbell-bench-press', 1]])).flat();
    expect(only(flagsOf(sets), 'muscle-low-frequency', 'chest')).toEqual([]);
    expect(only(flagsOf(sets), 'muscle-low-frequency', 'triceps')).toHaveLength(1);
  });

  it.each<[string, LiftBests, 'info' | 'warning' | null]>([
    ['bench exactly 15% under', { squat: 100, 'bench-press': 63.75 }, null],
    ['bench just past 15% under', { squat: 100, 'bench-press': 63.74 }, 'warning'],
    ['deadlift just past 15% over (the squat is behind)', { squat: 100, deadlift: 138.01 }, 'info'],
    ['every lift on its ratio', { squat: 100, 'bench-press': 75, deadlift: 120, 'overhead-press': 45, 'barbell-row': 60 }, null],
    ['no squat to compare with', { 'bench-press': 40 }, null],
  ])('strength-ratio: %s → %s', (_name, lifts, severity) => {
    const flags = only(flagsOf(balanced, 'gain', lifts), 'strength-ratio');
    expect(flags.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  });

  it('waits for a week of history before judging volume', () => {
    expect(flagsOf(weekly(addDays(AS_OF, -5), AS_OF, [1, 2, 3, 4, 5, 6, 7], UPPER))).toEqual([]);
    expect(flagsOf(weekly(addDays(AS_OF, -6), AS_OF, [1, 2, 3, 4, 5, 6, 7], UPPER)).map((f) => f.code)).toContain('lower-share-low');
  });

  it('gives every flag a plain message and its numbers, in FLAG_CODES order', () => {
    const sut = flagsOf(upperOnly, 'gain', { squat: 100, 'bench-press': 50 });
    expect([...new Set(sut.map((f) => f.code))]).toEqual(['lower-body-gap', 'lower-share-low', 'muscle-under-volume', 'strength-ratio']);
    for (const flag of sut) {
      expect(flag.message).toMatch(/^[A-Z0-9].*\.$/);
      expect(Object.keys(flag.numbers).length).toBeGreaterThan(0);
    }
  });
});

describe('balanceSuggestions', () => {
  const suggest = (sets: PerformedSet[], goal: GoalDirection = 'gain', lifts: LiftBests | null = null) => {
    const a = analysis(sets, goal, lifts);
    return balanceSuggestions(a, balanceFlags(a), catalog);
  };

  it('answers an upper-body-only history with squats, deadlifts, leg presses and wall-sits, sized to a 0.35 share', () => {
    const [region] = suggest(upperOnly);
    expect(region?.target).toEqual({ kind: 'region', region: 'lower' });
    expect(region?.codes).toEqual(['lower-body-gap', 'lower-share-low']);
    expect(region?.exercises.map((e) => e.name)).toEqual(['Barbell Back Squat', 'Barbell Deadlift', 'Leg Press', 'Wall Sit']);
    // 48 upper sets a week: 0.35 needs 48 × 0.35 / 0.65 = 25.8 lower sets.
    expect(region?.addSetsPerWeek).toBe(26);
    expect(region?.muscles).toEqual(['glutes', 'quadriceps', 'hamstrings', 'calves']);
    expect(region?.message).toBe('Add ~26 hard lower-body sets a week: 7 sets of Barbell Back Squat and 6 sets of Barbell Deadlift, twice a week (or Leg Press, Wall Sit).');
  });

  it('asks for at least one leg session after a gap even when the 4-week share is fine', () => {
    const bench: Session = [['barbell-bench-press', 3]];
    const sets = [...weekly('2024-01-01', '2024-03-20', [1, 4], FULL_BODY), ...on('2024-03-28', bench), ...on(AS_OF, bench)];
    const region = suggest(sets).find((s) => s.target.kind === 'region');
    expect(region?.codes).toEqual(['lower-body-gap']);
    expect(region?.addSetsPerWeek).toBe(6);
  });

  it('sizes a muscle suggestion to its weekly target and spreads it over two days', () => {
    const quads = suggest(on(WINDOW_START, [['leg-extension', 16], ['plank', 1]])).find((s) => s.target.kind === 'muscle' && s.target.muscle === 'quadriceps');
    expect(quads?.codes).toEqual(['muscle-under-volume', 'muscle-low-frequency']);
    expect(quads?.addSetsPerWeek).toBe(6);
    expect(quads?.message).toBe('Add ~6 hard sets a week for quadriceps: 3 sets of Barbell Back Squat twice a week (or Leg Press, Wall Sit, Bulgarian Split Squat).');
  });

  it.each<[MuscleId, string]>([
    ['quadriceps', 'Barbell Back Squat'],
    ['glutes', 'Barbell Deadlift'],
    ['hamstrings', 'Romanian Deadlift'],
    ['calves', 'Standing Calf Raise'],
    ['lats', 'Pull-Up'],
    ['triceps', 'Triceps Pushdown'],
    ['rear-delts', 'Face Pull'],
  ])('leads with an exercise whose first prime mover is the muscle: %s → %s', (muscle, name) => {
    const fix = suggest(on(WINDOW_START, [['plank', 1]])).find((s) => s.target.kind === 'muscle' && s.target.muscle === muscle);
    expect(fix?.exercises[0]?.name).toBe(name);
  });

  it('speaks of one set in the singular', () => {
    const sides = suggest(on(WINDOW_START, [['dumbbell-lateral-raise', 36], ['plank', 1]])).find((s) => s.target.kind === 'muscle' && s.target.muscle === 'side-delts');
    expect(sides?.message).toBe('Add ~1 hard set a week for side delts: 1 set of Dumbbell Lateral Raise once a week (or Cable Lateral Raise, Machine Lateral Raise, Lu Raise).');
  });

  it('asks to spread, not add, when only the frequency is low', () => {
    const sets = weekly(WINDOW_START, AS_OF, [1], [['leg-extension', 12], ['lying-leg-curl', 12]]);
    const quads = suggest(sets, 'maintain').find((s) => s.target.kind === 'muscle' && s.target.muscle === 'quadriceps');
    expect(quads?.codes).toEqual(['muscle-low-frequency']);
    expect(quads?.addSetsPerWeek).toBe(0);
    expect(quads?.message).toBe('Spread your 12 weekly sets for quadriceps over at least 2 days, e.g. Barbell Back Squat on two days.');
  });

  it.each<[number, number, 'push' | 'pull', number]>([
    [48, 16, 'pull', 4], // 12 vs 4 a week: 8 pulls bring it to 1.5
    [16, 48, 'push', 5], // 4 vs 12 a week: 0.67 × 12 = 8.04 pushes
    [40, 0, 'pull', 7], // 10 a week and no pulls: 6.67
  ])('brings %i push and %i pull sets back in band by adding %s sets', (push, pull, side, sets) => {
    const history = on(WINDOW_START, [['barbell-bench-press', push], ['barbell-row', pull], ['leg-press', 30]]);
    const fix = suggest(history, 'lose').find((s) => s.target.kind === 'side');
    expect(fix?.target).toEqual({ kind: 'side', side });
    expect(fix?.addSetsPerWeek).toBe(sets);
    expect(fix?.exercises[0]?.name).toBe(side === 'pull' ? 'Barbell Row' : 'Barbell Bench Press');
  });

  it.each<[string, LiftBests, string, string]>([
    ['a lagging bench', { squat: 100, 'bench-press': 60 }, 'bench-press', 'Barbell Bench Press'],
    ['a lagging overhead press', { squat: 100, 'overhead-press': 30 }, 'overhead-press', 'Barbell Overhead Press'],
    ['a deadlift far ahead of the squat', { squat: 100, deadlift: 150 }, 'squat', 'Barbell Back Squat'],
  ])('works on the lift behind for %s', (_name, lifts, lift, first) => {
    const fix = suggest(balanced, 'gain', lifts).find((s) => s.target.kind === 'lift');
    expect(fix?.target).toEqual({ kind: 'lift', lift });
    expect(fix?.exercises[0]?.name).toBe(first);
    expect(fix?.addSetsPerWeek).toBe(4);
  });

  it('names at most four catalog exercises, never cardio, each training the target', () => {
    const sut = suggest(upperOnly, 'gain', { squat: 100, 'bench-press': 50 });
    expect(sut.length).toBeGreaterThan(3);
    for (const s of sut) {
      expect(s.exercises.length).toBeGreaterThan(0);
      expect(s.exercises.length).toBeLessThanOrEqual(4);
      for (const e of s.exercises) expect(byId.get(e.id)?.pattern).not.toBe('cardio');
      if (s.target.kind === 'muscle') {
        const muscle = s.target.muscle;
        for (const e of s.exercises) expect(byId.get(e.id)?.primary).toContain(muscle);
      }
    }
  });

  it('suggests nothing when nothing is flagged', () => {
    expect(suggest(balanced)).toEqual([]);
  });
});
