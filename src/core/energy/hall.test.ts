import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { hallBaseline, hallSteadyState, jacksonFatKg, silvaEcfKg, simulateHall, type HallPerson } from './hall.js';
import { daysToFraction } from './projection.js';
import type { Sex } from './resting.js';

const person = (sex: Sex, weightKg: number, heightCm: number, age: number, extra: Partial<HallPerson> = {}): HallPerson => ({ sex, weightKg, heightCm, age, ...extra });

/** Runs the model with a constant intake change from day 0, as the science.md §3.4 oracle does. */
function run(p: HallPerson, intakeChangeKcal: number, days: number, correctGlycogenFlux = false) {
  const baseline = hallBaseline(p);
  const trajectory = simulateHall(baseline, days, { intakeChangeKcal: new Float64Array(days + 1).fill(intakeChangeKcal), correctGlycogenFlux });
  return { baseline, trajectory };
}

const man100 = person('male', 100, 180, 40);
const woman80 = person('female', 80, 180, 40);
const man80 = person('male', 80, 180, 30);
const woman70 = person('female', 70, 165, 35);

describe('Hall model baseline (science.md §3.4 supporting detail)', () => {
  it.each([
    ['man 100 kg', man100, { rmrKcal: 1932.2, intakeKcal: 2898.3, fatKg: 29.62, leanKg: 43.61, ecfKg: 24.93 }],
    ['woman 80 kg', woman80, { rmrKcal: 1566.4, intakeKcal: 2349.6, fatKg: 25.38 }],
  ])('%s', (_name, p, expected) => {
    const sut = hallBaseline(p);
    for (const [key, value] of Object.entries(expected)) {
      expect(Math.abs(sut[key as keyof typeof expected] - value), key).toBeLessThanOrEqual(0.005);
    }
  });

  it('splits the body into fat, lean, ECF and glycogen with its water', () => {
    const sut = hallBaseline(man100);
    expect(sut.fatKg + sut.leanKg + sut.ecfKg + 3.7 * sut.glycogenKg).toBeCloseTo(100, 10);
  });

  it.each([
    ['Jackson fat, man', () => jacksonFatKg('male', 90, 1.8, 40), 23.118532078523476],
    ['Silva ECF, man', () => silvaEcfKg('male', 90, 1.8, 40), 23.016],
    ['Silva ECF, woman', () => silvaEcfKg('female', 80, 1.8, 40), -4 + 5.98 * 1.8 + 0.167 * 80],
  ])('%s matches `bw`', (_name, sut, expected) => {
    expect(sut()).toBeCloseTo(expected, 9);
  });

  it('uses a measured fat mass instead of the BMI equation', () => {
    const sut = hallBaseline({ ...man100, fatKg: 20 });
    expect(sut.fatKg).toBe(20);
    expect(sut.leanKg).toBeCloseTo(100 - 20 - sut.ecfKg - 1.85, 9);
  });

  it.each([
    [{ pal: 1.1 }, 'pal'],
    [{ pal: 3 }, 'pal'],
    [{ weightKg: 20 }, 'weightKg'],
    [{ age: 12 }, 'age'],
    [{ fatKg: 90 }, 'bodyFatPct'],
  ])('refuses %o, naming %s', (change, field) => {
    const sut = () => hallBaseline({ ...man100, ...change });
    expect(sut).toThrow(ValidationError);
    try {
      sut();
    } catch (e) {
      expect((e as ValidationError).details[0]?.field).toBe(field);
    }
  });
});

describe('Hall model oracle (science.md §3.4 and rows 25–29; ±0.05 kg)', () => {
  it.each([
    ['#25 man 100 kg, −500, day 365', man100, -500, 365, 86.39],
    ['#26 man 100 kg, −500, 10 years', man100, -500, 3650, 76.24],
    ['#27 woman 80 kg, −250, day 365', woman80, -250, 365, 73.17],
    ['woman 80 kg, −250, day 182', woman80, -250, 182, 75.83],
    ['woman 80 kg, −250, day 730', woman80, -250, 730, 70.23],
    ['woman 80 kg, −250, 10 years', woman80, -250, 3650, 68.11],
    ['#28 man 80 kg, +250, day 365', man80, 250, 365, 86.69],
    ['man 80 kg, +250, 10 years', man80, 250, 3650, 90.95],
    ['woman 70 kg, −500, day 365', woman70, -500, 365, 56.06],
    ['woman 70 kg, −500, 10 years', woman70, -500, 3650, 48.14],
    ['man 100 kg, −23.9, day 365', man100, -23.9, 365, 99.36],
  ])('%s → %f kg', (_name, p, change, day, expected) => {
    const sut = run(p, change, day).trajectory.weightKg[day]!;
    expect(Math.abs(sut - expected)).toBeLessThanOrEqual(0.05);
  });

  it.each([
    ['#25 man 100 kg, −500', man100, -500, -9.3, -3.92],
    ['#28 man 80 kg, +250', man80, 250, 4.1, 2.38],
  ])('%s splits the year-one change into fat and lean', (_name, p, change, fat, lean) => {
    const { baseline, trajectory } = run(p, change, 365);
    expect(Math.abs(trajectory.fatKg[365]! - baseline.fatKg - fat)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(trajectory.leanKg[365]! - baseline.leanKg - lean)).toBeLessThanOrEqual(0.05);
  });

  it.each([
    ['#26 man 100 kg, −500', man100, -500, 300, 5, 1184, 20],
    ['woman 80 kg, −250', woman80, -250, 296, 5, 1248, 20],
    ['man 80 kg, +250', man80, 250, 263, 5, 1234, 20],
    ['#29 man 100 kg, −23.9', man100, -23.9, 347, 10, 1525, 20],
  ])('%s: t½ and t95 against the 10-year value', (_name, p, change, half, halfTol, t95, t95Tol) => {
    const w = run(p, change, 3650).trajectory.weightKg;
    expect(Math.abs(daysToFraction(w, 0.5)! - half)).toBeLessThanOrEqual(halfTol);
    expect(Math.abs(daysToFraction(w, 0.95)! - t95)).toBeLessThanOrEqual(t95Tol);
  });

  it('#29 −100 kJ/day gives −1.23 kg after 10 years', () => {
    const w = run(man100, -23.9, 3650).trajectory.weightKg;
    expect(Math.abs(w[3650]! - 100 - -1.23)).toBeLessThanOrEqual(0.05);
  });
});

