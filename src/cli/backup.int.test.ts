// platewise backup / restore of a whole instance, embedded (PGlite's dump of its data folder) and on
// PostgreSQL (pg_dump, and the logical dump through SQL): what comes back exports exactly as before.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../app/testing/history-data.js';
import { openServices } from '../server/main.js';
import { createPostgresDatabase } from '../store/testing/test-databases.js';
import type { Io } from './io.js';
import { run } from './main.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-backup-'));
const pgUrl = process.env.PLATEWISE_TEST_DATABASE_URL;

async function platewise(args: string[], env: { DATABASE_URL?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = env.DATABASE_URL ?? '';
  try {
    const status = await run(args, io);
    return { status, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

/** The export with its one volatile field blanked. */
const exported = (text: string) => ({ ...JSON.parse(text), exportedAt: 'volatile' });

describe('platewise backup and restore', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('backs up the embedded database and restores it into a new folder, the same to the row', { timeout: 240_000 }, async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    expect((await platewise(['import', 'hevy', fixture('hevy', 'workouts.csv'), '--data-dir', a])).status).toBe(0);
    const file = path.join(dir, 'embedded.tar.gz');
    const backup = await platewise(['backup', '--out', file, '--data-dir', a]);
    expect(backup).toMatchObject({ status: 0, out: expect.stringMatching(/^Backed up to .*embedded\.tar\.gz \(pglite, /) });
    expect((await platewise(['restore', file, '--data-dir', b])).out).toMatch(/\(pglite\)$/);
    const before = await platewise(['export', '--out', '-', '--data-dir', a]);
    const after = await platewise(['export', '--out', '-', '--data-dir', b]);
    expect(exported(after.out)).toEqual(exported(before.out));
    expect(exported(after.out).tables.workouts).toHaveLength(2);
    const again = await platewise(['restore', file, '--data-dir', b]);
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/is not empty/);
  });

  it('refuses a file that is no backup, and a PostgreSQL backup for a data folder', async () => {
    const bad = await platewise(['restore', fixture('hevy', 'workouts.csv'), '--data-dir', path.join(dir, 'c')]);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/is not a Platewise backup/);
  });

  describe.skipIf(!pgUrl)('on PostgreSQL', () => {
    const drops: Array<() => Promise<void>> = [];
    afterAll(async () => {
      for (const drop of drops) await drop();
    });

    it.each([['pg_dump'], ['logical']] as const)('backs up with %s and restores into an empty database, the same to the row', { timeout: 240_000 }, async (method) => {
      const source = await createPostgresDatabase(pgUrl!, 'platewise_bk');
      const target = await createPostgresDatabase(pgUrl!, 'platewise_rs');
      drops.push(source.drop, target.drop);
      const services = await openServices({ kind: 'postgres', url: source.url }, undefined, 'multi');
      await services.auth.addUser({ username: 'ada', password: 'correct horse battery staple' });
      await services.database.close();
      expect((await platewise(['import', 'strong', fixture('strong', 's1-comma.csv'), '--unit', 'lb', '--user', 'ada'], { DATABASE_URL: source.url })).status).toBe(0);
      const file = path.join(dir, `pg-${method}.backup`);
      const backup = await platewise(['backup', '--out', file, '--method', method], { DATABASE_URL: source.url });
      expect(backup.out).toMatch(new RegExp(`\\(${method}, `));
      if (method === 'pg_dump') expect(readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
      const restore = await platewise(['restore', file], { DATABASE_URL: target.url });
      expect(restore.status).toBe(0);
      expect(restore.out).toMatch(new RegExp(`\\(${method}\\)`));
      const before = await platewise(['export', '--out', '-', '--user', 'ada'], { DATABASE_URL: source.url });
      const after = await platewise(['export', '--out', '-', '--user', 'ada'], { DATABASE_URL: target.url });
      expect(exported(after.out)).toEqual(exported(before.out));
      expect(exported(after.out).tables.workouts).toHaveLength(2);
      // The derived bests (migrations 0011, 0013, 0020) come back as they were: copied by pg_dump, rebuilt by their triggers on a logical restore.
      const bests = async (url: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const sessions = (await client.query('select * from exercise_session_bests order by workout_id, exercise_ref')).rows;
          return {
            sessions,
            days: (await client.query('select * from exercise_day_bests order by exercise_ref, date')).rows,
            months: (await client.query('select * from exercise_month_bests order by exercise_ref, month')).rows,
            years: (await client.query('select * from exercise_year_bests order by exercise_ref, year')).rows,
          };
        } finally {
          await client.end();
        }
      };
      const kept = await bests(source.url);
      expect(kept.sessions.length).toBeGreaterThan(0);
      expect(kept.days.length).toBeGreaterThan(0);
      expect(kept.months.length).toBeGreaterThan(0);
      expect(kept.years.length).toBeGreaterThan(0);
      expect(await bests(target.url)).toEqual(kept);
      // The restored server signs in and writes as before (sequences moved on).
      const restored = await openServices({ kind: 'postgres', url: target.url }, undefined, 'multi');
      try {
        const me = await restored.auth.login({ username: 'ada', password: 'correct horse battery staple' }, { ip: '127.0.0.1' });
        await restored.body.create({ userId: me.user.id, via: 'session' }, { date: '2026-11-20', weight: '70 kg' });
      } finally {
        await restored.database.close();
      }
    });
  });
});
