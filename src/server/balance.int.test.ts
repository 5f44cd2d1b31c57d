import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../app/index.js';
import { stableExerciseId } from '../app/importers/exercise-rows.js';
import { addDays, dayOfWeek } from '../core/dates.js';
import { dots, ipfGlPoints, wilks, wilks2020 } from '../core/training/strength.js';
import type { FlagCode } from '../core/training/verdict.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

// The test server's clock stands at 2026-11-21 (a Saturday); reports end there unless asOf says otherwise.
const TODAY = '2026-11-21';
const id = (sourceId: string) => stableExerciseId('platewise', sourceId);
const epley = (w: number, r: number) => w * (1 + r / 30);

/** [catalog id, sets, load kg, reps]: one exercise of a session. */
type Ex = readonly [sourceId: string, sets: number, load?: number, reps?: number];
interface Session {
  date: string;
  exercises: readonly Ex[];
}

/** A session on every day of the last `days` days (ending today) whose ISO weekday (1 = Monday) is listed. */
function weekly(days: number, weekdays: readonly number[], exercises: readonly Ex[], end = TODAY): Session[] {
  const out: Session[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = addDays(end, -i);
    if (weekdays.includes(dayOfWeek(date))) out.push({ date, exercises });
  }
  return out;
}
const on = (date: string, exercises: readonly Ex[]): Session[] => [{ date, exercises }];

// Per session every major muscle gets 5–6.5 hard sets (10–13 a week on two days); loads in the balanced
// ratios to the squat (bench 0.75, row 0.6, press 0.45; science.md §5.2).
const LEGS: Ex[] = [['barbell-back-squat', 5, 100, 5], ['romanian-deadlift', 5, 80, 8], ['standing-calf-raise', 5, 60, 12]];
const UPPER: Ex[] = [
  ['barbell-bench-press', 5, 75, 5], ['barbell-overhead-press', 3, 45, 5], ['triceps-pushdown', 1, 30, 12], ['dumbbell-lateral-raise', 4, 10, 15],
  ['barbell-row', 5, 60, 5], ['face-pull', 3, 20, 15], ['barbell-curl', 3, 30, 10], ['cable-crunch', 5, 40, 12],
];
const FULL_BODY: Ex[] = [...LEGS, ...UPPER];
const BENCH_ROW_OHP: Ex[] = [['barbell-bench-press', 4, 80, 5], ['barbell-row', 5, 70, 6], ['barbell-overhead-press', 3, 50, 5]];
const MON_THU = [1, 4];
const MON_WED_FRI = [1, 3, 5];

interface FlagCase {
  name: string;
  goal: string;
  history: Session[];
  /** Flags that must be raised (with the muscle or lift, if given) and flags that must not be. */
  raised: Array<FlagCode | `${FlagCode}:${string}`>;
  notRaised: Array<FlagCode | `${FlagCode}:${string}`>;
}

