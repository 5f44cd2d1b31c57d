import { describe, expect, it } from 'vitest';
import { chartTime, girthForApi, rateStatusText, showRate, showWeight, weightChart, weightForApi } from './body-format.js';

describe('body formatting for the web app', () => {
  it.each([
    ['180', 'imperial', '180 lb'],
    ['81.6', 'metric', '81.6 kg'],
    ['81,6', 'metric', '81,6 kg'],
    ['12 st 8 lb', 'imperial', '12 st 8 lb'],
    ['80 kg', 'imperial', '80 kg'],
    ['  ', 'metric', null],
  ] as const)('weightForApi(%j, %s) = %j', (text, units, expected) => {
    expect(weightForApi(text, units)).toBe(expected);
  });

  it.each([
    ['34', 'imperial', '34 in'],
    ['86', 'metric', '86 cm'],
    ['', 'metric', null],
  ] as const)('girthForApi(%j, %s) = %j', (text, units, expected) => {
    expect(girthForApi(text, units)).toBe(expected);
  });

  it.each([
    [81.6466, 'imperial', '180.0 lb'],
    [81.64, 'metric', '81.6 kg'],
  ] as const)('showWeight(%f, %s) = %s', (kg, units, expected) => {
    expect(showWeight(kg, units)).toBe(expected);
  });

  it.each([
    [-0.45, 'metric', '−0.45 kg/week'],
    [0.2268, 'imperial', '+0.50 lb/week'],
    [0, 'metric', '0.00 kg/week'],
  ] as const)('showRate(%f, %s) = %s', (kg, units, expected) => {
    expect(showRate(kg, units)).toBe(expected);
  });

  it('puts a date at noon UTC on the time axis', () => {
    expect(chartTime('2026-01-01')).toBe(Date.UTC(2026, 0, 1, 12) / 1000);
  });

  it('words every rate status', () => {
    expect(rateStatusText('faster')).toMatch(/Faster/);
    expect(rateStatusText(null)).toMatch(/Not enough/);
  });
});

describe('weightChart', () => {
  it('draws scale weights as dots (gaps where none) and the trend as a line, in the user’s units', () => {
    const chart = weightChart(
      [
        { date: '2026-11-01', scaleKg: 80, trendKg: 80 },
        { date: '2026-11-02', scaleKg: null, trendKg: 79.9 },
      ],
      'imperial',
    );
    expect(chart.times).toEqual([chartTime('2026-11-01'), chartTime('2026-11-02')]);
    expect(chart.series.map((s) => [s.label, s.style])).toEqual([
      ['Scale (lb)', 'points'],
      ['Trend', 'line'],
    ]);
    expect(chart.series[0]!.values[1]).toBeNull();
    expect(chart.series[1]!.values[0]).toBeCloseTo(176.37, 2);
  });
});
