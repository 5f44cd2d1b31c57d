// `npm run bench [-- --quick] [-- --only NAME[,NAME]] [-- --repeat N]`: starts a server on loopback on a fresh embedded
// database (and on PostgreSQL when PLATEWISE_TEST_DATABASE_URL is set), runs every suite, prints one table of
// figures (each beside a reference measured in the same run, and issue 10's target where it sets one) and writes
// bench/results/latest.json. With --repeat, each figure is the median of N runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, version, type RunningServer } from '../src/server/main.js';
import { goalSuite } from './suites/goal.bench.js';
import { foodSearchSuite } from './suites/food-search.bench.js';
import { loadSuite } from './suites/load.bench.js';
import { historySuite } from './suites/history.bench.js';
import { webSuite } from './suites/web.bench.js';
import { projectionSuite } from './suites/projection.bench.js';
import { workoutsSuite } from './suites/workouts.bench.js';
import { formatTable, medianFigures, met, type Figure, type SuiteResult, type TableRow } from './lib/report.js';

export interface BenchContext {
  server: RunningServer;
  database: 'pglite' | 'postgres';
  quick: boolean;
}

export interface BenchSuite {
  name: string;
  /** The databases it means something on (default: each one the run has); a suite that does not touch the database names one. */
  databases?: Array<'pglite' | 'postgres'>;
  /** With --quick, run on the first database only: its targets (if any) do not depend on the database. */
  quickOnce?: boolean;
  /** Work before any server starts (the web build, so the servers serve it). */
  prepare?(): Promise<void>;
  run(ctx: BenchContext): Promise<SuiteResult>;
}

const suites: BenchSuite[] = [goalSuite, workoutsSuite, projectionSuite, historySuite, loadSuite, foodSearchSuite, webSuite];

async function withServer<T>(kind: 'pglite' | 'postgres', fn: (server: RunningServer) => Promise<T>): Promise<T> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-bench-'));
    const server = await startServer({ port: 0, host: '127.0.0.1', db: { kind: 'pglite', dataDir: dir } });
    try {
      return await fn(server);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // A throwaway database on the PostgreSQL server; the server migrates it at start, and it is dropped after.
  // A random suffix, not just the pid: benches in other sandboxes (other pid namespaces) share the server,
  // and a clash had one run drop the other's database mid-run.
  const dbName = `platewise_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const url = new URL(process.env.PLATEWISE_TEST_DATABASE_URL!);
  url.pathname = `/${dbName}`;
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: process.env.PLATEWISE_TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const server = await startServer({ port: 0, host: '127.0.0.1', db: { kind: 'postgres', url: url.toString() } });
  try {
    return await fn(server);
  } finally {
    await server.close();
    // The pool's connections can linger a moment after it ends; dropping under them made pg emit an unhandled error.
    for (let i = 0; i < 50; i++) {
      const left = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [dbName]);
      if (left.rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, repeat: { type: 'string', default: '1' } },
  });
  const repeat = Math.max(1, Number.parseInt(values.repeat, 10) || 1);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const unknown = [...(only ?? [])].filter((n) => !suites.some((s) => s.name === n));
  if (unknown.length) throw new Error(`bench: no suite named ${unknown.join(', ')} (suites: ${suites.map((s) => s.name).join(', ')})`);
  const kinds: Array<'pglite' | 'postgres'> = process.env.PLATEWISE_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const started = performance.now();
  for (const suite of suites.filter((s) => (!only || only.has(s.name)) && s.prepare)) await suite.prepare!();
  const details: Record<string, unknown> = {};
  const rows: TableRow[] = [];
  for (const kind of kinds) {
    const chosen = suites.filter(
      (s) => (!only || only.has(s.name)) && (s.databases ?? kinds).includes(kind) && !(values.quick && s.quickOnce && kind !== kinds[0]),
    );
    if (chosen.length === 0) continue;
    const figures = new Map<BenchSuite, Figure[][]>(chosen.map((suite) => [suite, []]));
    // Each run of the suites has a server and a database of its own: a repeat finds none of the last run's
    // accounts, catalog or history (a second food-search run would otherwise time an import of unchanged files).
    for (let r = 0; r < repeat; r++) {
      await withServer(kind, async (server) => {
        for (const suite of chosen) {
          const t0 = performance.now();
          process.stderr.write(`bench: ${suite.name} on ${kind}${repeat > 1 ? ` (run ${r + 1} of ${repeat})` : ''}…\n`);
          const result = await suite.run({ server, database: kind, quick: values.quick });
          process.stderr.write(`bench: ${suite.name} on ${kind} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
          const key = `${suite.name} (${kind})${repeat > 1 ? ` run ${r + 1}` : ''}`;
          figures.get(suite)!.push(result.figures);
          details[key] = { figures: result.figures, ...result.details };
        }
      });
    }
    for (const suite of chosen) for (const f of medianFigures(figures.get(suite)!)) rows.push({ ...f, suite: suite.name, database: kind });
  }
  const report = {
    date: new Date().toISOString(),
    version,
    quick: values.quick,
    repeat,
    seconds: (performance.now() - started) / 1000,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtEnd: os.loadavg(),
    },
    versions: { node: process.version, ...(await databaseVersions(kinds)) },
    table: rows.map((r) => ({ ...r, met: met(r) })),
    details,
  };
  console.log(formatTable(rows));
  const judged = rows.filter((r) => r.target);
  const missed = judged.filter((r) => !met(r));
  console.log(`\n${judged.length - missed.length} of ${judged.length} targets met${missed.length ? `; missed: ${missed.map((r) => `${r.what} (${r.database})`).join('; ')}` : ''}`);
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote bench/results/latest.json (${report.seconds.toFixed(0)} s)`);
}

/** The versions of the databases the run used, for latest.json. */
async function databaseVersions(kinds: Array<'pglite' | 'postgres'>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // The package's exports hide its package.json from require; read the installed file.
  out.pglite = (JSON.parse(readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  if (kinds.includes('postgres')) {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: process.env.PLATEWISE_TEST_DATABASE_URL });
    await client.connect();
    out.postgres = ((await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version) ?? 'unknown';
    await client.end();
  }
  return out;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
