// Two server processes on one PostgreSQL database: stateless servers, sessions in the database, and a
// graceful stop that answers what it already accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../store/testing/test-databases.js';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';

const adminUrl = process.env.PLATEWISE_TEST_DATABASE_URL;

// Runs wherever PostgreSQL is configured (CI always sets PLATEWISE_TEST_DATABASE_URL); PGlite opens a data
// directory in one process only, so there is no embedded variant of this test to run instead.
describe.skipIf(!adminUrl)('two servers on one PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  let one: SpawnedServer;
  let two: SpawnedServer;

  beforeAll(async () => {
    db = await createPostgresDatabase(adminUrl!);
    // Both start at once: the migration lock lets one migrate while the other waits.
    [one, two] = await Promise.all([spawnServer([], { DATABASE_URL: db.url }), spawnServer([], { DATABASE_URL: db.url })]);
  }, 120_000);
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await db?.drop();
  });

  it('requires accounts on PostgreSQL', async () => {
    const status = await (await fetch(`${one.url}/api/auth/status`)).json();
    expect(status).toEqual({ mode: 'multi', signupOpen: true });
    expect((await fetch(`${two.url}/api/profile`)).status).toBe(401);
  });

  it('signs in on one server and works on the other', async () => {
    const res = await fetch(`${one.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'roamer', password: 'a password long enough' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = await res.json();
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const put = await fetch(`${two.url}/api/profile`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ sex: 'male', age: 41, height: '6 ft', weight: '190 lb', activity: 'light', goal: 'lose-1', units: 'imperial' }),
    });
    expect(put.status).toBe(200);
    const fromOne = await (await fetch(`${one.url}/api/goal`, { headers })).json();
    const fromTwo = await (await fetch(`${two.url}/api/goal`, { headers })).json();
    expect(fromOne).toEqual(fromTwo);
    expect(fromOne.dailyDeltaKcal).toBe(-500);

    // Both serve the same user at once.
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => fetch(`${i % 2 ? one.url : two.url}/api/profile`, { headers }).then((r) => r.status)));
    expect(answers.every((s) => s === 200)).toBe(true);

    // Ending the session on one server ends it on both.
    expect((await fetch(`${one.url}/api/auth/logout`, { method: 'POST', headers })).status).toBe(200);
    expect((await fetch(`${two.url}/api/auth/me`, { headers })).status).toBe(401);
  });

  it('stops gracefully: requests it accepted are answered, then it exits 0', async () => {
    const inFlight = Array.from({ length: 30 }, () =>
      fetch(`${two.url}/api/health`).then(
        (r) => r.status,
        (e: Error) => e.message,
      ),
    );
    await new Promise((r) => setTimeout(r, 5));
    const code = await two.stop();
    const statuses = await Promise.all(inFlight);
    expect(code).toBe(0);
    // Each request got an answer (200, or 503 once closing began) or was never accepted; none was cut off midway.
    for (const s of statuses) expect([200, 503, 'fetch failed']).toContain(s);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  });
});