const CASES: FlagCase[] = [
  { name: 'no training at all', goal: 'gain-0.5', history: [], raised: [], notRaised: ['lower-body-gap', 'lower-share-low', 'push-pull-imbalance', 'muscle-under-volume', 'muscle-low-frequency', 'strength-ratio'] },
  { name: 'full body twice a week in balanced ratios', goal: 'gain-0.5', history: weekly(35, MON_THU, FULL_BODY), raised: [], notRaised: ['lower-body-gap', 'lower-share-low', 'push-pull-imbalance', 'muscle-under-volume', 'muscle-low-frequency', 'strength-ratio'] },
  { name: 'bench, rows and presses only for three weeks', goal: 'maintain', history: weekly(21, MON_WED_FRI, BENCH_ROW_OHP), raised: ['lower-body-gap', 'lower-share-low', 'muscle-under-volume:quadriceps'], notRaised: ['push-pull-imbalance'] },
  {
    name: 'legs 12 days ago, upper body since',
    goal: 'maintain',
    history: [...weekly(35, MON_THU, FULL_BODY, addDays(TODAY, -12)), ...weekly(11, MON_WED_FRI, UPPER)],
    raised: ['lower-body-gap'],
    notRaised: [],
  },
  {
    name: 'legs 5 days ago, upper body since',
    goal: 'maintain',
    history: [...weekly(35, MON_THU, FULL_BODY, addDays(TODAY, -5)), ...weekly(4, MON_WED_FRI, UPPER)],
    raised: [],
    notRaised: ['lower-body-gap'],
  },
  { name: 'two token squat sets beside a full upper-body day', goal: 'maintain', history: weekly(28, MON_THU, [...UPPER, ['barbell-back-squat', 2, 100, 5]]), raised: ['lower-share-low'], notRaised: ['lower-body-gap'] },
  { name: 'pressing with no pulling', goal: 'maintain', history: weekly(28, MON_THU, [...LEGS, ['barbell-bench-press', 5, 75, 5], ['barbell-overhead-press', 4, 45, 5]]), raised: ['push-pull-imbalance'], notRaised: ['lower-share-low', 'lower-body-gap'] },
  { name: 'one bench set twice a week on maintain', goal: 'maintain', history: weekly(28, MON_THU, [...LEGS, ...UPPER.filter(([e]) => e !== 'barbell-bench-press'), ['barbell-bench-press', 1, 75, 5]]), raised: ['muscle-under-volume:chest'], notRaised: ['muscle-under-volume:quadriceps'] },
  { name: 'six chest sets a week on a gain goal', goal: 'gain-0.5', history: weekly(28, MON_THU, [...LEGS, ...UPPER.filter(([e]) => e !== 'barbell-bench-press'), ['barbell-bench-press', 3, 75, 5]]), raised: ['muscle-under-volume:chest'], notRaised: ['muscle-under-volume:quadriceps'] },
  { name: 'six chest sets a week on maintain', goal: 'maintain', history: weekly(28, MON_THU, [...LEGS, ...UPPER.filter(([e]) => e !== 'barbell-bench-press'), ['barbell-bench-press', 3, 75, 5]]), raised: [], notRaised: ['muscle-under-volume:chest'] },
  { name: 'all the chest work on one day a week', goal: 'maintain', history: [...weekly(28, MON_THU, [...LEGS, ...UPPER.filter(([e]) => e !== 'barbell-bench-press')]), ...weekly(28, [2], [['barbell-bench-press', 10, 75, 5]])], raised: ['muscle-low-frequency:chest'], notRaised: ['muscle-low-frequency:quadriceps'] },
  { name: 'a bench press far behind the squat', goal: 'maintain', history: weekly(28, MON_THU, FULL_BODY.map((e): Ex => (e[0] === 'barbell-bench-press' ? [e[0], e[1], 50, 5] : e))), raised: ['strength-ratio:bench-press'], notRaised: ['strength-ratio:barbell-row'] },
];

