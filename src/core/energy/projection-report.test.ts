import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { HallPerson } from './hall.js';
import { projectionReport, type ReportRequest } from './projection-report.js';

const man100: HallPerson = { sex: 'male', age: 40, heightCm: 180, weightKg: 100 };
const req = (over: Partial<ReportRequest> = {}): ReportRequest => ({ person: man100, days: 365, startDate: '2026-01-01', ...over });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.details[0]?.field;
    throw e;
  }
  return undefined;
}

describe('projectionReport', () => {
  it('#25 a 500 kcal cut: 86.39 kg after a year, a row for every day, beside the 3,500-kcal line', () => {
    const sut = projectionReport(req({ phases: [{ fromDay: 0, intakeChangeKcal: -500 }] }));
    expect(sut.series).toHaveLength(366);
    expect(sut.series.map((d) => d.day)).toEqual(Array.from({ length: 366 }, (_, i) => i));
    expect(Math.abs(sut.final.weightKg - 86.39)).toBeLessThanOrEqual(0.05);
    expect(sut.final.date).toBe('2027-01-01');
    expect(Math.abs(sut.final.ruleWeightKg - (100 - 23.65))).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sut.eventualWeightKg - 76.24)).toBeLessThanOrEqual(0.1);
    // #26: half of the way to the eventual weight by day 300.
    expect(Math.abs(sut.halfDays! - 300)).toBeLessThanOrEqual(5);
    expect(sut.statements.join(' ')).toMatch(/the model says 86\.4 kg .*3,500-kcal rule says 76\.3 kg/);
  });

  it('reads an absolute intake as a change from the baseline PAL·RMR₀', () => {
    const absolute = projectionReport(req({ phases: [{ fromDay: 0, intakeKcal: 2898.3 - 500 }] }));
    const relative = projectionReport(req({ phases: [{ fromDay: 0, intakeChangeKcal: -500 }] }));
    expect(absolute.final.weightKg).toBeCloseTo(relative.final.weightKg, 6);
    expect(absolute.baseline.intakeKcal).toBe(2898);
  });

  it('solves "to reach 90 kg by a date, eat Y, then Z to hold it"', () => {
    const sut = projectionReport(req({ targetKg: 90, units: 'metric' }));
    expect(sut.target).toMatchObject({ weightKg: 90, feasible: true });
    expect(sut.target!.intakeKcal).toBeLessThan(sut.target!.holdIntakeKcal!);
    expect(sut.target!.holdIntakeKcal).toBeLessThan(2898);
    expect(Math.abs(sut.final.weightKg - 90)).toBeLessThan(0.01);
    expect(sut.statements[0]).toBe(`To reach 90 kg by 2027-01-01, eat ${sut.target!.intakeKcal!.toLocaleString('en-US')} kcal a day, then ${sut.target!.holdIntakeKcal!.toLocaleString('en-US')} kcal a day to hold it.`);
  });

  it('says when a target is out of reach', () => {
    const sut = projectionReport(req({ targetKg: 60, days: 30 }));
    expect(sut.target!.feasible).toBe(false);
    expect(sut.statements[0]).toMatch(/out of reach/);
  });

  it('with a plan and a target: the date it is reached, and the rule’s much earlier date', () => {
    const sut = projectionReport(req({ phases: [{ fromDay: 0, intakeChangeKcal: -500 }], targetKg: 90, units: 'imperial' }));
    expect(sut.target!.reachDay).not.toBeNull();
    expect(sut.target!.ruleReachDay!).toBeLessThan(sut.target!.reachDay! - 30);
    expect(sut.statements[0]).toMatch(/^At this intake you reach 198\.4 lb on 2026-\d\d-\d\d \(day \d+\); the 3,500-kcal rule says 2026-/);
  });

  it('a bulk-then-maintain plan with an activity change runs and levels off', () => {
    const sut = projectionReport(
      req({
        person: { sex: 'male', age: 30, heightCm: 180, weightKg: 80 },
        days: 168,
        phases: [
          { fromDay: 0, intakeChangeKcal: 350 },
          { fromDay: 84, intakeChangeKcal: 100, pal: 1.6 },
        ],
      }),
    );
    expect(sut.series[84]!.weightKg).toBeGreaterThan(82);
    expect(Math.abs(sut.series[168]!.weightKg - sut.series[140]!.weightKg)).toBeLessThan(Math.abs(sut.series[84]!.weightKg - sut.series[56]!.weightKg));
    expect(sut.series[100]!.intakeKcal).toBe(sut.baseline.intakeKcal + 100);
  });

  it.each([
    ['no plan and no target', {}, 'phases'],
    ['both intake forms in a phase', { phases: [{ fromDay: 0, intakeKcal: 2000, intakeChangeKcal: -100 }] }, 'phases.0.intakeKcal'],
    ['too many days', { days: 4000, phases: [{ fromDay: 0, intakeChangeKcal: 0 }] }, 'days'],
  ])('refuses %s', (_name, over, field) => {
    expect(fieldOf(() => projectionReport(req(over)))).toBe(field);
  });
});
