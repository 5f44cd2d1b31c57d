import type pg from 'pg';
import { driverClient, type Database } from '../db.js';

/**
 * One PostgreSQL connection whose plans auto_explain shows, the nested ones too (a PL/pgSQL function's or a
 * trigger's statements): for tests of the plans a session keeps. PGlite has no auto_explain.
 */
export interface PlanRecorder {
  client: pg.PoolClient;
  /** Runs `work` on the connection and returns the plans of every statement it ran, in order. */
  record(work: (client: pg.PoolClient) => Promise<unknown>): Promise<string[]>;
  release(): void;
}

export async function planRecorder(database: Database): Promise<PlanRecorder> {
  const client = await driverClient<pg.Pool>(database.db)!.client.connect();
  const notices: string[] = [];
  client.on('notice', (n) => notices.push(n.message ?? ''));
  await client.query("LOAD 'auto_explain'");
  return {
    client,
    async record(work) {
      for (const q of ['SET auto_explain.log_min_duration = 0', 'SET auto_explain.log_nested_statements = on', 'SET client_min_messages = log']) await client.query(q);
      const from = notices.length;
      try {
        await work(client);
      } finally {
        await client.query('SET client_min_messages = notice');
      }
      return notices.slice(from).filter((n) => n.includes('Query Text:'));
    },
    release: () => client.release(),
  };
}

/** The indexes (or "Seq Scan") through which `plans` read `table`. */
export const readsOf = (plans: readonly string[], table: string): Set<string> =>
  new Set(
    plans
      .flatMap((p) => [...p.matchAll(new RegExp(`(?:Index Scan|Index Only Scan)(?: Backward)? using (\\w+) on ${table}\\b|Bitmap Index Scan on (${table}_\\w+)|(Seq Scan) on ${table}\\b`, 'g'))])
      .map((m) => (m[1] ?? m[2] ?? m[3])!),
  );
