import { describe, expect, it } from 'vitest';
import { fieldOfError } from '../testing/errors.js';
import type { ActivityLevel } from './activity.js';
import { CALORIE_FLOOR_KCAL, computeGoal, groupThousands } from './goal.js';
import type { GoalFlagCode, GoalId, GoalInput } from './goal.js';
import type { RestingFormula } from './resting.js';

/** The reference man of science.md: 30 y, 180 cm, 80 kg, moderately active (BMR 1780, TDEE 2759). */
const man = (overrides: Partial<GoalInput> = {}): GoalInput => ({
  sex: 'male',
  age: 30,
  heightCm: 180,
  weightKg: 80,
  activity: 'moderate',
  goal: 'maintain',
  ...overrides,
});

/** A sedentary woman whose TDEE is 1700 kcal (Mifflin 1416.67 × 1.2): science.md oracle row 20. */
const woman1700 = (overrides: Partial<GoalInput> = {}): GoalInput => ({
  sex: 'female',
  age: 30,
  heightCm: 160,
  weightKg: 72.76667,
  activity: 'sedentary',
  goal: 'maintain',
  ...overrides,
});

/** A small, old, sedentary woman whose TDEE (932 kcal) is below the 1200 floor. */
const tinyWoman = (overrides: Partial<GoalInput> = {}): GoalInput => ({
  sex: 'female',
  age: 80,
  heightCm: 150,
  weightKg: 40,
  activity: 'sedentary',
  goal: 'maintain',
  ...overrides,
});

const codes = (input: GoalInput): GoalFlagCode[] => computeGoal(input).flags.map((f) => f.code);

