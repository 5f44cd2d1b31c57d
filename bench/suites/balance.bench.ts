import { randomUUID } from 'node:crypto';
import type { Actor, Services } from '../../src/app/index.js';
import { stableExerciseId } from '../../src/app/importers/exercise-rows.js';
import { addDays, dayOfWeek } from '../../src/core/dates.js';
import { createUsersRepository } from '../../src/store/index.js';
import { workoutExercises, workouts, workoutSets } from '../../src/store/schema/index.js';
import os from 'node:os';
import { median, percentile } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

// The report's last day; every history ends on it.
const AS_OF = '2026-11-20';
const YEARS = [1, 5, 10] as const;
const SEED = 0x6a1ce;

/** mulberry32: a small seeded generator, so every run logs the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A push / pull / legs / upper / lower split over the starter catalog: the first exercises of each day are
// its staples, the rest are drawn at random; a few minor muscles (adductors, forearms) come and go.
const DAYS: Record<string, readonly string[]> = {
  push: ['barbell-bench-press', 'barbell-overhead-press', 'dumbbell-bench-press', 'chest-dip', 'dumbbell-lateral-raise', 'triceps-pushdown', 'skull-crusher', 'pec-deck', 'cable-lateral-raise', 'dumbbell-shoulder-press'],
  pull: ['barbell-row', 'pull-up', 'lat-pulldown', 'seated-cable-row', 'face-pull', 'barbell-curl', 'hammer-curl', 'dumbbell-row', 'pendlay-row', 'wrist-curl'],
  legs: ['barbell-back-squat', 'romanian-deadlift', 'leg-press', 'lying-leg-curl', 'leg-extension', 'standing-calf-raise', 'barbell-hip-thrust', 'hanging-leg-raise', 'hip-adduction-machine', 'bulgarian-split-squat'],
  upper: ['barbell-bench-press', 'barbell-row', 'barbell-overhead-press', 'pull-up', 'dumbbell-lateral-raise', 'face-pull', 'barbell-curl', 'triceps-pushdown', 'cable-crunch', 'farmers-walk'],
  lower: ['barbell-deadlift', 'barbell-front-squat', 'goblet-squat', 'seated-calf-raise', 'back-extension', 'leg-extension', 'lying-leg-curl', 'ab-wheel-rollout', 'russian-twist', 'hip-abduction-machine'],
};
// Monday push, Tuesday pull, Wednesday legs, Friday upper, Saturday lower.
const SPLIT: Record<number, string> = { 1: 'push', 2: 'pull', 3: 'legs', 5: 'upper', 6: 'lower' };
const EXERCISES_PER_SESSION = 8;
const STAPLES = 3;

interface History {
  workouts: Array<typeof workouts.$inferInsert>;
  exercises: Array<typeof workoutExercises.$inferInsert>;
  sets: Array<typeof workoutSets.$inferInsert>;
}

/** `years` of sessions ending on AS_OF for one user: ~15,000 sets a year, two warm-ups and 4–7 working sets per exercise. */
export function generate(userId: string, years: number, seed: number): History {
  const out: History = { workouts: [], exercises: [], sets: [] };
  const start = addDays(AS_OF, -Math.round(365.25 * years) + 1);
  const now = new Date(`${AS_OF}T20:00:00Z`);
  for (let date = start; date <= AS_OF; date = addDays(date, 1)) {
    // One generator per day, seeded by the date: every history length has the same recent weeks.
    const rnd = random(seed + Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    const day = SPLIT[dayOfWeek(date)];
    // About one session in twenty is missed.
    if (!day || rnd() < 0.05) continue;
    const workoutId = randomUUID();
    out.workouts.push({ userId, id: workoutId, date, name: day, createdAt: now, updatedAt: now });
    const pool = DAYS[day]!;
    const picked = [...pool.slice(0, STAPLES)];
    const rest = pool.slice(STAPLES);
    while (picked.length < EXERCISES_PER_SESSION) picked.push(rest.splice(Math.floor(rnd() * rest.length), 1)[0]!);
    picked.forEach((sourceId, position) => {
      out.exercises.push({ userId, workoutId, position, exerciseId: stableExerciseId('platewise', sourceId) });
      const working = 4 + Math.floor(rnd() * 4);
      const loadG = Math.round((20 + rnd() * 100) / 2.5) * 2500;
      for (let s = 0; s < 2 + working; s++) {
        const warmup = s < 2;
        out.sets.push({
          userId,
          workoutId,
          exercisePosition: position,
          position: s,
          setType: warmup ? 'warmup' : rnd() < 0.1 ? 'failure' : 'normal',
          reps: warmup ? 10 : 5 + Math.floor(rnd() * 8),
          loadG: warmup ? Math.round(loadG / 2) : loadG,
          completed: rnd() > 0.02,
        });
      }
    });
  }
  return out;
}

/**
 * Times each call after a warm-up: wall-clock p50/p95, and the p50 of this process's CPU time per call, which
 * on PGlite (in-process) is the work itself and moves less than the wall clock on a busy machine. ms.
 */
async function timeCalls(fn: () => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }) {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { p50Ms: median(wall), p95Ms: percentile(wall, 95), cpuP50Ms: median(cpu), runs };
}

