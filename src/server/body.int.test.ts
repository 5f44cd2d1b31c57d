import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

// The test server's clock stops at 2026-11-21 12:00 UTC.
const TODAY = '2026-11-21';
const LB = 0.45359237;
const profile = { sex: 'male', age: 30, height: 180, weight: 85, activity: 'moderate', goal: 'lose-0.5', units: 'imperial' };

describe.each(testDatabases())('body log, trend, learned expenditure and projections on $name', (kind) => {
  let sut: TestServer;
  const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, payload?: object) =>
    sut.app.inject({ method, url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    sut = await openTestServer(await kind.open());
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('logs weigh-ins in any unit, several a day, and stores grams', async () => {
    const cases: Array<[object, number]> = [
      [{ weight: '180 lb' }, 180 * LB],
      [{ weight: '12 st 8 lb' }, 176 * LB],
      [{ weight: '81.6 kg' }, 81.6],
      [{ weight: 82 }, 82],
      [{ weight: '181', units: 'imperial' }, 181 * LB],
    ];
    for (const [input, kg] of cases) {
      const res = await inject('POST', '/api/body/entries', { date: '2026-11-01', ...input });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().weightKg).toBeCloseTo(kg, 9);
    }
    const list = (await inject('GET', '/api/body/entries?from=2026-11-01&to=2026-11-01')).json();
    expect(list).toHaveLength(5);
    // Newest first within the day.
    expect(list[0].weightKg).toBeCloseTo(181 * LB, 9);
    for (const e of list) expect((await inject('DELETE', `/api/body/entries/${e.id}`)).statusCode).toBe(200);
  });

  it('keeps body fat, girths in any unit and a note; replaces and deletes an entry', async () => {
    const created = await inject('POST', '/api/body/entries', { date: '2026-11-02', time: '07:10', bodyFatPct: 21.5, girths: { waist: '34 in', hips: 101 }, note: ' after coffee ' });
    expect(created.statusCode, created.body).toBe(201);
    const e = created.json();
    expect(e).toMatchObject({ date: '2026-11-02', time: '07:10', weightKg: null, bodyFatPct: 21.5, note: 'after coffee' });
    expect(e.girthsCm.waist).toBeCloseTo(86.36, 9);
    expect(e.girthsCm.hips).toBe(101);

    const replaced = await inject('PUT', `/api/body/entries/${e.id}`, { date: '2026-11-02', weight: '84 kg' });
    expect(replaced.json()).toMatchObject({ id: e.id, weightKg: 84, bodyFatPct: null, girthsCm: {} });
    expect((await inject('GET', `/api/body/entries/${e.id}`)).json().weightKg).toBe(84);
    expect((await inject('DELETE', `/api/body/entries/${e.id}`)).statusCode).toBe(200);
    expect((await inject('GET', `/api/body/entries/${e.id}`)).statusCode).toBe(404);
    expect((await inject('DELETE', `/api/body/entries/${e.id}`)).statusCode).toBe(404);
  });

  it.each([
    [{ date: '2026-11-02' }, 'weight'],
    [{ date: '2026-11-02', weight: '5 kg' }, 'weight'],
    [{ date: '2026-11-02', weight: 'heavy' }, 'weight'],
    [{ date: '2026-12-25', weight: 80 }, 'date'],
    [{ date: '2026-02-30', weight: 80 }, 'date'],
    [{ date: '2026-11-02', girths: { waist: 'wide' } }, 'girths.waist'],
    [{ date: '2026-11-02', weight: 80, time: '7am' }, 'time'],
    [{ date: '2026-11-02', weight: 80, bodyFatPct: 95 }, 'bodyFatPct'],
  ])('refuses %j with a 400 naming %s', async (payload, field) => {
    const res = await inject('POST', '/api/body/entries', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe(field);
  });

  it('logs sleep per night, replaces it, lists and deletes it', async () => {
    expect((await inject('PUT', '/api/body/sleep/2026-11-19', { hours: 6.5, quality: 3 })).json()).toEqual({ date: '2026-11-19', hours: 6.5, quality: 3, note: null });
    await inject('PUT', '/api/body/sleep/2026-11-20', { hours: 7, quality: 4 });
    expect((await inject('PUT', '/api/body/sleep/2026-11-20', { hours: 8.25, note: 'slept in' })).json()).toMatchObject({ hours: 8.25, quality: null });
    const nights = (await inject('GET', '/api/body/sleep?from=2026-11-01')).json();
    expect(nights.map((n: { date: string }) => n.date)).toEqual(['2026-11-20', '2026-11-19']);
    expect((await inject('PUT', '/api/body/sleep/2026-11-20', { hours: 7, quality: 9 })).json().error.details[0].field).toBe('quality');
    expect((await inject('DELETE', '/api/body/sleep/2026-11-19')).statusCode).toBe(200);
    expect((await inject('DELETE', '/api/body/sleep/2026-11-19')).statusCode).toBe(404);
  });

  it('learns expenditure from the diary and the trend, compares it with the formula, and lets the budget follow it', async () => {
    expect((await inject('PUT', '/api/profile', profile)).statusCode).toBe(200);
    const before = (await inject('GET', '/api/body/expenditure')).json();
    expect(before.estimate.kcal).toBeNull();
    expect(before.estimate.insufficient.length).toBeGreaterThan(0);
    expect(before.budget).toMatchObject({ source: 'formula', usingLearned: false });

    // 35 days: eating 2,300 kcal, losing 0.5 kg a week (true expenditure 2,300 + 550 = 2,850), water swinging ±0.3 kg.
    const actor = { userId: sut.userId! };
    for (let i = 35; i >= 1; i--) {
      const date = addDays(TODAY, -i);
      const kg = 85 - (0.5 / 7) * (35 - i) + (i % 2 === 0 ? 0.3 : -0.3);
      expect((await inject('POST', '/api/body/entries', { date, weight: kg })).statusCode).toBe(201);
      if (i % 9 === 0) continue; // a few days not logged: left out, not zero
      await sut.services.diary.log(actor, { date, meal: 'Lunch', energyKcal: i % 11 === 0 ? 400 : 2300 });
    }
    // Today's half-logged diary must not count.
    await sut.services.diary.log(actor, { date: TODAY, meal: 'Breakfast', energyKcal: 300 });

    const after = (await inject('GET', '/api/body/expenditure')).json();
    expect(after.asOf).toBe('2026-11-20');
    expect(after.estimate.insufficient).toEqual([]);
    expect(after.estimate.excluded.map((e: { reason: string }) => e.reason)).toContain('implausible');
    expect(after.estimate.missingDays).toBeGreaterThan(0);
    expect(Math.abs(after.estimate.kcal - 2850)).toBeLessThan(120);
    expect(after.estimate.lowKcal).toBeLessThan(after.estimate.kcal);
    expect(after.estimate.highKcal).toBeGreaterThan(after.estimate.kcal);
    expect(after.formula.maintenanceKcal).toBeGreaterThan(2700);
    expect(typeof after.comparison.disagree).toBe('boolean');
    expect(after.method.join(' ')).toMatch(/not counted as zero/);

    expect((await inject('PATCH', '/api/settings', { budgetSource: 'learned' })).json().budgetSource).toBe('learned');
    const learned = (await inject('GET', '/api/body/expenditure')).json();
    expect(learned.budget).toMatchObject({ source: 'learned', usingLearned: true, goalKcal: learned.estimate.kcal - 250 });
    // The diary's day budget follows the choice.
    expect((await sut.services.diary.day(actor, TODAY)).balance.goalKcal).toBe(learned.budget.goalKcal);
    await inject('PATCH', '/api/settings', { budgetSource: 'formula' });
    expect((await sut.services.diary.day(actor, TODAY)).balance.goalKcal).toBe(learned.budget.formulaGoalKcal);
  });

  it('draws the trend for every day with the weekly rate against the goal', async () => {
    const res = await inject('GET', `/api/body/trend?from=${addDays(TODAY, -40)}&to=${TODAY}`);
    expect(res.statusCode).toBe(200);
    const t = res.json();
    expect(t.days[0].date).toBe(addDays(TODAY, -35));
    expect(t.days.at(-1).date).toBe(TODAY);
    expect(t.days.at(-1).scaleKg).toBeNull();
    expect(t.latest.date).toBe('2026-11-20');
    expect(t.weeklyRateKg).toBeCloseTo(-0.5, 0);
    expect(t.goal).toMatchObject({ id: 'lose-0.5' });
    // Losing 0.5 kg a week against a goal of 0.5 lb a week.
    expect(t.rateStatus).toBe('faster');
    expect(t.units).toBe('imperial');
    expect((await inject('GET', '/api/body/trend?from=2026-11-10&to=2026-11-01')).json().error.details[0].field).toBe('from');
  });

  it('projects from the profile and the trend weight, beside the 3,500-kcal line', async () => {
    const res = await inject('POST', '/api/projections', { days: 365, intakeChangeKcal: -500, targetWeight: '175 lb' });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.series).toHaveLength(366);
    // The trend weight, a little behind the last weigh-ins, not the profile's 85 kg.
    expect(p.person.weightKg).toBeLessThan(84);
    expect(p.person.weightKg).toBeGreaterThan(82.5);
    expect(p.person.pal).toBe(1.55);
    expect(p.final.ruleWeightKg).toBeLessThan(p.final.weightKg - 5);
    expect(p.target.reachDate).toMatch(/^202[67]-/);
    expect(p.statements[0]).toMatch(/^At this intake you reach 175 lb on /);
  });

  it('reproduces oracle row 25 through the API', async () => {
    const p = (await inject('POST', '/api/projections', { sex: 'male', age: 40, height: 180, weight: 100, pal: 1.5, bodyFatPct: null, days: 365, intakeChangeKcal: -500 })).json();
    expect(Math.abs(p.final.weightKg - 86.39)).toBeLessThanOrEqual(0.05);
  });

  it('solves for a target date, and defaults to the budget with no intake', async () => {
    const solved = (await inject('POST', '/api/projections', { days: 180, targetWeight: 78 })).json();
    expect(solved.target.feasible).toBe(true);
    expect(solved.target.holdIntakeKcal).toBeGreaterThan(solved.target.intakeKcal);
    expect(solved.statements[0]).toMatch(/^To reach 172 lb by 2027-05-20, eat [\d,]+ kcal a day, then [\d,]+ kcal a day to hold it\.$/);
    const budget = (await inject('POST', '/api/projections', { days: 30 })).json();
    expect(budget.assumptions[0]).toMatch(/^Intake: your daily budget/);
    expect(budget.series[1].intakeKcal).toBe((await inject('GET', '/api/goal')).json().goalKcal);
  });

  it('refuses a bad projection with a 400 naming the field', async () => {
    for (const [payload, field] of [
      [{ days: 0 }, 'days'],
      [{ days: 30, phases: [{ fromDay: 5, intakeKcal: 2000 }] }, 'phases.0.fromDay'],
      [{ days: 30, intakeChangeKcal: -9000 }, 'intakeChangeKcal'],
      [{ days: 30, targetWeight: 'light' }, 'targetWeight'],
    ] as const) {
      const res = await inject('POST', '/api/projections', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.details[0].field).toBe(field);
    }
  });

  it('builds the muscle-gain plan from the profile, sleep log and trend weight', async () => {
    await inject('PUT', '/api/profile', { ...profile, goal: 'gain-0.5' });
    const plan = (await inject('GET', '/api/projections/gain-plan')).json();
    expect(plan.goal).toMatchObject({ id: 'gain-0.5', isGain: true });
    expect(plan.rate.minKgPerWeek).toBeCloseTo(plan.weightKg * 0.0025, 9);
    expect(plan.projection.weightKg).toHaveLength(85);
    expect(plan.sleep.nights).toBeGreaterThan(0);
    expect(plan.sets.muscles.length).toBeGreaterThanOrEqual(10);
    // Sets per muscle come from the balance coach: nothing trained this week.
    expect(plan.sets.muscles.every((m: { sets: number | null; status: string }) => m.sets === 0 && m.status === 'below')).toBe(true);
    expect(plan.caveat).toMatch(/not muscle/);
  });
});