describe('computeGoal: the reference man (science.md oracle rows 11, 13, 18, 19, 21)', () => {
  it('gain 0.5 lb/week → BMR 1780, maintenance 2759, goal 3009', () => {
    const sut = computeGoal(man({ goal: 'gain-0.5' }));
    expect(sut).toEqual({
      formula: 'mifflin',
      bmrKcal: 1780,
      maintenanceKcal: 2759,
      goalKcal: 3009,
      rawGoalKcal: 3009,
      dailyDeltaKcal: 250,
      weeklyChangeKg: 0.2268,
      floorApplied: false,
      floorKcal: null,
      activityFactor: 1.55,
      macros: { proteinG: 128, fatG: 84, carbsG: 435, proteinKcal: 512, fatKcal: 756, carbsKcal: 1740, proteinGPerKg: 1.6, fatPct: 25 },
      flags: [],
      explanation: expect.any(Array),
    });
    expect(sut.explanation.slice(0, 3)).toEqual([
      'Resting energy (Mifflin–St Jeor): 1,780 kcal/day',
      '× 1.55 for moderately active = 2,759 kcal to maintain',
      '+ 250 kcal for 0.5 lb/week = 3,009 kcal/day',
    ]);
  });

  it.each([
    ['#18 lose 1 lb/week', 'lose-1', 2259, -500, -0.4536, 1500],
    ['#19 lose 2 lb/week', 'lose-2', 1759, -1000, -0.9072, 1500],
    ['#21 gain 0.5 kg/week', 'gain-0.5kg', 3309, 550, 0.5, null],
    ['lose 0.75 kg/week', 'lose-0.75kg', 1934, -825, -0.75, 1500],
    ['gain 2 lb/week', 'gain-2', 3759, 1000, 0.9072, null],
    ['maintain', 'maintain', 2759, 0, 0, null],
  ] as const)('%s from TDEE 2759 → %d kcal', (_name, goal, goalKcal, delta, weeklyChangeKg, floorKcal) => {
    const sut = computeGoal(man({ goal }));
    expect(sut.maintenanceKcal).toBe(2759);
    expect(sut.goalKcal).toBe(goalKcal);
    expect(sut.rawGoalKcal).toBe(goalKcal);
    expect(sut.dailyDeltaKcal).toBe(delta);
    expect(sut.weeklyChangeKg).toBe(weeklyChangeKg);
    expect(sut.floorKcal).toBe(floorKcal);
    expect(sut.floorApplied).toBe(false);
  });

  it.each([
    ['lose-1', '− 500 kcal for 1 lb/week = 2,259 kcal/day'],
    ['lose-0.25kg', '− 275 kcal for 0.25 kg/week = 2,484 kcal/day'],
    ['gain-0.5kg', '+ 550 kcal for 0.5 kg/week = 3,309 kcal/day'],
    ['maintain', 'No change to maintain weight: 2,759 kcal/day'],
  ] as const)('%s explains the change as "%s"', (goal, line) => {
    expect(computeGoal(man({ goal })).explanation[2]).toBe(line);
  });

  it.each([
    ['maintain', 'Protein 0.8 g/kg × 80 kg = 64 g; fat 25% of energy = 77 g; carbs the rest = 453 g'],
    ['lose-1', 'Protein 1.6 g/kg × 80 kg = 128 g; fat 25% of energy = 63 g; carbs the rest = 295 g'],
  ] as const)('%s explains the macros', (goal, line) => {
    expect(computeGoal(man({ goal })).explanation).toContain(line);
  });

  it.each([
    ['maintain', false],
    ['lose-1', true],
    ['gain-0.5kg', true],
  ] as const)('%s says the rule is only a starting estimate: %s', (goal, says) => {
    expect(computeGoal(man({ goal })).explanation.some((l) => l.startsWith('This is a starting estimate'))).toBe(says);
  });

  it.each([
    ['sedentary', 1.2, 2136, 'sedentary'],
    ['light', 1.375, 2448, 'lightly active'],
    ['very', 1.725, 3071, 'very active'],
    ['extra', 1.9, 3382, 'extra active'],
  ] as const)('activity %s: × %d = %d kcal to maintain', (activity, factor, maintenanceKcal, words) => {
    const sut = computeGoal(man({ activity }));
    expect(sut.activityFactor).toBe(factor);
    expect(sut.maintenanceKcal).toBe(maintenanceKcal);
    expect(sut.explanation[1]).toBe(`× ${factor} for ${words} = ${groupThousands(maintenanceKcal)} kcal to maintain`);
  });

  it.each([
    ['harris-benedict', null, 1854, 2873, 'Resting energy (Harris–Benedict (Roza–Shizgal)): 1,854 kcal/day'],
    ['katch-mcardle', 20, 1752, 2716, 'Resting energy (Katch–McArdle, 64 kg lean mass): 1,752 kcal/day'],
    ['cunningham', 20, 1908, 2957, 'Resting energy (Cunningham, 64 kg lean mass): 1,908 kcal/day'],
  ] as const)('formula %s (body fat %s) → BMR %d, maintenance %d', (formula, bodyFatPct, bmrKcal, maintenanceKcal, line) => {
    const sut = computeGoal(man({ formula, bodyFatPct }));
    expect(sut.formula).toBe(formula);
    expect(sut.bmrKcal).toBe(bmrKcal);
    expect(sut.maintenanceKcal).toBe(maintenanceKcal);
    expect(sut.explanation[0]).toBe(line);
  });

  it.each([
    [null, 128],
    [2.2, 176],
  ])('protein override %s → %d g', (proteinGPerKg, proteinG) => {
    expect(computeGoal(man({ goal: 'gain-0.5', proteinGPerKg })).macros.proteinG).toBe(proteinG);
  });
});