export async function insertAll(services: Services, h: History): Promise<void> {
  const db = services.database.db;
  // Under PostgreSQL's 65,535 parameters per statement at 12 columns a row.
  const BATCH = 4000;
  await db.transaction(async (tx) => {
    for (let i = 0; i < h.workouts.length; i += BATCH) await tx.insert(workouts).values(h.workouts.slice(i, i + BATCH));
    for (let i = 0; i < h.exercises.length; i += BATCH) await tx.insert(workoutExercises).values(h.exercises.slice(i, i + BATCH));
    for (let i = 0; i < h.sets.length; i += BATCH) await tx.insert(workoutSets).values(h.sets.slice(i, i + BATCH));
  });
}

/**
 * The balance report (4 weeks, the 12-week series, 8 weeks of lifts, recency) over 1, 5 and 10 years of
 * generated training history, one user each, in-process through the service: how its time grows with the
 * history behind it (issue 10's target: 10 years ≤ 1.5 × the 1-year time and ≤ 100 ms).
 */
export const balanceSuite: BenchSuite = {
  name: 'balance',
  async run(ctx: BenchContext) {
    const { services } = ctx.server;
    const users = createUsersRepository(services.database.db);
    const out: Record<string, unknown> = {};
    const p50: Record<number, number> = {};
    const cpu: Record<number, number> = {};
    out['machine load (1-min average) at start'] = os.loadavg()[0];
    for (const years of YEARS) {
      const userId = randomUUID();
      await users.insert({ id: userId, username: `balance-bench-${years}y-${userId.slice(0, 8)}`, isAdmin: false, createdAt: new Date(), passwordHash: null });
      const actor: Actor = { userId };
      await services.profile.put(actor, { sex: 'male', age: 35, height: 180, weight: 85, activity: 'very', goal: 'gain-0.25kg', units: 'metric' });
      const history = generate(userId, years, SEED);
      const t0 = performance.now();
      await insertAll(services, history);
      const insertS = (performance.now() - t0) / 1000;
      const sample = await services.balance.report(actor, { weeks: 4, asOf: AS_OF });
      const timing = await timeCalls(() => services.balance.report(actor, { weeks: 4, asOf: AS_OF }), { warmup: ctx.quick ? 5 : 10, runs: ctx.quick ? 40 : 100 });
      const wide = await timeCalls(() => services.balance.report(actor, { weeks: 52, asOf: AS_OF }), { warmup: 2, runs: ctx.quick ? 5 : 20 });
      p50[years] = timing.p50Ms;
      cpu[years] = timing.cpuP50Ms;
      out[`${years} year${years === 1 ? '' : 's'}`] = {
        history: { workouts: history.workouts.length, sets: history.sets.length, insertSeconds: insertS },
        'report --weeks 4': timing,
        'report --weeks 52': wide,
        windowHardSets: sample.hardSets,
        flags: sample.flags.map((f) => f.code).join(' '),
      };
    }
    out['ratios'] = {
      '5y/1y p50': p50[5]! / p50[1]!,
      '10y/1y p50': p50[10]! / p50[1]!,
      '5y/1y cpu p50': cpu[5]! / cpu[1]!,
      '10y/1y cpu p50': cpu[10]! / cpu[1]!,
      target: '10y/1y ≤ 1.5 and 10y p50 ≤ 100 ms',
    };
    return out;
  },
};
