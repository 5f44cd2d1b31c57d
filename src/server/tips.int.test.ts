// Tips end to end: user histories logged through the API, and the tips (and home screen) they should and
// should not bring; dismissals per user; the same day always gives the same tips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../app/index.js';
import { stableExerciseId } from '../app/importers/exercise-rows.js';
import { addDays, dayOfWeek } from '../core/dates.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

// The test server's clock stands at 2026-11-21 (a Saturday).
const TODAY = '2026-11-21';
const id = (sourceId: string) => stableExerciseId('platewise', sourceId);
type Ex = readonly [sourceId: string, sets: number, load: number, reps: number];

const UPPER: Ex[] = [['barbell-bench-press', 4, 80, 5], ['barbell-row', 5, 70, 6], ['barbell-overhead-press', 3, 50, 5]];
const FULL_BODY: Ex[] = [['barbell-back-squat', 5, 100, 5], ['romanian-deadlift', 4, 80, 8], ['standing-calf-raise', 4, 60, 12], ...UPPER, ['barbell-curl', 3, 30, 10], ['cable-crunch', 4, 40, 12]];

interface History {
  sex?: 'male' | 'female';
  goal: string;
  /** Workouts on these ISO weekdays over the last `weeks` weeks. */
  training?: { weekdays: number[]; weeks: number; exercises: Ex[] };
  /** A quick add per day for the last `days` days before today: kcal and protein g. */
  food?: { days: number; kcal: number; proteinG: number };
  sleepHours?: number;
  weighIns?: Array<[daysAgo: number, kg: number]>;
}

