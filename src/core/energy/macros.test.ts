import { describe, expect, it } from 'vitest';
import { fieldOfError } from '../testing/errors.js';
import { DEFAULT_PROTEIN_G_PER_KG, macrosForGoal, proteinTargetG } from './macros.js';
import type { GoalDirection, MacroInput } from './macros.js';

const input = (overrides: Partial<MacroInput> = {}): MacroInput => ({ goalKcal: 3009, weightKg: 80, direction: 'gain', ...overrides });

describe('proteinTargetG (science.md oracle row 51, Morton 2018)', () => {
  it.each([
    ['plateau 1.62 g/kg', 80, 1.62, 129.6],
    ['CI low 1.03 g/kg', 80, 1.03, 82.4],
    ['CI high 2.20 g/kg', 80, 2.2, 176],
    ['default 1.6 g/kg', 80, 1.6, 128],
  ])('#51 %s at %d kg → %d g', (_name, weightKg, gPerKg, grams) => {
    expect(Math.abs(proteinTargetG(weightKg, gPerKg) - grams)).toBeLessThanOrEqual(0.1);
  });
});

describe('DEFAULT_PROTEIN_G_PER_KG', () => {
  it.each([
    ['lose', 1.6],
    ['maintain', 0.8],
    ['gain', 1.6],
  ] as const)('%s → %d g/kg', (direction, gPerKg) => {
    expect(DEFAULT_PROTEIN_G_PER_KG[direction]).toBe(gPerKg);
    expect(macrosForGoal(input({ direction })).proteinGPerKg).toBe(gPerKg);
  });
});

describe('macrosForGoal', () => {
  it.each([
    // name, protein g, fat g, carbs g, input
    ['gain 3009 kcal at 80 kg', 128, 84, 435, input()],
    ['maintain 2759 kcal at 80 kg', 64, 77, 453, input({ goalKcal: 2759, direction: 'maintain' })],
    ['lose 2259 kcal at 80 kg', 128, 63, 295, input({ goalKcal: 2259, direction: 'lose' })],
    ['user protein 2.2 g/kg', 176, 84, 387, input({ proteinGPerKg: 2.2 })],
    ['null protein means the default', 128, 84, 435, input({ proteinGPerKg: null })],
    ['protein rounds down: 1.6 × 70.3 = 112.48', 112, 84, 451, input({ weightKg: 70.3 })],
    ['protein rounds up: 1.6 × 70.35 = 112.56', 113, 84, 450, input({ weightKg: 70.35 })],
  ])('%s → P %d g, F %d g, C %d g', (_name, proteinG, fatG, carbsG, macroInput) => {
    const sut = macrosForGoal(macroInput);
    expect(sut).toEqual({
      proteinG,
      fatG,
      carbsG,
      proteinKcal: proteinG * 4,
      fatKcal: fatG * 9,
      carbsKcal: carbsG * 4,
      proteinGPerKg: macroInput.proteinGPerKg ?? DEFAULT_PROTEIN_G_PER_KG[macroInput.direction],
      fatPct: 25,
      exceedsBudget: false,
    });
  });

  it.each([
    [1200, 50, 'lose'],
    [1500, 120, 'lose'],
    [2000, 65, 'maintain'],
    [2759, 80, 'maintain'],
    [3300, 95, 'gain'],
    [4200, 140, 'gain'],
  ] as const)('%d kcal at %d kg (%s): the macros add up to the budget within 2 kcal, fat ≈ 25 %%', (goalKcal, weightKg, direction) => {
    const sut = macrosForGoal({ goalKcal, weightKg, direction });
    expect(Math.abs(sut.proteinKcal + sut.fatKcal + sut.carbsKcal - goalKcal)).toBeLessThanOrEqual(2);
    expect(Math.abs(sut.fatKcal / goalKcal - 0.25)).toBeLessThan(0.005);
    expect(sut.exceedsBudget).toBe(false);
  });

  it.each([
    // goal, weight, g/kg, carbs g, exceeds
    ['protein + fat far above the budget', 1500, 150, 3.5, 0, true],
    ['protein + fat exactly the budget', 2160, 150, 2.7, 0, false],
    ['protein + fat 1 kcal above the budget', 2159, 150, 2.7, 0, true],
    ['protein + fat 4 kcal below the budget', 2164, 150, 2.7, 1, false],
  ])('%s → carbs %d g, exceeds budget: %s', (_name, goalKcal, weightKg, proteinGPerKg, carbsG, exceeds) => {
    const sut = macrosForGoal({ goalKcal, weightKg, direction: 'lose', proteinGPerKg });
    expect(sut.carbsG).toBe(carbsG);
    expect(sut.carbsKcal).toBe(carbsG * 4);
    expect(sut.exceedsBudget).toBe(exceeds);
  });

  it.each([0.5, 3.5])('accepts a protein target at the bound %d g/kg', (proteinGPerKg) => {
    expect(macrosForGoal(input({ proteinGPerKg })).proteinG).toBe(Math.round(80 * proteinGPerKg));
  });

  it.each([
    ['proteinGPerKg', { proteinGPerKg: 0.49 }],
    ['proteinGPerKg', { proteinGPerKg: 3.51 }],
    ['proteinGPerKg', { proteinGPerKg: Number.NaN }],
    ['goalKcal', { goalKcal: 0 }],
    ['goalKcal', { goalKcal: Number.POSITIVE_INFINITY }],
    ['weightKg', { weightKg: -80 }],
    ['direction', { direction: 'bulk' as GoalDirection }],
  ])('rejects a bad %s (%o)', (field, change) => {
    expect(fieldOfError(() => macrosForGoal(input(change)))).toBe(field);
  });

  it('says the accepted protein range', () => {
    expect(() => macrosForGoal(input({ proteinGPerKg: 5 }))).toThrow('proteinGPerKg: must be between 0.5 and 3.5 g per kg of body weight (got 5)');
  });
});
