import { readFileSync } from 'node:fs';
import { FREE_EXERCISE_DB_SOURCE, parseFreeExerciseDb } from '../../src/app/importers/free-exercise-db.js';
import { addDays } from '../../src/core/dates.js';
import { load, type LoadResult } from '../lib/http-load.js';
import { rpsBesideHealth, type Figure } from '../lib/report.js';
import { timeAsync } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const FEDB = new URL('../../../shared/data/free-exercise-db/exercises.json', import.meta.url);
const QUERIES = ['squat', 'bench press', 'romanian deadlift', 'lat pulldown', 'curl', 'calf raise', 'plank', 'benhc pres'];

/**
 * The workout log under load: the start-up catalog check, a free-exercise-db import, exercise search, and the
 * workout endpoints over a year of history (records and last-time numbers are computed from all of it).
 */
export const workoutsSuite: BenchSuite = {
  name: 'workouts',
  quickOnce: true,
  async run(ctx: BenchContext) {
    const { services, url } = ctx.server;
    // One-person mode answers loopback as its local user; a PostgreSQL server wants an account and a token.
    let actor: { userId: string; isAdmin: boolean };
    let headers: Record<string, string> = {};
    if (services.auth.config.mode === 'multi') {
      const user = await services.auth.addUser({ username: 'bench', password: 'a long bench password', admin: true });
      actor = { userId: user.id, isAdmin: true };
      const { token } = await services.auth.createToken({ ...actor, via: 'session' }, { name: 'bench', scopes: ['read', 'write'] });
      headers = { authorization: `Bearer ${token}` };
    } else {
      actor = { userId: (await services.users.ensureLocalUser()).id, isAdmin: true };
    }

    const starterRecheck = await timeAsync(() => services.exercises.ensureStarterCatalog(), { warmup: 3, runs: ctx.quick ? 20 : 50 });

    const text = readFileSync(FEDB, 'utf8');
    const t0 = performance.now();
    const parsed = parseFreeExerciseDb(text);
    const parseMs = performance.now() - t0;
    const first = await services.exercises.importCatalog(actor, FREE_EXERCISE_DB_SOURCE, parsed.entries, parsed.summary);
    const firstMs = performance.now() - t0;
    const again = parseFreeExerciseDb(text);
    const t1 = performance.now();
    const second = await services.exercises.importCatalog(actor, FREE_EXERCISE_DB_SOURCE, again.entries, again.summary);
    const secondMs = performance.now() - t1;

    await services.profile.put(actor, { sex: 'male', age: 30, height: 180, weight: 80, activity: 'moderate', goal: 'maintain', units: 'metric' });
    const pick = async (q: string) => (await services.exercises.search(actor, { q, limit: 1 }))[0]!.id;
    const ids = await Promise.all(['back squat', 'bench press', 'barbell row', 'romanian deadlift', 'overhead press'].map(pick));
    const sessions = ctx.quick ? 20 : 150;
    let lastId = '';
    const t2 = performance.now();
    for (let i = 0; i < sessions; i++) {
      const date = addDays('2025-11-01', i * 2);
      const w = await services.workouts.create(actor, {
        date,
        startedAt: `${date}T17:00:00Z`,
        endedAt: `${date}T18:05:00Z`,
        exercises: ids.map((exerciseId, k) => ({
          exerciseId,
          sets: [0, 1, 2, 3].map((s) => ({ load: 40 + k * 10 + i * 0.5, reps: s === 0 ? 8 : 5, type: s === 0 ? ('warmup' as const) : ('normal' as const) })),
        })),
      });
      lastId = w.id;
    }
    const createMs = (performance.now() - t2) / sessions;
    const body = await (await fetch(`${url}/api/workouts/${lastId}`, { headers })).json();
    const putBody = JSON.stringify({
      date: body.date,
      startedAt: body.startedAt,
      endedAt: body.endedAt,
      exercises: body.exercises.map((e: { exercise: { id: string }; sets: Array<{ type: string; loadKg: number; reps: number; completed: boolean }> }) => ({
        exerciseId: e.exercise.id,
        sets: e.sets.map((s) => ({ type: s.type, load: s.loadKg, reps: s.reps, completed: s.completed })),
      })),
    });

    const seconds = ctx.quick ? 1 : 5;
    const opts = { connections: 10, seconds };
    const health = await load(url, () => ({ path: '/api/health' }), opts);
    const search = await load(url, (i) => ({ path: `/api/exercises?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&limit=20`, headers }), opts);
    const getOne = await load(url, () => ({ path: `/api/workouts/${lastId}`, headers }), opts);
    const list = await load(url, () => ({ path: '/api/workouts?limit=30', headers }), opts);
    const progress = await load(url, () => ({ path: `/api/exercises/${ids[0]}/progress`, headers }), opts);
    const autosave = await load(url, () => ({ method: 'PUT', path: `/api/workouts/${lastId}`, body: JSON.parse(putBody), headers }), { connections: 4, seconds });
    const overHealth = (key: string, what: string, r: LoadResult) => rpsBesideHealth(key, what, r, { rps: health.rps, connections: 10 });
    const figures: Figure[] = [
      { key: 'fedb.import', what: `free-exercise-db import (${parsed.entries.length} exercises), first run`, value: firstMs, unit: 'ms', reference: { what: 'the same import again (nothing changed)', value: secondMs, unit: 'ms' } },
      { key: 'workout.create', what: `log a workout of 20 sets in process (over up to ${sessions} earlier sessions)`, value: createMs, unit: 'ms' },
      overHealth('http.exercise-search', 'GET /api/exercises?q=, 10 connections', search),
      overHealth('http.workout', 'GET /api/workouts/:id (records over the history), 10 connections', getOne),
      overHealth('http.workout-list', 'GET /api/workouts?limit=30, 10 connections', list),
      overHealth('http.autosave', 'PUT /api/workouts/:id (autosave), 4 connections', autosave),
    ];
    return {
      figures,
      details: {
        'starter catalog re-check at start-up': starterRecheck,
        'free-exercise-db import': { parseMs, firstRunMs: firstMs, added: first.added, secondRunMs: secondMs, unchanged: second.unchanged, rejected: first.rejected.length },
        history: { workouts: sessions, setsEach: 20, createMsEach: createMs },
        'GET /api/health': health,
        'GET /api/exercises?q=': search,
        'GET /api/workouts/:id (records over the history)': getOne,
        'GET /api/workouts?limit=30': list,
        'GET /api/exercises/:id/progress': progress,
        'PUT /api/workouts/:id (autosave)': autosave,
      },
    };
  },
};
