// Composition root: the one server file that wires the store in. Nothing opens a connection at import.
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import type { FastifyInstance } from 'fastify';
import type { AuthMode, Services } from '../app/index.js';
import { systemClock, type Clock } from '../app/clock.js';
import { createDb, packagePath, type Database, type DbConfig } from '../store/index.js';

export const version: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

/** Where the embedded database lives unless told otherwise. */
export function defaultDataDir(): string {
  return process.env.PLATEWISE_DATA_DIR ?? path.join(os.homedir(), '.local', 'share', 'platewise');
}

/** PostgreSQL when a URL is given, else PGlite in the data directory. */
export function dbConfigFrom(opts: { databaseUrl?: string | null; dataDir?: string | null }): DbConfig {
  if (opts.databaseUrl) return { kind: 'postgres', url: opts.databaseUrl };
  return { kind: 'pglite', dataDir: opts.dataDir ?? defaultDataDir() };
}

/** Accounts are required with --multi-user, PLATEWISE_MULTI_USER=1, or any PostgreSQL deployment. */
export function authModeFor(db: DbConfig, multiUser: boolean): AuthMode {
  return multiUser || db.kind === 'postgres' ? 'multi' : 'single';
}

/**
 * Opens the database, migrates it, and wires every service; the CLI and the server share this. The database
 * opens (PGlite compiles and starts its WebAssembly) while the services' modules load, not after.
 */
export async function openServices(config: DbConfig, clock: Clock = systemClock, mode: AuthMode = authModeFor(config, false)): Promise<Services> {
  const [database, { createServices }] = await Promise.all([openMigrated(config), import('../app/index.js')]);
  const services = createServices(database, clock, { version, auth: { mode } });
  // Our starter exercises (data/exercises.json); a no-op after the first start unless the file changed.
  await services.exercises.ensureStarterCatalog();
  // Our starter foods (data/foods.json), so a fresh install can log at once; a no-op after the first start.
  await services.foodImports.loadStarterCatalog();
  return services;
}

async function openMigrated(config: DbConfig): Promise<Database> {
  const database = await createDb(config);
  await database.migrate();
  return database;
}

export interface StartOptions {
  port?: number;
  host?: string;
  db: DbConfig;
  clock?: Clock;
  logger?: boolean;
  multiUser?: boolean;
  trustProxy?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  url: string;
  /** Stops accepting, finishes requests in flight, then closes the database. */
  close(): Promise<void>;
}

/** Starts the whole app: database, migrations, local user, HTTP. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const mode = authModeFor(opts.db, opts.multiUser ?? false);
  const [services, { buildServer }] = await Promise.all([openServices(opts.db, opts.clock, mode), import('./app.js')]);
  const local = mode === 'single' ? await services.users.ensureLocalUser() : null;
  const app = await buildServer({
    services,
    localUserId: local?.id ?? null,
    trustProxy: opts.trustProxy ?? false,
    webRoot: packagePath('dist', 'web'),
    logger: opts.logger ?? false,
  });
  const address = await app.listen({ port: opts.port ?? 8080, host: opts.host ?? 'localhost' });
  return {
    app,
    services,
    url: address.replace('[::1]', 'localhost'),
    async close() {
      await app.close();
      await services.database.close();
    },
  };
}

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it collects again:
 * 50% instead of the up to 300% it picks on a machine with a large heap limit. Under a sustained load on
 * PostgreSQL ~30 MiB survive, and the heap swung between that and ~110 MiB: the server's RSS, sampled each second
 * over 30 s, was 146-173 MiB (median) and up to 198 MiB. At 50% it was 119-123 MiB and at most 126 MiB, for 3-4x
 * as many full collections: GC pauses +0.2-0.4 s per 30 s, and server CPU per request +5-10% with the marking
 * threads (requests per second unchanged within the noise). A collection heuristic, not a limit: live
 * data can still grow the heap as far as it needs. V8 reads it at every full collection, so it is set here rather
 * than on every command line that starts a server (npm start, platewise serve, the tests', Playwright's, the bench's).
 */
export const HEAP_GROWING_PERCENT = 50;

/** Runs the server from command-line arguments until SIGINT or SIGTERM. */
export async function main(argv: string[]): Promise<void> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      fresh: { type: 'boolean', default: false },
      'multi-user': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: '${values.port}' is not a port number`);
    process.exit(2);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const databaseUrl = process.env.DATABASE_URL || null;
  if (values.fresh && !databaseUrl) rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({
    port,
    host: values.host ?? process.env.HOST,
    db: dbConfigFrom({ databaseUrl, dataDir }),
    logger: !values.quiet,
    multiUser: values['multi-user'] || process.env.PLATEWISE_MULTI_USER === '1',
    trustProxy: process.env.PLATEWISE_TRUST_PROXY === '1',
  });
  const where = databaseUrl ? 'PostgreSQL' : `the embedded database in ${dataDir}`;
  const mode = server.services.auth.config.mode === 'multi' ? 'accounts required' : 'one-person mode';
  console.log(`Platewise ${version} is serving ${server.url} on ${where} (${mode})`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
