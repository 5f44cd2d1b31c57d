import { describe, expect, it } from 'vitest';
import { fieldOfError } from '../testing/errors.js';
import { hallBaseline, type HallPerson } from './hall.js';
import { dayReaching, daysToFraction, holdIntakeChange, phaseDrivers, projectPlan, ruleOfThumbWeightKg, runPlan, solveIntakeChange, type PlanPhase } from './projection.js';

const man100: HallPerson = { sex: 'male', age: 40, heightCm: 180, weightKg: 100 };
const man80: HallPerson = { sex: 'male', age: 30, heightCm: 180, weightKg: 80 };
const LB = 0.45359237;

describe('the 3,500-kcal line (science.md §2.2)', () => {
  it('#22 −500 kcal/day for 365 days → −52.1 lb (−23.7 kg)', () => {
    const sut = ruleOfThumbWeightKg(100, new Float64Array(365).fill(-500), 365);
    expect(Math.abs((sut[365]! - 100) / LB - -52.1)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(sut[365]! - 100 - -23.7)).toBeLessThanOrEqual(0.1);
  });

  it('is a straight line: 1 lb per 3,500 kcal', () => {
    const sut = ruleOfThumbWeightKg(80, new Float64Array(7).fill(500), 7);
    expect(sut[7]! - 80).toBeCloseTo(LB, 12);
    expect(sut[0]).toBe(80);
  });

  it('runs far past the Hall model over a year: the gap the app shows', () => {
    const sut = projectPlan(man100, [{ fromDay: 0, intakeChangeKcal: -500 }], 365);
    expect(sut.ruleWeightKg[365]).toBeLessThan(sut.trajectory.weightKg[365]! - 9);
  });

  it('counts a higher activity level as (PAL − PAL₀)·RMR₀ of extra burn', () => {
    const sut = projectPlan(man100, [{ fromDay: 0, intakeChangeKcal: 0, pal: 1.6 }], 7);
    const burn = 0.1 * sut.baseline.rmrKcal * 7;
    expect(sut.ruleWeightKg[7]! - 100).toBeCloseTo((-burn / 3500) * LB, 9);
  });
});

describe('phaseDrivers', () => {
  it.each<[string, PlanPhase[], number[], number[]]>([
    ['one phase', [{ fromDay: 0, intakeChangeKcal: -300 }], [-300, -300, -300, -300], [1.5, 1.5, 1.5, 1.5]],
    ['bulk then maintain', [{ fromDay: 0, intakeChangeKcal: 300 }, { fromDay: 2, intakeChangeKcal: 0 }], [300, 300, 0, 0], [1.5, 1.5, 1.5, 1.5]],
    ['unsorted, with an activity change', [{ fromDay: 3, intakeChangeKcal: 0, pal: 1.7 }, { fromDay: 0, intakeChangeKcal: 100 }], [100, 100, 100, 0], [1.5, 1.5, 1.5, 1.7]],
  ])('%s', (_name, phases, intake, pal) => {
    const sut = phaseDrivers(phases, 3, 1.5);
    expect([...sut.intakeChangeKcal]).toEqual(intake);
    expect([...sut.pal]).toEqual(pal);
  });

  it.each<[string, PlanPhase[], string]>([
    ['no phases', [], 'phases'],
    ['a late start', [{ fromDay: 5, intakeChangeKcal: 0 }], 'phases.0.fromDay'],
    ['two phases on one day', [{ fromDay: 0, intakeChangeKcal: 0 }, { fromDay: 0, intakeChangeKcal: 1 }], 'phases.1.fromDay'],
    ['a fractional day', [{ fromDay: 0.5, intakeChangeKcal: 0 }], 'phases.0.fromDay'],
    ['an impossible PAL', [{ fromDay: 0, intakeChangeKcal: 0, pal: 4 }], 'phases.0.pal'],
  ])('refuses %s', (_name, phases, field) => {
    expect(fieldOfError(() => phaseDrivers(phases, 10, 1.5))).toBe(field);
  });
});

