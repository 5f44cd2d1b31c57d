import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, systemClock, type Services } from '../../src/app/index.js';
import { createDb, type DbConfig } from '../../src/store/index.js';
import { createPostgresDatabase } from '../../src/store/testing/test-databases.js';
import { spawnServer, type SpawnedServer } from '../../src/server/testing/spawn-server.js';
import { load, type LoadRequest } from '../lib/http-load.js';
import type { BenchContext, BenchSuite } from '../run.js';

const USERS = 50;

interface SimUser {
  username: string;
  userId: string;
  token: string;
}

/** Resident set size of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function withServices<T>(config: DbConfig, fn: (s: Services) => Promise<T>): Promise<T> {
  const database = await createDb(config);
  await database.migrate();
  try {
    return await fn(createServices(database, systemClock, { auth: { mode: 'multi' } }));
  } finally {
    await database.close();
  }
}

/**
 * 50 simulated users log food and sets against one server in its own process (so its memory is its own) for
 * 60 seconds (10 with --quick), all on loopback; then every logged row is counted back from the database.
 */
export const loadSuite: BenchSuite = {
  name: 'load',
  async run(ctx: BenchContext) {
    const seconds = ctx.quick ? 10 : 60;
    const dataDir = ctx.database === 'pglite' ? mkdtempSync(path.join(os.tmpdir(), 'platewise-load-')) : null;
    const pg = ctx.database === 'postgres' ? await createPostgresDatabase(process.env.PLATEWISE_TEST_DATABASE_URL!, 'platewise_load') : null;
    const config: DbConfig = pg ? { kind: 'postgres', url: pg.url } : { kind: 'pglite', dataDir };
    let server: SpawnedServer | null = null;
    try {
      // Accounts and tokens are made directly (as `platewise user add` would), not through the rate-limited sign-up.
      const users: SimUser[] = await withServices(config, async (s) => {
        const out: SimUser[] = [];
        for (let i = 0; i < USERS; i++) {
          const username = `load${String(i).padStart(2, '0')}`;
          const user = await s.auth.addUser({ username, password: 'a long load-test password' });
          const { token } = await s.auth.createToken({ userId: user.id, via: 'session' }, { name: 'load', scopes: ['read', 'write'] });
          out.push({ username, userId: user.id, token });
        }
        return out;
      });
      server = await spawnServer(pg ? [] : ['--data-dir', dataDir!, '--multi-user'], pg ? { DATABASE_URL: pg.url } : { DATABASE_URL: '' });
      const auth = (u: SimUser) => ({ authorization: `Bearer ${u.token}` });
      const exercises = (await (await fetch(`${server.url}/api/exercises?q=squat`, { headers: auth(users[0]!) })).json()) as { exercises?: Array<{ id: string }> } | Array<{ id: string }>;
      const exerciseId = (Array.isArray(exercises) ? exercises : (exercises.exercises ?? []))[0]?.id;
      if (!exerciseId) throw new Error('no exercise to log sets of');
      const rssBefore = rssMiB(server.child.pid!);

      const expected = new Map<string, { entries: number; sets: number }>(users.map((u) => [u.userId, { entries: 0, sets: 0 }]));
      const asked: Array<{ user: SimUser; kind: 'food' | 'sets' }> = [];
      const next = (i: number): LoadRequest => {
        const user = users[i % USERS]!;
        const day = `2026-${String(1 + (Math.floor(i / USERS) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        if (i % 2 === 0) {
          asked[i] = { user, kind: 'food' };
          return { method: 'POST', path: '/api/diary/entries', headers: auth(user), body: { date: day, meal: 'lunch', name: `load ${i}`, energyKcal: 450, proteinG: 30 } };
        }
        asked[i] = { user, kind: 'sets' };
        return {
          method: 'POST',
          path: '/api/workouts',
          headers: auth(user),
          body: { date: day, name: `load ${i}`, exercises: [{ exerciseId, sets: [{ reps: 5, load: 100 }, { reps: 5, load: 100 }, { reps: 5, load: 100 }] }] },
        };
      };
      const result = await load(server.url, next, { connections: USERS, seconds, maxRequests: 500_000 });
      // Every answered request counts; an error answer is reported, never silently dropped.
      for (const a of asked.slice(0, result.requests + result.errors)) {
        if (!a) continue;
        const e = expected.get(a.user.userId)!;
        if (a.kind === 'food') e.entries++;
        else e.sets += 3;
      }
      const health = await load(server.url, () => ({ path: '/api/health' }), { connections: USERS, seconds: ctx.quick ? 3 : 10 });
      const rssAfter = rssMiB(server.child.pid!);
      await server.stop();
      server = null;

      // Count back every logged row, per user, straight from the database.
      let missing = 0;
      let found = 0;
      await withServices(config, async (s) => {
        const db = s.database.db;
        const { sql } = await import('drizzle-orm');
        for (const u of users) {
          const rows = await db.execute<{ entries: number; sets: number }>(sql`
            select (select count(*)::int from diary_entries where user_id = ${u.userId} and deleted_at is null) as entries,
                   (select count(*)::int from workout_sets where user_id = ${u.userId}) as sets`);
          const got = (rows as unknown as { rows: Array<{ entries: number; sets: number }> }).rows[0]!;
          const want = expected.get(u.userId)!;
          found += got.entries + got.sets;
          missing += Math.max(0, want.entries - got.entries) + Math.max(0, want.sets - got.sets);
        }
      });
      return {
        users: USERS,
        seconds: result.seconds,
        requests: result.requests,
        errors: result.errors,
        rps: result.rps,
        p50Ms: result.p50Ms,
        p95Ms: result.p95Ms,
        p99Ms: result.p99Ms,
        rowsLogged: found,
        rowsMissing: missing,
        serverRssMiB: { beforeLoad: rssBefore, afterLoad: rssAfter },
        'GET /api/health at 50 connections': { rps: health.rps, p50Ms: health.p50Ms, p95Ms: health.p95Ms },
        ratios: { loggingRpsOverHealthRps: result.rps / health.rps },
      };
    } finally {
      await server?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      await pg?.drop();
    }
  },
};
