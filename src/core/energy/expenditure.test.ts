import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import {
  adaptiveTdee,
  budgetFromExpenditure,
  compareExpenditure,
  expenditureFromBalance,
  hallEnergyDensity,
  learnExpenditure,
  type IntakeDay,
  type LearnExpenditureInput,
} from './expenditure.js';

const START = '2026-03-01';
const day = (i: number) => addDays(START, i);

/** A deterministic stand-in for randomness: a linear congruential generator mapped to roughly N(0, 1). */
function noise(seed: number) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
  return () => uniform() + uniform() + uniform() + uniform() - 2;
}

/** A person whose true expenditure is `tdee`, eating `intake` ± 300 a day and weighing in daily with ±0.5 kg of water. */
function logs({ days, tdee = 2600, intake = 2100, seed = 1, skip = () => false }: { days: number; tdee?: number; intake?: number; seed?: number; skip?: (i: number) => boolean }) {
  const n = noise(seed);
  const weighIns: Array<{ date: string; kg: number }> = [];
  const food: IntakeDay[] = [];
  let stored = 0;
  for (let i = 0; i < days; i++) {
    const eaten = intake + 300 * n();
    weighIns.push({ date: day(i), kg: 85 + stored / 7700 + 0.5 * n() });
    stored += eaten - tdee;
    if (!skip(i)) food.push({ date: day(i), kcal: eaten, complete: true });
  }
  return { weighIns, intake: food };
}

const input = (over: Partial<LearnExpenditureInput> & Pick<LearnExpenditureInput, 'weighIns' | 'intake' | 'asOf'>): LearnExpenditureInput => ({ priorKcal: 2400, ...over });

describe('expenditure from intake and stored energy (science.md §4.2–4.3)', () => {
  it.each([
    ['#33 intake 3000, surplus 200', 3000, 200, 2800],
    ['#34 intake 2000, deficit 400', 2000, -400, 2400],
  ])('%s → %i', (_name, intake, stored, expected) => {
    expect(expenditureFromBalance(intake, stored)).toBe(expected);
  });

  it('#35 mean intake 2500, trend 80.0 → 79.5 kg over 14 days, ρ 7700 → 2775 (±0.5)', () => {
    expect(Math.abs(adaptiveTdee(2500, 80.0, 79.5, 14) - 2775)).toBeLessThanOrEqual(0.5);
  });

  it.each([
    ['#30 F = 30 kg', 30, 7478, 5],
    ['F = 10 kg', 10, 5554, 5],
    ['F = 20 kg', 20, 6832, 5],
    ['F = 40 kg', 40, 7867, 5],
  ])('Hall 2008 energy density at %s ≈ %i kcal/kg', (_name, fat, expected, tol) => {
    expect(Math.abs(hallEnergyDensity(fat) - expected)).toBeLessThanOrEqual(tol);
  });
});

describe('learnExpenditure', () => {
  it('recovers the true expenditure from four weeks of daily logs, inside its band', () => {
    const data = logs({ days: 40 });
    const sut = learnExpenditure(input({ ...data, asOf: day(39) }));
    expect(sut.insufficient).toEqual([]);
    expect(sut.windowDays).toBe(28);
    expect(Math.abs(sut.kcal! - 2600)).toBeLessThan(150);
    expect(sut.lowKcal!).toBeLessThan(2600);
    expect(sut.highKcal!).toBeGreaterThan(2600);
    expect(sut.priorShare!).toBeLessThan(0.25);
  });

  it('lets the prior fade as data accumulates: share and band shrink from 14 to 28 days', () => {
    const data = logs({ days: 28, seed: 7 });
    const early = learnExpenditure(input({ ...data, asOf: day(13) }));
    const later = learnExpenditure(input({ ...data, asOf: day(27) }));
    expect(early.kcal).not.toBeNull();
    expect(later.priorShare!).toBeLessThan(early.priorShare!);
    expect(later.highKcal! - later.lowKcal!).toBeLessThan(early.highKcal! - early.lowKcal!);
  });

  it.each([1, 2, 3, 4, 5])('is not dragged down by missed days (seed %i): they are left out, not zero-filled', (seed) => {
    // Every fifth day unlogged: still 80 % coverage.
    const data = logs({ days: 40, seed, skip: (i) => i % 5 === 0 });
    const sut = learnExpenditure(input({ ...data, asOf: day(39), priorKcal: null }));
    expect(sut.missingDays).toBeGreaterThan(0);
    expect(Math.abs(sut.kcal! - 2600)).toBeLessThan(200);
    // Counting those days as zero would have read ~420 kcal lower.
    const zeroFilled = (sut.meanIntakeKcal! * sut.intakeDays) / sut.windowDays;
    expect(sut.meanIntakeKcal! - zeroFilled).toBeGreaterThan(300);
  });

  it('leaves out days marked incomplete and days below 800 kcal, and says which', () => {
    const data = logs({ days: 30 });
    data.intake[25] = { ...data.intake[25]!, kcal: 450 };
    data.intake[26] = { ...data.intake[26]!, complete: false };
    const sut = learnExpenditure(input({ ...data, asOf: day(29) }));
    expect(sut.excluded.map((e) => [e.date, e.reason])).toEqual([
      [day(25), 'implausible'],
      [day(26), 'incomplete'],
    ]);
    expect(sut.intakeDays).toBe(26);
    expect(sut.kcal).not.toBeNull();
  });

  it.each([
    ['fewer than 14 days', { days: 10 }, /needs 14/],
    ['under 80 % of days logged', { days: 30, skip: (i: number) => i % 2 === 0 }, /needs 80 %/],
  ])('gives no estimate with %s, and says why', (_name, opts, why) => {
    const data = logs(opts);
    const sut = learnExpenditure(input({ ...data, asOf: day(opts.days - 1) }));
    expect(sut.kcal).toBeNull();
    expect(sut.lowKcal).toBeNull();
    expect(sut.insufficient.join(' ')).toMatch(why);
  });

  it('gives no estimate from too few weigh-ins', () => {
    const data = logs({ days: 30 });
    const sut = learnExpenditure(input({ intake: data.intake, weighIns: data.weighIns.filter((_, i) => i % 7 === 0), asOf: day(29) }));
    expect(sut.kcal).toBeNull();
    expect(sut.insufficient.join(' ')).toMatch(/weigh-in/);
  });

  it('ignores logs after the end of the window (today is not over)', () => {
    const data = logs({ days: 30 });
    const sut = learnExpenditure(input({ ...data, intake: [...data.intake, { date: day(30), kcal: 300, complete: true }], asOf: day(29) }));
    expect(sut.excluded).toEqual([]);
    expect(sut.to).toBe(day(29));
  });
});

describe('budget and disagreement', () => {
  it.each([
    [2700, 2500, false],
    [2800, 2520, true],
    [2200, 2500, true],
  ])('learned %i vs formula %i: disagree = %s (beyond 10 percent)', (learned, formula, disagree) => {
    expect(compareExpenditure(learned, formula).disagree).toBe(disagree);
  });

  it.each([
    [2775, 'lose-1', 'male', 2275, false],
    [2775, 'gain-0.5kg', 'male', 3325, false],
    [1500, 'lose-1', 'female', 1200, true],
    [2000, 'maintain', 'female', 2000, false],
  ] as const)('budget from %i for %s (%s) = %i', (tdee, goal, sex, expected, floor) => {
    expect(budgetFromExpenditure(tdee, goal, sex)).toEqual({ goalKcal: expected, floorApplied: floor });
  });
});