describe('projectPlan', () => {
  it('refuses an intake below zero and out-of-range horizons', () => {
    expect(fieldOfError(() => projectPlan(man100, [{ fromDay: 0, intakeChangeKcal: -5000 }], 30))).toBe('intakeChangeKcal');
    expect(fieldOfError(() => projectPlan(man100, [{ fromDay: 0, intakeChangeKcal: 0 }], 0))).toBe('days');
    expect(fieldOfError(() => projectPlan(man100, [{ fromDay: 0, intakeChangeKcal: 0 }], 3651))).toBe('days');
  });

  it('bulk then maintain: weight rises during the surplus and levels off after', () => {
    const sut = projectPlan(man80, [{ fromDay: 0, intakeChangeKcal: 300 }, { fromDay: 84, intakeChangeKcal: 0 }], 365).trajectory.weightKg;
    expect(sut[84]).toBeGreaterThan(81);
    // Back at the baseline intake the model drifts back down toward the start, slowly.
    expect(sut[365]).toBeLessThan(sut[120]!);
    expect(sut[365]).toBeGreaterThan(80);
  });
});

describe('dayReaching and daysToFraction', () => {
  it.each([
    ['down', [100, 99, 98, 97], 98, 2],
    ['up', [80, 80.5, 81, 81.5], 81.2, 3],
    ['never', [80, 79, 78], 70, null],
    ['already there', [80, 79], 80, 0],
  ])('dayReaching %s', (_name, w, target, expected) => {
    expect(dayReaching(w, target)).toBe(expected);
  });

  it.each([
    [[0, 5, 8, 10], 0.5, 1],
    [[0, 5, 8, 10], 0.95, 3],
    [[0, -6, -9, -10], 0.5, 1],
    [[3, 3, 3], 0.5, null],
  ])('daysToFraction(%j, %f) = %s', (w, f, expected) => {
    expect(daysToFraction(w, f)).toBe(expected);
  });
});

describe('solving for intake (bisection on the model)', () => {
  it.each([
    ['lose 10 kg in a year', man100, 90, 365],
    ['gain 3 kg in 12 weeks', man80, 83, 84],
    ['lose 5 kg in 5 years', man100, 95, 1825],
  ])('%s: running the answer lands on the target', (_name, p, target, days) => {
    const baseline = hallBaseline(p);
    const sut = solveIntakeChange(baseline, target, days);
    expect(sut.feasible).toBe(true);
    const w = runPlan(baseline, [{ fromDay: 0, intakeChangeKcal: sut.intakeChangeKcal }], days).trajectory.weightKg;
    expect(Math.abs(w[days]! - target)).toBeLessThan(0.001);
  });

  it('says when a target cannot be reached even by eating nothing', () => {
    const baseline = hallBaseline(man100);
    const sut = solveIntakeChange(baseline, 60, 30);
    expect(sut).toEqual({ intakeChangeKcal: -baseline.intakeKcal, feasible: false });
  });

  it('finds the intake that holds the target: weight stays within 0.2 kg for two years after', () => {
    const baseline = hallBaseline(man100);
    const reach = solveIntakeChange(baseline, 90, 365);
    const sut = holdIntakeChange(baseline, 90);
    // Holding 10 kg lighter costs less than the baseline intake, but more than the diet did.
    expect(sut).toBeLessThan(0);
    expect(sut).toBeGreaterThan(reach.intakeChangeKcal);
    const w = runPlan(baseline, [{ fromDay: 0, intakeChangeKcal: reach.intakeChangeKcal }, { fromDay: 366, intakeChangeKcal: sut }], 365 + 730).trajectory.weightKg;
    for (let d = 366; d <= 365 + 730; d++) expect(Math.abs(w[d]! - 90)).toBeLessThan(0.2);
  });

  it('holding the same weight at a higher PAL takes about (1 − β_TEF)·ΔPAL·RMR₀ / (1 − β_TEF − β_AT) more food', () => {
    const baseline = hallBaseline(man100);
    const sut = holdIntakeChange(baseline, 100, { pal: 1.7 });
    // Eating more raises TEF and adaptive thermogenesis too; glycogen and ECF shift the weight a little.
    const expected = (0.9 * 0.2 * baseline.rmrKcal) / (1 - 0.1 - 0.14);
    expect(Math.abs(sut - expected)).toBeLessThan(10);
    expect(holdIntakeChange(baseline, 100)).toBeCloseTo(0, 2);
  });
});
