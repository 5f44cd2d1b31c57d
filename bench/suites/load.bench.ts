import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { createServices, systemClock, type Services } from '../../src/app/index.js';
import { createDb, createUsersRepository, type DbConfig } from '../../src/store/index.js';
import { createPostgresDatabase } from '../../src/store/testing/test-databases.js';
import { spawnServer, type SpawnedServer } from '../../src/server/testing/spawn-server.js';
import { load, type LoadRequest, type LoadResult } from '../lib/http-load.js';
import type { Figure } from '../lib/report.js';
import { buildServer, builtServer } from '../../scripts/server-build.js';
import { median } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const USERS = 50;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** Issue 10 sets server memory in MB (10^6 bytes); we report MiB, so the bounds are converted, not relabelled. */
const MB_IN_MIB = 1e6 / 2 ** 20;
const RSS_TARGET_MIB = { pglite: 400 * MB_IN_MIB, postgres: 150 * MB_IN_MIB };

interface SimUser {
  username: string;
  userId: string;
  token: string;
}

/** Resident set size of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
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
 * Spawns a command that prints `is serving http://…` and times it from spawn to the first 200 of `probe`;
 * the process is stopped after. Seconds.
 */
async function spawnToFirstAnswer(args: string[], env: Record<string, string>, probe: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer in 60 s: ${stderr.join('')}`)), 60_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /is serving (http:\/\/\S+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${stderr.join('')}`)));
    });
    for (;;) {
      const res = await fetch(`${url}${probe}`);
      await res.arrayBuffer();
      if (res.status === 200) return (performance.now() - t0) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

/** The same node binary serving 200s from a bare node:http server: what any start-up pays before our code runs. */
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('is serving http://127.0.0.1:' + this.address().port); });`;

const rps = (r: LoadResult) => r.rps;

/** CPU seconds a process has used (user + system), from /proc (Linux clock ticks: USER_HZ is 100). */
function processCpuS(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds the whole machine has spent busy (user, nice, system, irq, softirq), from /proc/stat. */
function machineBusyS(): number {
  const t = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  return (t[0]! + t[1]! + t[2]! + t[5]! + t[6]!) / 100;
}

/** CPU per request over load rounds, in µs: the server's, the load generator's (this process) and the machine's. */
interface CpuCost {
  requests: number;
  serverS: number;
  generatorS: number;
  machineS: number;
}

/** Runs one load round and adds what it cost the server, the generator and the machine to `cost`. */
async function costed(cost: CpuCost, pid: number, round: () => Promise<LoadResult>): Promise<LoadResult> {
  const server0 = processCpuS(pid);
  const machine0 = machineBusyS();
  const generator0 = process.cpuUsage();
  const r = await round();
  const generator = process.cpuUsage(generator0);
  cost.requests += r.requests;
  cost.serverS += processCpuS(pid) - server0;
  cost.machineS += machineBusyS() - machine0;
  cost.generatorS += (generator.user + generator.system) / 1e6;
  return r;
}

const perRequestUs = (cost: CpuCost, part: 'serverS' | 'generatorS' | 'machineS') => (1e6 * cost[part]) / cost.requests;

/** What prepare() found: whether it had to transpile the server, and how long that took. */
let serverBuild: { built: boolean; files: number; seconds: number } | null = null;

/** Rounds of one kind of request as one run: all requests over all the time; percentiles as the rounds' medians. */
function combine(rounds: LoadResult[]): LoadResult {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  return {
    requests,
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    seconds,
    rps: requests / seconds,
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p95Ms: median(rounds.map((r) => r.p95Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
  };
}

/**
 * Where the diary's share of health goes: the CPU each request costs the server, the load generator (which shares
 * the machine) and the whole machine (with PostgreSQL and the kernel's loopback), beside health's; and the most
 * the share could be at those costs. The diary can go no faster than the machine's cores at its whole-machine
 * cost, nor than one core at the server's (one Node thread), whatever the database or the batching does.
 */
function cpuFigures(health: CpuCost, diary: CpuCost, healthRps: number): Figure[] {
  const cost = (part: 'serverS' | 'generatorS' | 'machineS', what: string, key: string): Figure => ({
    key,
    what: `${what} per request, POST /api/diary/entries`,
    value: perRequestUs(diary, part),
    unit: 'µs',
    reference: { what: `GET /api/health`, value: perRequestUs(health, part), unit: 'µs' },
  });
  const ceilingRps = Math.min(os.availableParallelism() / (perRequestUs(diary, 'machineS') / 1e6), 1 / (perRequestUs(diary, 'serverS') / 1e6));
  return [
    cost('serverS', 'server CPU', 'diary.cpu.server'),
    cost('generatorS', 'load generator CPU', 'diary.cpu.generator'),
    cost('machineS', 'whole machine CPU (server, generator, database, kernel)', 'diary.cpu.machine'),
    {
      key: 'diary.shareCeiling',
      what: `most the diary share could be at these costs: min(${os.availableParallelism()} cores ÷ machine CPU, 1 core ÷ server CPU)`,
      value: (100 * ceilingRps) / healthRps,
      unit: '%',
      reference: { what: 'GET /api/health', value: healthRps, unit: 'rps' },
    },
  ];
}

/**
 * 50 simulated users, each with an account and a token, against one server in its own process (so its memory is
 * its own), all on loopback: diary entries (POST /api/diary/entries) beside GET /api/health at the same 50
 * connections; workouts of three sets (POST /api/workouts); the server's RSS after; every logged row counted
 * back from the database. On PGlite, start-up: spawn → first 200 of the load's own server on the data directory
 * the set-up left (migrated, with accounts and the starter catalogs: a restart) and, in the full run, of
 * `platewise serve` on the directory the load left, beside the same spawn of a bare node:http server.
 */
export const loadSuite: BenchSuite = {
  name: 'load',
  /** The servers it spawns start from the server build (as `npm start` does), made here when the sources changed. */
  async prepare() {
    serverBuild = await buildServer(root);
  },
  async run(ctx: BenchContext) {
    // Health and diary alternate in rounds, so a change in what else runs on the machine hits both alike.
    const phase = ctx.quick ? { warmup: 1, rounds: 2, health: 1, diary: 2, workouts: 1.5, starts: 0 } : { warmup: 3, rounds: 5, health: 2, diary: 6, workouts: 15, starts: 4 };
    const dataDir = ctx.database === 'pglite' ? mkdtempSync(path.join(os.tmpdir(), 'platewise-load-')) : null;
    const pg = ctx.database === 'postgres' ? await createPostgresDatabase(process.env.PLATEWISE_TEST_DATABASE_URL!, 'platewise_load') : null;
    const config: DbConfig = pg ? { kind: 'postgres', url: pg.url } : { kind: 'pglite', dataDir };
    const serverEnv = pg ? { DATABASE_URL: pg.url } : { DATABASE_URL: '' };
    const serverArgs = pg ? [] : ['--data-dir', dataDir!, '--multi-user'];
    let server: SpawnedServer | null = null;
    // Where the suite's own time goes (seconds from its start), for keeping --quick short.
    const t0 = performance.now();
    const timeline: Record<string, number> = {};
    const mark = (what: string) => (timeline[what] = Math.round(performance.now() - t0) / 1000);
    try {
      // Accounts and tokens are made directly, not through the rate-limited sign-up. The accounts have no password
      // (the load signs in with tokens only): 50 argon2 hashes would cost seconds of the quick run and measure nothing.
      const users: SimUser[] = await withServices(config, async (s) => {
        // What a first start does once (the starter catalogs), so the server's start below is a restart.
        await s.exercises.ensureStarterCatalog();
        await s.foodImports.loadStarterCatalog();
        const accounts = createUsersRepository(s.database.db);
        return Promise.all(
          Array.from({ length: USERS }, async (_, i) => {
            const username = `load${String(i).padStart(2, '0')}`;
            const user = await accounts.insert({ id: randomUUID(), username, isAdmin: false, passwordHash: null, createdAt: new Date() });
            const { token } = await s.auth.createToken({ userId: user.id, via: 'session' }, { name: 'load', scopes: ['read', 'write'] });
            return { username, userId: user.id, token };
          }),
        );
      });
      mark('accounts made');
      // The load's server starts on a data directory that already holds a migrated database with data: its
      // spawn → first 200 of GET /api/health is one start-up sample (the only one with --quick).
      // Servers run the build only while it matches the sources (bin/platewise.js), else the sources through tsx.
      const serverFrom = builtServer(root) ? 'dist/node (the server build)' : 'src through tsx (no up-to-date build: sources changed since prepare)';
      const spawnedAt = performance.now();
      server = await spawnServer(serverArgs, serverEnv);
      const firstHealth = await fetch(`${server.url}/api/health`);
      await firstHealth.arrayBuffer();
      if (firstHealth.status !== 200) throw new Error(`GET /api/health answered ${firstHealth.status}`);
      const loadServerStartS = (performance.now() - spawnedAt) / 1000;
      mark('server started');
      const pid = server.child.pid!;
      const serverUrl = server.url;
      const auth = (u: SimUser) => ({ authorization: `Bearer ${u.token}` });
      const found = (await (await fetch(`${server.url}/api/exercises?q=squat`, { headers: auth(users[0]!) })).json()) as { exercises?: Array<{ id: string }> } | Array<{ id: string }>;
      const exerciseId = (Array.isArray(found) ? found : (found.exercises ?? []))[0]?.id;
      if (!exerciseId) throw new Error('no exercise to log sets of');
      const rssAtStart = rssMiB(pid);

      // What each user should find in the database: counted per request sent (an error answer shows as missing rows).
      const expected = new Map<string, { entries: number; sets: number }>(users.map((u) => [u.userId, { entries: 0, sets: 0 }]));
      let logged = 0;
      const dayOf = (i: number) => `2026-${String(1 + (Math.floor(i / USERS) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const diaryRequest = (i: number): LoadRequest => {
        const user = users[i % USERS]!;
        expected.get(user.userId)!.entries++;
        logged++;
        return { method: 'POST', path: '/api/diary/entries', headers: auth(user), body: { date: dayOf(i), meal: 'lunch', name: `load ${i}`, energyKcal: 450, proteinG: 30 } };
      };
      const workoutRequest = (i: number): LoadRequest => {
        const user = users[i % USERS]!;
        expected.get(user.userId)!.sets += 3;
        logged += 3;
        return {
          method: 'POST',
          path: '/api/workouts',
          headers: auth(user),
          body: { date: dayOf(i), name: `load ${i}`, exercises: [{ exerciseId, sets: [{ reps: 5, load: 100 }, { reps: 5, load: 100 }, { reps: 5, load: 100 }] }] },
        };
      };
      const opts = (seconds: number) => ({ connections: USERS, seconds, maxRequests: 500_000 });
      // Warm-up (JIT, the first pages of each table): counted back, not timed. Workouts warm up in their own
      // phase: one still running at a deadline is waited for, and they take long.
      await load(server.url, (i) => (i % 2 === 0 ? { path: '/api/health' } : diaryRequest(i)), opts(phase.warmup));
      const healthRounds: LoadResult[] = [];
      const diaryRounds: LoadResult[] = [];
      const healthCost: CpuCost = { requests: 0, serverS: 0, generatorS: 0, machineS: 0 };
      const diaryCost: CpuCost = { requests: 0, serverS: 0, generatorS: 0, machineS: 0 };
      for (let r = 0; r < phase.rounds; r++) {
        healthRounds.push(await costed(healthCost, pid, () => load(serverUrl, () => ({ path: '/api/health' }), opts(phase.health))));
        diaryRounds.push(await costed(diaryCost, pid, () => load(serverUrl, diaryRequest, opts(phase.diary))));
      }
      const health = combine(healthRounds);
      const diary = combine(diaryRounds);
      const workouts = await load(server.url, workoutRequest, opts(phase.workouts));
      const rssAfterLoad = rssMiB(pid);
      mark('load done');
      const errors = diary.errors + workouts.errors;
      await server.stop();
      server = null;

      // Count back every logged row, per user, straight from the database.
      let missing = 0;
      let rows = 0;
      await withServices(config, async (s) => {
        for (const u of users) {
          const result = await s.database.db.execute(sql`
            select (select count(*)::int from diary_entries where user_id = ${u.userId} and deleted_at is null) as entries,
                   (select count(*)::int from workout_sets where user_id = ${u.userId}) as sets`);
          const got = (result as unknown as { rows: Array<{ entries: number; sets: number }> }).rows[0]!;
          const want = expected.get(u.userId)!;
          rows += got.entries + got.sets;
          missing += Math.max(0, want.entries - got.entries) + Math.max(0, want.sets - got.sets);
        }
      });
      mark('rows counted back');
      if (missing > 0 || errors > 0) process.stderr.write(`bench: load on ${ctx.database}: ${errors} error answers, ${missing} of ${logged} logged rows missing\n`);

      // More start-up samples on the data directory the load left behind (50 accounts, thousands of rows), each
      // beside a bare node:http spawn; with --quick one bare spawn only.
      let startup: { platewiseS: number[]; bareNodeS: number[] } | null = null;
      if (dataDir) {
        startup = { platewiseS: [loadServerStartS], bareNodeS: [] };
        if (phase.starts === 0) startup.bareNodeS.push(await spawnToFirstAnswer(['-e', BARE_SERVER], {}, '/'));
        for (let i = 0; i < phase.starts; i++) {
          startup.bareNodeS.push(await spawnToFirstAnswer(['-e', BARE_SERVER], {}, '/'));
          startup.platewiseS.push(
            await spawnToFirstAnswer(['--max-semi-space-size=4', path.join(root, 'bin/platewise.js'), 'serve', '--data-dir', dataDir, '--multi-user', '--host', '127.0.0.1', '--port', '0', '--quiet'], { DATABASE_URL: '' }, '/api/health'),
          );
        }
      }

      mark('start-up measured');
      const healthRef = { what: 'GET /api/health, 50 connections', value: rps(health), unit: 'rps' as const };
      const figures: Figure[] = [
        {
          key: 'diary.share',
          what: 'POST /api/diary/entries, 50 users: rps as % of GET /api/health rps',
          value: (100 * rps(diary)) / rps(health),
          unit: '%',
          reference: healthRef,
          target: { min: 50 },
        },
        { key: 'diary.rps', what: 'POST /api/diary/entries, 50 users', value: rps(diary), unit: 'rps', reference: healthRef },
        { key: 'diary.p95', what: 'POST /api/diary/entries, 50 users, p95', value: diary.p95Ms, unit: 'ms', reference: { what: 'GET /api/health p95', value: health.p95Ms, unit: 'ms' } },
        ...cpuFigures(healthCost, diaryCost, rps(health)),
        { key: 'workouts.rps', what: 'POST /api/workouts (3 sets), 50 users', value: rps(workouts), unit: 'rps', reference: healthRef },
        {
          key: 'rows.found',
          what: 'logged rows counted back from the database, % of acknowledged',
          value: logged === 0 ? NaN : (100 * (logged - missing)) / logged,
          unit: '%',
        },
        {
          key: 'rss.afterLoad',
          what: `server RSS after the load (MiB; issue 10's ${ctx.database === 'pglite' ? 400 : 150} MB = ${RSS_TARGET_MIB[ctx.database].toFixed(1)} MiB)`,
          value: rssAfterLoad,
          unit: 'MiB',
          reference: { what: 'RSS once started', value: rssAtStart, unit: 'MiB' },
          target: { max: RSS_TARGET_MIB[ctx.database] },
        },
      ];
      if (startup) {
        const s = median(startup.platewiseS);
        const bare = median(startup.bareNodeS);
        figures.push({
          key: 'startup.firstAnswer',
          what: 'start-up: spawn the server on an existing data dir → first 200 of GET /api/health (median)',
          value: s,
          unit: 's',
          reference: { what: 'spawn bare node:http server → first 200', value: bare, unit: 's' },
          target: { max: 2 },
        });
      }
      const summary = (r: LoadResult) => ({ requests: r.requests, errors: r.errors, seconds: r.seconds, rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms });
      return {
        figures,
        details: {
          users: USERS,
          connections: USERS,
          rounds: phase.rounds,
          'GET /api/health': summary(health),
          'POST /api/diary/entries (quick add)': summary(diary),
          'rps by round': { health: healthRounds.map(rps), diary: diaryRounds.map(rps) },
          'CPU per request, µs': {
            health: { server: perRequestUs(healthCost, 'serverS'), generator: perRequestUs(healthCost, 'generatorS'), machine: perRequestUs(healthCost, 'machineS') },
            diary: { server: perRequestUs(diaryCost, 'serverS'), generator: perRequestUs(diaryCost, 'generatorS'), machine: perRequestUs(diaryCost, 'machineS') },
            cores: os.availableParallelism(),
          },
          'POST /api/workouts (3 sets)': summary(workouts),
          rowsLogged: logged,
          rowsInDatabase: rows,
          rowsMissing: missing,
          serverRssMiB: { atStart: rssAtStart, afterLoad: rssAfterLoad },
          ...(startup ? { startupSeconds: startup } : {}),
          serverFrom,
          serverBuild,
          timeline,
        },
      };
    } finally {
      await server?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      await pg?.drop();
    }
  },
};