describe.each(testDatabases())('tips on $name', (kind) => {
  let sut: TestServer;
  let n = 0;

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi', limits: { ...DEFAULT_AUTH_CONFIG.limits, signupPerAddress: { max: 1000, windowSeconds: 3600 } } } });
    await sut.services.exercises.ensureStarterCatalog();
  });
  afterAll(async () => {
    await sut?.close();
  });

  async function person(h: History): Promise<Client> {
    const client = await signUp(sut.app, `tipper${++n}`);
    const ok = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const res = await client.request({ method, url, payload });
      expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
    };
    await ok('PUT', '/api/profile', { sex: h.sex ?? 'male', age: 30, height: '180 cm', weight: '80 kg', activity: 'moderate', goal: h.goal, units: 'metric' });
    if (h.training) {
      for (let i = h.training.weeks * 7 - 1; i >= 0; i--) {
        const date = addDays(TODAY, -i);
        if (!h.training.weekdays.includes(dayOfWeek(date))) continue;
        const exercises = h.training.exercises.map(([sourceId, sets, load, reps]) => ({ exerciseId: id(sourceId), sets: Array.from({ length: sets }, () => ({ load, reps })) }));
        await ok('POST', '/api/workouts', { date, exercises });
      }
    }
    for (let i = 1; i <= (h.food?.days ?? 0); i++) {
      await ok('POST', '/api/diary/entries', { date: addDays(TODAY, -i), meal: 'lunch', name: 'Plate', energyKcal: h.food!.kcal, proteinG: h.food!.proteinG, fatG: 80, carbsG: 300 });
    }
    if (h.sleepHours !== undefined) for (let i = 0; i < 5; i++) await ok('PUT', `/api/body/sleep/${addDays(TODAY, -i)}`, { hours: h.sleepHours });
    for (const [ago, kg] of h.weighIns ?? []) await ok('POST', '/api/body/entries', { date: addDays(TODAY, -ago), weight: kg });
    return client;
  }

  async function tips(client: Client, query = '') {
    const res = await client.request({ method: 'GET', url: `/api/tips${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { asOf: string; tips: Array<{ id: string; evidence: string; because: Record<string, unknown>; sources: Array<{ short: string }>; message: string }>; applicable: number; dismissed: number };
  }
  const ids = async (client: Client, query = '?limit=50') => (await tips(client, query)).tips.map((t) => t.id);

  it('tells an upper-body-only lifter on a gain goal, short of protein and sleep, the three that matter most', async () => {
    const client = await person({ goal: 'gain-0.25kg', training: { weekdays: [1, 3, 5], weeks: 3, exercises: UPPER }, food: { days: 7, kcal: 2900, proteinG: 80 }, sleepHours: 6.2 });
    const day = await tips(client);
    expect(day.asOf).toBe(TODAY);
    expect(day.tips.map((t) => t.id)).toEqual(['legs-need-their-own-sets', 'protein-to-target', 'more-sets-for-growth']);
    expect(day.applicable).toBeGreaterThan(3);
    const protein = day.tips[1]!;
    expect(protein.because).toMatchObject({ proteinGPerKg: 1, meanProteinG: 80, days: 7 });
    expect(protein.message).toMatch(/1 g\/kg over your last 7 logged days \(80 g a day\).*about 128 g a day/);
    expect(protein.sources.map((s) => s.short)).toEqual(['Morton 2018']);
    const all = await ids(client);
    expect(all).toEqual(expect.arrayContaining(['leg-day-hormones', 'sleep-short', 'start-weighing', 'log-foods-not-just-calories']));
    expect(all).not.toEqual(expect.arrayContaining(['women-growth-hormone']));
    expect(all).not.toContain('protein-below-rda');
    expect(all).not.toContain('legs-in-balance');
    // The same day gives the same tips.
    expect(await tips(client)).toEqual(day);
  });

  it('tells a woman who trains her whole body that growth hormone is hers too, and that her legs are in balance', async () => {
    const client = await person({ sex: 'female', goal: 'maintain', training: { weekdays: [1, 4], weeks: 4, exercises: FULL_BODY }, sleepHours: 7.5 });
    const all = await ids(client);
    expect(all).toEqual(expect.arrayContaining(['women-growth-hormone', 'legs-in-balance', 'sleep-ok']));
    expect(all).not.toContain('legs-need-their-own-sets');
    expect(all).not.toContain('legs-overdue');
    expect(all).not.toContain('leg-day-hormones');
  });

  it("compares each big lift's best of the last 3 weeks with the 3 before, read for all the lifts at once", async () => {
    // Six weeks of the same full-body sessions, then one heavier squat: no deadlift, so no deadlift to compare.
    const client = await person({ goal: 'gain-0.25kg', training: { weekdays: [1, 4], weeks: 6, exercises: FULL_BODY } });
    const squat = await client.request({ method: 'POST', url: '/api/workouts', payload: { date: TODAY, exercises: [{ exerciseId: id('barbell-back-squat'), sets: [{ load: 110, reps: 5 }] }] } });
    expect(squat.statusCode, squat.body).toBe(201);
    const context = await sut.services.tips.context({ userId: client.userId }, TODAY);
    const lifts = new Map(context.training!.lifts.map((l) => [l.lift, l]));
    expect([...lifts.keys()].sort()).toEqual(['bench-press', 'overhead-press', 'squat']);
    // Epley: 100 kg × 5 is 116.7 kg, 110 kg × 5 is 128.3 kg; each lift's sessions of the 6 weeks (12, the squat 13).
    expect(lifts.get('squat')).toMatchObject({ earlierKg: expect.closeTo(116.67, 2), recentKg: expect.closeTo(128.33, 2), sessions: 13 });
    expect(lifts.get('bench-press')).toMatchObject({ earlierKg: expect.closeTo(93.33, 2), recentKg: expect.closeTo(93.33, 2), sessions: 12 });
    expect(lifts.get('overhead-press')!.recentKg).toBeCloseTo(58.33, 2);
  });

  it('tells someone who has only set a lose goal to start logging, weighing in and lifting, and nothing about training balance', async () => {
    const client = await person({ goal: 'lose-0.5kg' });
    const all = await ids(client);
    expect(all).toEqual(expect.arrayContaining(['lose-keep-lifting', 'start-logging-food', 'start-weighing']));
    expect(all.filter((t) => /legs|hormone|sets|protein|sleep-/.test(t))).toEqual([]);
  });

  it('reads calories-only quick adds as unknown macros, not as zero protein', async () => {
    const client = await person({ goal: 'lose-0.5kg', training: { weekdays: [1, 4], weeks: 2, exercises: FULL_BODY } });
    for (let i = 1; i <= 5; i++) {
      const res = await client.request({ method: 'POST', url: '/api/diary/entries', payload: { date: addDays(TODAY, -i), meal: 'dinner', name: 'Takeaway', energyKcal: 2000 } });
      expect(res.statusCode).toBe(201);
    }
    const all = await ids(client);
    expect(all).toContain('log-foods-not-just-calories');
    expect(all.filter((t) => t.startsWith('protein') || t === 'fat-low')).toEqual([]);
  });

  it('follows the trend against the goal: a lose goal whose trend rises', async () => {
    const weighIns: Array<[number, number]> = Array.from({ length: 14 }, (_, i) => [13 - i, 80 + i * 0.06]);
    const client = await person({ goal: 'lose-0.5kg', weighIns });
    const day = await tips(client, '?limit=50');
    const wrongWay = day.tips.find((t) => t.id === 'loss-wrong-way');
    expect(wrongWay?.because['weeklyRateKg']).toBeGreaterThan(0);
    expect(day.tips.map((t) => t.id)).not.toContain('start-weighing');
  });

  it('never shows a dismissed tip again, for that user only; an unknown tip is a 404; a dismissal can be undone', async () => {
    const history: History = { goal: 'gain-0.25kg', training: { weekdays: [1, 3, 5], weeks: 3, exercises: UPPER } };
    const [alice, bob] = [await person(history), await person(history)];
    expect((await ids(alice, ''))[0]).toBe('legs-need-their-own-sets');
    const res = await alice.request({ method: 'POST', url: '/api/tips/legs-need-their-own-sets/dismiss' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ tipId: 'legs-need-their-own-sets', dismissedOn: TODAY });
    const after = await tips(alice, '?limit=50');
    expect(after.tips.map((t) => t.id)).not.toContain('legs-need-their-own-sets');
    // The next tip of the same topic may now speak.
    expect(after.tips.map((t) => t.id)).toContain('legs-overdue');
    expect(after.dismissed).toBe(1);
    expect((await ids(bob, ''))[0]).toBe('legs-need-their-own-sets');
    expect((await alice.request({ method: 'POST', url: '/api/tips/no-such-tip/dismiss' })).statusCode).toBe(404);
    expect((await alice.request({ method: 'POST', url: '/api/tips/Not%20an%20id/dismiss' })).statusCode).toBe(400);
    expect((await bob.request({ method: 'DELETE', url: '/api/tips/legs-need-their-own-sets/dismiss' })).statusCode).toBe(404);
    expect((await alice.request({ method: 'DELETE', url: '/api/tips/legs-need-their-own-sets/dismiss' })).statusCode).toBe(200);
    expect((await ids(alice, ''))[0]).toBe('legs-need-their-own-sets');
  });

  it('answers a tip request for another day, and names the field of a bad one', async () => {
    const client = await person({ goal: 'maintain' });
    expect((await tips(client, '?asOf=2026-10-01')).asOf).toBe('2026-10-01');
    for (const [query, field] of [['?asOf=2026-13-01', 'asOf'], ['?asOf=yesterday', 'asOf'], ['?limit=0', 'limit'], ['?limit=51', 'limit']] as const) {
      const res = await client.request({ method: 'GET', url: `/api/tips${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details[0].field).toMatch(new RegExp(`(^|\\.)${field}$`));
    }
  });

  it('puts the day together on the home screen: budget with food and exercise, macros, workout, balance line, trend, tip', async () => {
    const client = await person({ goal: 'gain-0.25kg', training: { weekdays: [1, 3, 5], weeks: 3, exercises: UPPER }, weighIns: [[7, 80], [3, 80.4], [0, 80.6]] });
    const leg = await client.request({ method: 'POST', url: '/api/workouts', payload: { date: TODAY, name: 'Legs', startedAt: `${TODAY}T07:00:00Z`, endedAt: `${TODAY}T07:45:00Z`, exercises: [{ exerciseId: id('barbell-back-squat'), sets: [1, 2, 3].map(() => ({ load: 100, reps: 5 })) }] } });
    expect(leg.statusCode).toBe(201);
    await client.request({ method: 'POST', url: '/api/diary/entries', payload: { date: TODAY, meal: 'breakfast', name: 'Oats', energyKcal: 450, proteinG: 20, fatG: 10, carbsG: 70 } });
    const res = await client.request({ method: 'GET', url: '/api/home' });
    expect(res.statusCode, res.body).toBe(200);
    const home = res.json();
    const goal = (await client.request({ method: 'GET', url: '/api/goal' })).json();
    const exercise = home.budget.exerciseKcal;
    expect(exercise).toBeGreaterThan(0);
    expect(home).toMatchObject({ date: TODAY, hasProfile: true, units: 'metric', weekStartsOn: 1 });
    expect(home.budget).toMatchObject({ goalKcal: goal.goalKcal, foodKcal: 450, exerciseCountedKcal: exercise, remainingKcal: goal.goalKcal - 450 + exercise, entries: 1 });
    expect(home.budget.protein).toMatchObject({ eatenG: 20, targetG: goal.macros.proteinG });
    expect(home.workout.today).toEqual([expect.objectContaining({ name: 'Legs', exerciseNames: ['Barbell Back Squat'], workingSets: 3 })]);
    // Trained today, the next one to repeat is the last before today's.
    expect(home.workout.next).toMatchObject({ kind: 'repeat', name: 'Your last workout', reason: 'last done 2026-11-20', exerciseNames: ['Barbell Bench Press', 'Barbell Row', 'Barbell Overhead Press'] });
    // The week runs Monday to Sunday by default, then from the user's own first day.
    expect(home.week).toMatchObject({ from: '2026-11-16', to: '2026-11-22', daysLogged: 1 });
    expect(home.week.days.filter((d: { trained: boolean }) => d.trained).map((d: { date: string }) => d.date)).toEqual(['2026-11-16', '2026-11-18', '2026-11-20', TODAY]);
    await client.request({ method: 'PATCH', url: '/api/settings', payload: { weekStartsOn: 7 } });
    expect((await client.request({ method: 'GET', url: '/api/home' })).json().week).toMatchObject({ from: '2026-11-15', to: '2026-11-21' });
    expect(home.balance.status).toBe('warning');
    expect(home.balance.line.length).toBeGreaterThan(20);
    expect(home.balance.setsByMuscle.quadriceps).toBeGreaterThan(0);
    expect(home.trend.latest).toMatchObject({ date: TODAY, scaleKg: 80.6 });
    expect(home.trend.days).toHaveLength(8);
    expect(home.tip).toEqual(home.tips[0]);
    expect(home.tip.sources.length).toBeGreaterThan(0);
    // Months later, with no routine, an old session is not offered as the next workout.
    expect((await client.request({ method: 'GET', url: '/api/home?date=2027-03-01' })).json().workout).toEqual({ today: [], next: null });
    const bad = await client.request({ method: 'GET', url: '/api/home?date=2026-02-30' });
    expect(bad.statusCode).toBe(400);
  });
});