describe('computeGoal: calorie floors (loss goals only)', () => {
  it('#20 woman, TDEE 1700, lose 2 lb/week → 1200 (floor; raw 700)', () => {
    const sut = computeGoal(woman1700({ goal: 'lose-2' }));
    expect(sut).toMatchObject({ maintenanceKcal: 1700, rawGoalKcal: 700, goalKcal: 1200, floorApplied: true, floorKcal: 1200, dailyDeltaKcal: -1000 });
    expect(sut.macros).toMatchObject({ proteinG: 116, fatG: 33, carbsG: 110 });
    expect(sut.flags[0]).toEqual({
      code: 'floor-applied',
      severity: 'warning',
      message:
        'Losing 2 lb a week would mean 700 kcal/day, below the 1,200 kcal/day minimum we set for women, so your goal is 1,200 kcal/day. ' +
        'At that budget expect about 1 lb a week, not 2.',
    });
    expect(sut.explanation).toContain('Raised to 1,200 kcal/day, the lowest goal we set for women');
  });

  it('a man whose loss goal falls below 1500 gets 1500', () => {
    const sut = computeGoal({ sex: 'male', age: 60, heightCm: 170, weightKg: 60, activity: 'sedentary', goal: 'lose-1' });
    expect(sut).toMatchObject({ maintenanceKcal: 1641, rawGoalKcal: 1141, goalKcal: 1500, floorApplied: true, floorKcal: 1500 });
    expect(sut.flags.find((f) => f.code === 'floor-applied')?.message).toContain('minimum we set for men');
    expect(sut.flags.find((f) => f.code === 'floor-applied')?.message).toContain('expect about 0.3 lb a week, not 1.');
    expect(sut.explanation).toContain('Raised to 1,500 kcal/day, the lowest goal we set for men');
  });

  it.each([
    ['raw exactly at the floor (1200) is not floored', 72.76667, 1200, 1200, false],
    ['raw 1199 is floored to 1200', 72.68, 1199, 1200, true],
  ])('%s', (_name, weightKg, rawGoalKcal, goalKcal, floorApplied) => {
    const sut = computeGoal(woman1700({ weightKg, goal: 'lose-1' }));
    expect(sut).toMatchObject({ rawGoalKcal, goalKcal, floorApplied, floorKcal: 1200 });
    expect(sut.flags.some((f) => f.code === 'floor-applied')).toBe(floorApplied);
  });

  it.each([
    ['maintain', 932],
    ['gain-0.5', 1182],
    ['gain-0.25kg', 1207],
  ] as const)('%s never floors, even below 1200 (→ %d)', (goal, goalKcal) => {
    const sut = computeGoal(tinyWoman({ goal }));
    expect(sut).toMatchObject({ goalKcal, rawGoalKcal: goalKcal, floorApplied: false, floorKcal: null });
    expect(sut.flags.map((f) => f.code)).not.toContain('floor-applied');
  });

  it('a floor above maintenance says to expect little or no loss', () => {
    const sut = computeGoal(tinyWoman({ goal: 'lose-0.5' }));
    expect(sut).toMatchObject({ maintenanceKcal: 932, rawGoalKcal: 682, goalKcal: 1200, floorApplied: true });
    expect(sut.flags[0]?.message).toContain('at or above your estimated maintenance (932 kcal/day), so expect little or no loss');
  });

  it.each([
    ['female', 1200],
    ['male', 1500],
  ] as const)('CALORIE_FLOOR_KCAL.%s = %d', (sex, kcal) => {
    expect(CALORIE_FLOOR_KCAL[sex]).toBe(kcal);
  });
});

