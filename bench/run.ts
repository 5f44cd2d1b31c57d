// `npm run bench [-- --quick] [-- --only NAME]`: starts a server on loopback on a fresh embedded database
// (and on PostgreSQL when PLATEWISE_TEST_DATABASE_URL is set), runs every suite, prints a table and writes
// bench/results/latest.json. Timings are compared as ratios within one run, never against fixed numbers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, version, type RunningServer } from '../src/server/main.js';
import { goalSuite } from './suites/goal.bench.js';
import { foodSearchSuite } from './suites/food-search.bench.js';
import { loadSuite } from './suites/load.bench.js';
import { balanceSuite } from './suites/balance.bench.js';
import { projectionSuite } from './suites/projection.bench.js';
import { workoutsSuite } from './suites/workouts.bench.js';

export interface BenchContext {
  server: RunningServer;
  database: 'pglite' | 'postgres';
  quick: boolean;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<Record<string, unknown>>;
}

const suites: BenchSuite[] = [goalSuite, workoutsSuite, projectionSuite, balanceSuite, loadSuite, foodSearchSuite];

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

function flatten(prefix: string, value: unknown, rows: Array<[string, string]>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix} › ${k}` : k, v, rows);
  } else {
    rows.push([prefix, typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toPrecision(4)) : String(value)]);
  }
}

async function main() {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const kinds: Array<'pglite' | 'postgres'> = process.env.PLATEWISE_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const results: Record<string, Record<string, unknown>> = {};
  for (const kind of kinds) {
    await withServer(kind, async (server) => {
      for (const suite of suites.filter((s) => !values.only || s.name === values.only)) {
        const t0 = performance.now();
        process.stderr.write(`bench: ${suite.name} on ${kind}…\n`);
        results[`${suite.name} (${kind})`] = await suite.run({ server, database: kind, quick: values.quick });
        process.stderr.write(`bench: ${suite.name} on ${kind} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      }
    });
  }
  const report = {
    date: new Date().toISOString(),
    version,
    quick: values.quick,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
    versions: { node: process.version },
    results,
  };
  const rows: Array<[string, string]> = [];
  flatten('', results, rows);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote bench/results/latest.json`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