describe('Hall model against the published rules of thumb (rows 23–24, sanity bands)', () => {
  const typical: Array<[string, HallPerson]> = [
    ['man 100 kg', man100],
    ['woman 80 kg', woman80],
    ['woman 70 kg', woman70],
    ['man 90 kg, 175 cm, 50 y', person('male', 90, 175, 50)],
  ];

  it.each(typical)('#23 %s: −100 kJ/day → about −1 kg (±30 %%), t½ 250–400 d, t95 2.5–4.5 y', (_name, p) => {
    const w = run(p, -23.9, 3650).trajectory.weightKg;
    const eventual = w[3650]! - w[0]!;
    expect(eventual).toBeGreaterThanOrEqual(-1.3);
    expect(eventual).toBeLessThanOrEqual(-0.7);
    expect(daysToFraction(w, 0.5)).toBeGreaterThanOrEqual(250);
    expect(daysToFraction(w, 0.5)).toBeLessThanOrEqual(400);
    expect(daysToFraction(w, 0.95)).toBeGreaterThanOrEqual(2.5 * 365);
    expect(daysToFraction(w, 0.95)).toBeLessThanOrEqual(4.5 * 365);
  });

  it('#24 −500 kcal/day for an overweight man → about −50 lb (±25 %), reached over ≥ 3 years', () => {
    const w = run(man100, -500, 3650).trajectory.weightKg;
    const lb = (w[3650]! - 100) / 0.45359237;
    expect(lb).toBeGreaterThanOrEqual(-62.5);
    expect(lb).toBeLessThanOrEqual(-37.5);
    expect(daysToFraction(w, 0.95)).toBeGreaterThanOrEqual(3 * 365);
  });
});

describe('Hall model numerics', () => {
  it('stays put at the baseline intake', () => {
    const w = run(man100, 0, 3650).trajectory.weightKg;
    expect(Math.max(...w) - Math.min(...w)).toBeLessThan(1e-9);
  });

  it('reproduces `bw` with the ρ_G fix to 1e-9 kg (R output of the fixed `bw`, adult_male_deficit.json)', () => {
    // Man, 90 kg, 1.80 m, 40 y, −500 kcal/day, from the `bw` parity reference values (17 significant digits).
    const { trajectory } = run(person('male', 90, 180, 40), -500, 364, true);
    expect(trajectory.weightKg[1]).toBeCloseTo(89.693896017420826, 9);
    expect(trajectory.weightKg[2]).toBeCloseTo(89.544328192712143, 9);
    expect(trajectory.weightKg[364]).toBeCloseTo(76.260804299583214, 9);
    expect(trajectory.fatKg[364]).toBeCloseTo(14.587498589238718, 9);
    expect(trajectory.adaptiveKcal[1]).toBeCloseTo(-4.8256043488824103, 9);
  });

  it('moves the day-365 result by only ~0.015 kg when the glycogen term is corrected (science.md §3.3 note 1)', () => {
    const asWritten = run(man100, -500, 365).trajectory.weightKg[365]!;
    const corrected = run(man100, -500, 365, true).trajectory.weightKg[365]!;
    expect(Math.abs(corrected - asWritten)).toBeGreaterThan(0.005);
    expect(Math.abs(corrected - asWritten)).toBeLessThan(0.03);
  });

  it.each([
    ['man 100 kg, −500', man100, -500],
    ['man 80 kg, +250', man80, 250],
    ['woman 80 kg, −250', woman80, -250],
  ])('%s: the steady state is where the 10-year run is heading', (_name, p, change) => {
    const { baseline, trajectory } = run(p, change, 3650);
    const sut = hallSteadyState(baseline, change);
    const last = trajectory.weightKg[3650]!;
    const prev = trajectory.weightKg[3285]!;
    expect(Math.abs(sut.weightKg - last)).toBeLessThan(Math.abs(last - prev));
  });

  it('a PAL step behaves like the intake cut it costs: (1 − β_TEF)·ΔPAL·RMR₀', () => {
    const baseline = hallBaseline(man100);
    const days = 365;
    const sut = simulateHall(baseline, days, { intakeChangeKcal: new Float64Array(days + 1), pal: new Float64Array(days + 1).fill(1.6) }).weightKg[days]!;
    const cut = -0.9 * 0.1 * baseline.rmrKcal;
    // An intake cut also lowers TEF and drives adaptive thermogenesis, so the two only come close.
    const viaIntake = simulateHall(baseline, days, { intakeChangeKcal: new Float64Array(days + 1).fill(cut) }).weightKg[days]!;
    expect(sut).toBeLessThan(100);
    expect(Math.abs(sut - viaIntake)).toBeLessThan(1.5);
  });
});