describe('computeGoal: flags', () => {
  it.each([
    // 1 % of 80 kg = 0.8 kg/week; lean band 0.2–0.4 kg/week
    ['lose-2', ['rate-above-1pct']],
    ['lose-1.5', []],
    ['lose-1kg', ['rate-above-1pct']],
    ['lose-0.75kg', []],
    ['maintain', []],
    ['gain-0.5', []],
    ['gain-0.25kg', []],
    ['gain-1', ['gain-above-lean']],
    ['gain-0.5kg', ['gain-above-lean']],
    ['gain-2', ['rate-above-1pct', 'gain-above-lean']],
    ['gain-1kg', ['rate-above-1pct', 'gain-above-lean']],
  ] as const)('80 kg man, %s → %j', (goal, expected) => {
    expect(codes(man({ goal }))).toEqual(expected);
  });

  it.each([
    ['lose-1kg at exactly 1 % (100 kg) is not flagged', 100, 'lose-1kg', false],
    ['lose-1kg at 99.9 kg is flagged', 99.9, 'lose-1kg', true],
    ['gain-0.5kg at exactly 0.5 % (100 kg) is not flagged', 100, 'gain-0.5kg', false],
    ['gain-0.5kg at 99.9 kg is flagged', 99.9, 'gain-0.5kg', true],
  ] as const)('%s', (_name, weightKg, goal, flagged) => {
    expect(codes(man({ weightKg, goal })).length > 0).toBe(flagged);
  });

  it('rate-above-1pct says the numbers in the goal unit and why', () => {
    const sut = computeGoal(man({ goal: 'lose-2' })).flags[0];
    expect(sut).toEqual({
      code: 'rate-above-1pct',
      severity: 'warning',
      message:
        'Losing 2 lb a week is more than 1% of your body weight (1.8 lb a week at 176.4 lb). ' +
        'Losing faster than about 1% a week costs more lean mass (muscle), not just fat; a slower rate keeps more of it.',
    });
  });

  it('rate-above-1pct in kg for a metric goal', () => {
    expect(computeGoal(man({ goal: 'lose-1kg' })).flags[0]?.message).toContain('Losing 1 kg a week is more than 1% of your body weight (0.80 kg a week at 80 kg)');
  });

  it('gain-above-lean cites Iraki and gives the lean range in kg (and lb for a lb goal)', () => {
    expect(computeGoal(man({ goal: 'gain-1' })).flags[0]).toEqual({
      code: 'gain-above-lean',
      severity: 'info',
      message:
        'Gaining 1 lb a week is faster than lean gain: about 0.25–0.5% of body weight a week (Iraki et al. 2019), ' +
        'which is 0.20–0.40 kg (0.4–0.9 lb) a week at 176.4 lb. Above that, more of the gain is fat.',
    });
    expect(computeGoal(man({ goal: 'gain-0.5kg' })).flags[0]?.message).toContain('which is 0.20–0.40 kg a week at 80 kg.');
  });

  it('macros-exceed-budget when protein and fat alone pass the budget', () => {
    const sut = computeGoal({ sex: 'female', age: 70, heightCm: 150, weightKg: 100, activity: 'sedentary', goal: 'lose-2', proteinGPerKg: 3.5 });
    expect(sut.goalKcal).toBe(1200);
    expect(sut.macros).toMatchObject({ proteinG: 350, fatG: 33, carbsG: 0, carbsKcal: 0 });
    expect(sut.flags.map((f) => f.code)).toEqual(['floor-applied', 'macros-exceed-budget']);
    expect(sut.flags[1]).toEqual({
      code: 'macros-exceed-budget',
      severity: 'warning',
      message:
        'Protein (350 g) and fat (33 g) alone come to 1,697 kcal, more than the 1,200 kcal budget, so carbs are set to 0 g. ' +
        'Lower the protein target or choose a slower rate.',
    });
  });

  it('orders flags floor, rate, macros for the row-20 woman', () => {
    expect(codes(woman1700({ goal: 'lose-2' }))).toEqual(['floor-applied', 'rate-above-1pct']);
  });
});

describe('computeGoal: validation', () => {
  it.each([
    ['goal', { goal: 'lose-3' as GoalId }],
    ['activity', { activity: 'couch' as ActivityLevel }],
    ['formula', { formula: 'owen' as RestingFormula }],
    ['bodyFatPct', { formula: 'katch-mcardle' as const }],
    ['bodyFatPct', { formula: 'cunningham' as const, bodyFatPct: 80 }],
    ['proteinGPerKg', { proteinGPerKg: 4 }],
    ['weightKg', { weightKg: 20 }],
    ['heightCm', { heightCm: 1.8 }],
    ['age', { age: 16 }],
  ])('rejects a bad %s (%o)', (field, change) => {
    expect(fieldOfError(() => computeGoal(man(change)))).toBe(field);
  });
});
