import { describe, expect, it } from 'vitest';
import { becauseLabel, becauseValue, evidenceLabel } from './tip-format.js';

describe('tip format', () => {
  it.each([
    ['proteinGPerKg', 'protein (g/kg)'],
    ['meanProteinG', 'mean protein (g)'],
    ['daysSinceLowerBody', 'days since lower body'],
    ['fiberGPer1000Kcal', 'fiber (g per 1,000 kcal)'],
    ['weeklyRateKg', 'weekly rate (kg/week)'],
    ['exerciseKcalLast7', 'exercise (kcal)'],
    ['averageHours', 'average (h)'],
    ['lowerShare', 'lower share'],
  ])('names %s as "%s"', (key, words) => {
    expect(becauseLabel(key)).toBe(words);
  });

  it('writes values and grades for people', () => {
    expect(becauseValue(1234.567)).toBe('1,234.57');
    expect(becauseValue(null)).toBe('—');
    expect(becauseValue(true)).toBe('yes');
    expect(becauseValue('quadriceps, calves')).toBe('quadriceps, calves');
    expect(evidenceLabel('expert-opinion')).toBe('Expert opinion');
    expect(evidenceLabel('moderate')).toBe('Moderate evidence');
  });
});
