import { describe, expect, it } from 'vitest';
import { between, daysAgo, kcal, list, pct, rate, rateRange, weight, windowText } from './format.js';

describe('tip number formats', () => {
  it.each([
    ['a metric rate', rate(-0.4536, 'metric'), '0.45 kg'],
    ['an imperial rate', rate(0.4536, 'imperial'), '1 lb'],
    ['a metric band', rateRange(0.2, 0.4, 'metric'), '0.2–0.4 kg'],
    ['an imperial band', rateRange(0.204, 0.408, 'imperial'), '0.4–0.9 lb'],
    ['a weight in pounds', weight(81.6466, 'imperial'), '180 lb'],
    ['a share', pct(0.354), '35%'],
    ['energy', kcal(2349.5), '2,350'],
    ['three words', list(['quadriceps', 'hamstrings', 'calves']), 'quadriceps, hamstrings and calves'],
    ['a collapsed range', between(12, 12), 'about 12'],
    ['a range', between(8, 14.25), 'between 8 and 14.3'],
    ['yesterday', daysAgo(1), 'yesterday'],
    ['a 4-week window', windowText(28), 'the last 4 weeks'],
    ['a short window', windowText(12), 'the last 12 days'],
  ])('%s', (_what, sut, expected) => {
    expect(sut).toBe(expected);
  });
});