describe.each(testDatabases())('balance report on $name', (kind) => {
  let sut: TestServer;
  let users = 0;

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi', limits: { ...DEFAULT_AUTH_CONFIG.limits, signupPerAddress: { max: 1000, windowSeconds: 3600 } } } });
    await sut.services.exercises.ensureStarterCatalog();
  });
  afterAll(async () => {
    await sut?.close();
  });

  async function person(goal: string, history: readonly Session[]): Promise<Client> {
    const client = await signUp(sut.app, `lifter${++users}`);
    const profile = { sex: 'male', age: 30, height: '180 cm', weight: '80 kg', activity: 'moderate', goal, units: 'metric' };
    expect((await client.request({ method: 'PUT', url: '/api/profile', payload: profile })).statusCode).toBe(200);
    for (const s of history) {
      const exercises = s.exercises.map(([sourceId, sets, load = 20, reps = 10]) => ({ exerciseId: id(sourceId), sets: Array.from({ length: sets }, () => ({ load, reps })) }));
      const res = await client.request({ method: 'POST', url: '/api/workouts', payload: { date: s.date, exercises } });
      expect(res.statusCode, res.body).toBe(201);
    }
    return client;
  }

  async function report(client: Client, query = '') {
    const res = await client.request({ method: 'GET', url: `/api/reports/balance${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const keyOf = (f: { code: string; numbers: Record<string, unknown> }) => [f.code, `${f.code}:${String(f.numbers['muscle'] ?? f.numbers['lift'] ?? '')}`];

  it.each(CASES)('flags for $name', async ({ goal, history, raised, notRaised }) => {
    const r = await report(await person(goal, history));
    const keys = new Set(r.flags.flatMap(keyOf));
    for (const k of raised) expect(keys, `expected ${k} in ${[...keys].join(', ')}`).toContain(k);
    for (const k of notRaised) expect(keys, `did not expect ${k}`).not.toContain(k);
    if (raised.length === 0 && notRaised.length === 6) expect(r.flags).toEqual([]);
    // Every flag has a plain message and numbers; every raised warning has a suggestion that fixes it.
    for (const f of r.flags) expect(f.message.length).toBeGreaterThan(20);
    for (const f of r.flags.filter((f: { severity: string }) => f.severity === 'warning')) {
      expect(r.suggestions.some((s: { codes: string[] }) => s.codes.includes(f.code))).toBe(true);
    }
  });

  it('counts one session set by set: primary 1, secondary 0.5, custom exercises too; no warm-ups, no unticked sets', async () => {
    const client = await person('maintain', []);
    const custom = await client.request({
      method: 'POST',
      url: '/api/exercises',
      payload: { name: 'Glute drive machine', equipment: 'machine', pattern: 'hinge', loadType: 'weight', primaryMuscles: ['glutes'], secondaryMuscles: ['hamstrings'] },
    });
    expect(custom.statusCode).toBe(201);
    // Earlier workouts of cardio, warm-ups or unticked sets only: no training day.
    for (const [date, sets] of [
      ['2026-11-10', [{ exerciseId: id('running'), sets: [{ duration: 1800, distance: 5000 }] }]],
      ['2026-11-12', [{ exerciseId: id('barbell-back-squat'), sets: [{ load: 60, reps: 5, type: 'warmup' }, { load: 100, reps: 5, completed: false }] }]],
    ] as const) {
      expect((await client.request({ method: 'POST', url: '/api/workouts', payload: { date, exercises: sets } })).statusCode).toBe(201);
    }
    const res = await client.request({
      method: 'POST',
      url: '/api/workouts',
      payload: {
        date: '2026-11-18',
        exercises: [
          { exerciseId: id('barbell-bench-press'), sets: [{ load: 40, reps: 10, type: 'warmup' }, { load: 80, reps: 5 }, { load: 80, reps: 5 }, { load: 80, reps: 5 }, { load: 80, reps: 5, completed: false }] },
          { exerciseId: custom.json().id, sets: [{ load: 100, reps: 10 }, { load: 100, reps: 10 }] },
          { exerciseId: id('running'), sets: [{ duration: 1200, distance: 4000 }] },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    // First training day 3 days ago: the window is the last 7 days, so the week's totals are the per-week numbers.
    const r = await report(client, '?weeks=4');
    expect(r).toMatchObject({ windowStart: '2026-11-15', windowEnd: TODAY, windowDays: 7, hardSets: 5, firstTrainedOn: '2026-11-18' });
    expect(r.setsByMuscle).toMatchObject({ chest: 3, triceps: 1.5, 'front-delts': 1.5, glutes: 2, hamstrings: 1, quadriceps: 0 });
    expect(r.regionSets).toEqual({ upper: 3, lower: 2, core: 0 });
    expect(r.lowerShare).toBe(0.4);
    expect([r.pushSets, r.pullSets, r.pushPullRatio]).toEqual([3, 0, null]);
    expect(r.daysSinceLowerBody).toBe(3);
    expect(r.daysSince.muscles).toMatchObject({ chest: 3, glutes: 3, hamstrings: 3, quadriceps: null, triceps: 3 });
    expect(r.frequency.chest).toBe(1);
    expect(r.weekly).toHaveLength(12);
    expect(r.weekly.at(-1)).toMatchObject({ weekStart: '2026-11-16', days: 6, byRegion: { upper: 3, lower: 2, core: 0 } });
    expect(r.weekly[0].weekStart).toBe('2026-08-31');
    // The same history seen from before it happened, and over one week only.
    expect((await report(client, '?asOf=2026-11-17')).hardSets).toBe(0);
    expect((await report(client, '?asOf=2026-11-17')).flags).toEqual([]);
    expect((await report(client, '?weeks=1&asOf=2026-11-18')).setsByMuscle.chest).toBe(3);
  });

  it('scores strength from the best e1RMs of 8 weeks with the body log weight, and the ratios to the squat', async () => {
    const client = await person('maintain', [
      ...on('2026-09-01', [['barbell-back-squat', 1, 150, 5]]), // over 8 weeks ago: left out
      ...on('2026-11-02', [['barbell-back-squat', 3, 100, 5], ['barbell-deadlift', 1, 140, 3]]),
      ...on('2026-11-09', [['barbell-back-squat', 2, 105, 2], ['barbell-bench-press', 3, 80, 5], ['barbell-bench-press', 1, 90, 12]]),
    ]);
    let r = await report(client);
    expect(r.strength.bodyWeight).toEqual({ kg: 80, source: 'profile' });
    const weigh = await client.request({ method: 'POST', url: '/api/body/entries', payload: { date: '2026-11-20', time: '07:00', weight: '90 kg' } });
    expect(weigh.statusCode, weigh.body).toBe(201);
    r = await report(client);
    expect(r.strength.bodyWeight).toEqual({ kg: 90, source: 'body-log' });
    // Squat: max(100 × 5 → 116.67, 105 × 2 → 112) = 116.67; bench 80 × 5 → 93.33 (90 × 12 is over 10 reps); deadlift 140 × 3 → 154.
    const squat = epley(100, 5);
    const bench = epley(80, 5);
    const dead = epley(140, 3);
    expect(r.strength.e1rmKg).toMatchObject({ squat: round2(squat), 'bench-press': round2(bench), deadlift: round2(dead), 'overhead-press': null });
    const total = squat + bench + dead;
    expect(r.strength.scores).toEqual({
      totalKg: round2(total),
      wilks: round2(wilks('male', 90, total)),
      wilks2020: round2(wilks2020('male', 90, total)),
      dots: round2(dots('male', 90, total)),
      ipfGl: round2(ipfGlPoints('male', 'classic', 'sbd', 90, total)!),
    });
    const benchRatio = r.strength.ratios.find((l: { lift: string }) => l.lift === 'bench-press');
    expect(benchRatio).toMatchObject({ expectedRatio: 0.75, lagging: false, ahead: false });
    expect(benchRatio.ratio).toBeCloseTo(bench / squat, 3);
  });

  it('finds the last leg day beyond the weeks it reads, however far back', async () => {
    const upper = weekly(35, MON_THU, UPPER);
    const near = await report(await person('maintain', [...on(addDays(TODAY, -200), LEGS), ...upper]));
    expect(near.daysSinceLowerBody).toBe(200);
    expect(near.daysSince.muscles.quadriceps).toBe(200);
    expect(near.flags.find((f: { code: string }) => f.code === 'lower-body-gap').message).toMatch(/^200 days without a lower-body training day/);
    const far = await report(await person('maintain', [...on(addDays(TODAY, -500), LEGS), ...upper]));
    expect(far.daysSinceLowerBody).toBe(500);
    expect(far.daysSince.muscles).toMatchObject({ quadriceps: 500, calves: 500, hamstrings: 500, chest: 2, adductors: 500 });
    expect(far.firstTrainedOn).toBe(addDays(TODAY, -500));
    // A custom exercise counts like a catalog one, however old.
    const own = await person('maintain', upper);
    const machine = await own.request({ method: 'POST', url: '/api/exercises', payload: { name: 'Hip abduction band', equipment: 'band', pattern: 'isolation-lower', loadType: 'weight', primaryMuscles: ['abductors'], secondaryMuscles: ['glutes'] } });
    expect(machine.statusCode, machine.body).toBe(201);
    for (const daysBack of [200, 600]) {
      const logged = await own.request({ method: 'POST', url: '/api/workouts', payload: { date: addDays(TODAY, -daysBack), exercises: [{ exerciseId: machine.json().id, sets: [{ load: 10, reps: 15 }, { load: 10, reps: 15 }] }] } });
      expect(logged.statusCode).toBe(201);
    }
    expect((await report(own)).daysSince.muscles).toMatchObject({ abductors: 200, glutes: 200, quadriceps: null });
    expect((await report(own, `?asOf=${addDays(TODAY, -400)}`)).daysSince.muscles).toMatchObject({ abductors: 200, glutes: 200 });
    // One squat set 300 days ago: a training day for the prime movers, but half a set is none for the adductors.
    const half = await report(await person('maintain', [...on(addDays(TODAY, -300), [['barbell-back-squat', 1, 100, 5]]), ...upper]));
    expect(half.daysSince.muscles).toMatchObject({ quadriceps: 300, glutes: 300, adductors: null });
    // Legs 500 days ago behind 70 older upper-body workouts (two on some days).
    const older = Array.from({ length: 70 }, (_, i): Session => ({ date: addDays(TODAY, -370 - 2 * Math.floor(i / 1.4)), exercises: [['barbell-bench-press', 1, 60, 5]] }));
    const paged = await report(await person('maintain', [...on(addDays(TODAY, -500), LEGS), ...older, ...upper]));
    expect(paged.daysSinceLowerBody).toBe(500);
    const never = await report(await person('maintain', [...older, ...upper]));
    expect(never.daysSinceLowerBody).toBeNull();
    expect(never.firstTrainedOn).toBe(older.at(-1)!.date);
    const upperOnly = await report(await person('maintain', upper));
    expect(upperOnly.daysSinceLowerBody).toBeNull();
    expect(upperOnly.flags.find((f: { code: string }) => f.code === 'lower-body-gap').message).toMatch(/^No lower-body training in the \d+ days since you started/);
  });

  it("never counts another user's sets", async () => {
    await person('maintain', weekly(21, MON_WED_FRI, BENCH_ROW_OHP));
    const bob = await person('maintain', []);
    const r = await report(bob);
    expect([r.hardSets, r.firstTrainedOn, r.flags, r.strength.e1rmKg.squat]).toEqual([0, null, [], null]);
  });

  it.each([
    ['?weeks=0', 'querystring.weeks'],
    ['?weeks=105', 'querystring.weeks'],
    ['?weeks=2.5', 'querystring.weeks'],
    ['?weeks=many', 'querystring.weeks'],
    ['?asOf=21-11-2026', 'querystring.asOf'],
    ['?asOf=2026-02-30', 'asOf'],
  ])('answers %s with a 400 naming %s', async (query, field) => {
    const client = await person('maintain', []);
    const res = await client.request({ method: 'GET', url: `/api/reports/balance${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe(field);
  });

  it('asks for a session', async () => {
    expect((await sut.app.inject({ method: 'GET', url: '/api/reports/balance' })).statusCode).toBe(401);
  });
});

function round2(x: number): number {
  return Math.floor(x * 100 + 0.5 + 1e-9) / 100;
}
