// POST /api/imports/:format with the file as the body, the saved exercise choices, and GET /api/export:
// user-scoped, a 4xx naming the field for anything wrong (garbage included), never a 500.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, STRONG_CSV } from '../app/testing/history-data.js';
import { listZip } from '../app/importers/zip.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

const upload = (client: Client, format: string, body: Buffer | string, query = '', contentType = 'application/octet-stream') =>
  client.request({ method: 'POST', url: `/api/imports/${format}${query}`, payload: body, headers: { 'content-type': contentType } });

describe.each(testDatabases())('imports and exports over HTTP on $name', (kind) => {
  let sut: TestServer;
  let ada: Client;
  let bob: Client;

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi' } });
    await sut.services.exercises.ensureStarterCatalog();
    ada = await signUp(sut.app, 'ada');
    bob = await signUp(sut.app, 'bob');
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('dry-runs an upload, imports it, and adds nothing the second time', async () => {
    const file = readFileSync(fixture('strong', 's1-comma.csv'));
    const dry = await upload(ada, 'strong', file, '?dryRun=true&unit=lb&filename=strong.csv', 'text/csv');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ source: 'strong', dryRun: true, workouts: 2, rejected: [expect.objectContaining({ line: 13 }), expect.objectContaining({ line: 15 }), expect.objectContaining({ line: 16 })] });
    expect((await ada.request({ method: 'GET', url: '/api/workouts' })).json()).toEqual([]);
    const real = await upload(ada, 'strong', file, '?unit=lb');
    expect(real.json()).toMatchObject({ dryRun: false, workouts: 2, alreadyImported: 0 });
    expect((await upload(ada, 'strong', file, '?unit=lb')).json()).toMatchObject({ workouts: 0, alreadyImported: 2 });
    expect((await ada.request({ method: 'GET', url: '/api/workouts' })).json()).toHaveLength(2);
    expect((await bob.request({ method: 'GET', url: '/api/workouts' })).json()).toEqual([]);
  });

  it('names what is missing or wrong: the unit, the body, its type', async () => {
    const noUnit = await upload(ada, 'strong', readFileSync(STRONG_CSV), '?dryRun=true');
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.details[0]).toMatchObject({ field: 'unit' });
    const json = await ada.request({ method: 'POST', url: '/api/imports/strong', payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.details[0].field).toBe('body');
    const empty = await upload(ada, 'hevy', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect((await upload(ada, 'nonsense', 'x')).statusCode).toBe(400);
  });

  it('refuses a body over 50 MB with 413', async () => {
    const res = await upload(ada, 'hevy', Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers garbage in every format with a 4xx naming the field, never a 500', async () => {
    const garbage = [
      randomBytes(4096),
      Buffer.from('PK\u0003\u0004 not really a zip'),
      Buffer.concat([readFileSync(fixture('apple-health', 'export.zip')).subarray(0, 700)]),
      Buffer.from('"unclosed,quote\n1,2,3'),
      Buffer.from('<HealthData><Record type="HKQuantityTypeIdentifierBodyMass" value="1e400" unit="kg" startDate="2024-01-01 07:00:00 -0600"/></HealthData>'),
      Buffer.from('Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2024-01-01 10:00:00,W\u0000,1m,Squat\u0000,1,1e308,99999999999,0,0,,,42\n'),
      Buffer.from('Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2024-01-02 10:00:00,W\u0000,1m,Squat\u0000 (Barbell),1,100,5,0,0,note\u0000,\u0000,\n'),
      Buffer.from('{"format":"platewise-export","version":1,"tables":{"workouts":[{"id":"nope"}],"body_entries":"x"}}'),
      Buffer.from('{"format":"platewise-export","version":1,"tables":{"workouts":[{"id":"00000000-0000-4000-8000-000000000001","date":"2024-13-45","name":"\\u0000","notes":"","created_at":"x","updated_at":"2024-01-01T00:00:00Z"}],"workout_sets":[{"workout_id":"00000000-0000-4000-8000-000000000009","exercise_position":1,"position":1,"set_type":"normal","completed":true}]}}'),
      Buffer.from('{"format":"platewise-export","version":99,"tables":{}}'),
    ];
    const problems: string[] = [];
    for (const format of ['strong', 'hevy', 'mfp', 'cronometer', 'apple-health', 'platewise']) {
      for (const [i, body] of garbage.entries()) {
        const res = await upload(bob, format, body, '?unit=kg');
        if (res.statusCode >= 500) problems.push(`${format} #${i} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode === 400 && !res.json().error.details?.[0]?.field) problems.push(`${format} #${i} → 400 without a field`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('saves, lists and forgets exercise choices per person', async () => {
    const [squat] = (await ada.request({ method: 'GET', url: '/api/exercises?q=Barbell%20Back%20Squat&limit=1' })).json();
    const put = await ada.request({ method: 'PUT', url: '/api/imports/exercise-mappings', payload: { mappings: [{ name: 'Squat (Smith-ish)', exerciseId: squat.id }, { name: 'Intensity', exerciseId: null }] } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual([
      { name: 'Intensity', exerciseId: null },
      { name: 'Squat (Smith-ish)', exerciseId: squat.id },
    ]);
    expect((await bob.request({ method: 'GET', url: '/api/imports/exercise-mappings' })).json()).toEqual([]);
    expect((await bob.request({ method: 'DELETE', url: '/api/imports/exercise-mappings?name=Intensity' })).statusCode).toBe(404);
    expect((await ada.request({ method: 'DELETE', url: '/api/imports/exercise-mappings?name=intensity' })).statusCode).toBe(200);
    const bad = await ada.request({ method: 'PUT', url: '/api/imports/exercise-mappings', payload: { mappings: [{ name: 'X', exerciseId: '00000000-0000-4000-8000-000000000000' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('mappings.0.exerciseId');
  });

  it('exports JSON and a zip of CSVs, and reads the JSON back into another person idempotently', async () => {
    const res = await ada.request({ method: 'GET', url: '/api/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="platewise-2026-11-21\.json"/);
    const doc = res.json();
    expect(doc).toMatchObject({ format: 'platewise-export', version: 1, user: { username: 'ada' } });
    expect(doc.tables.workouts).toHaveLength(2);
    expect(doc.tables.sessions).toBeUndefined();
    expect(doc.tables.api_tokens).toBeUndefined();

    const zip = await ada.request({ method: 'GET', url: '/api/export?format=csv' });
    expect(zip.headers['content-type']).toBe('application/zip');
    const file = `${process.env.TMPDIR ?? '/tmp'}/platewise-export-test-${kind.name}.zip`;
    (await import('node:fs')).writeFileSync(file, zip.rawPayload);
    expect(listZip(file).map((e) => e.name)).toEqual(['diary.csv', 'workouts.csv', 'body.csv', 'sleep.csv']);

    const cyd = await signUp(sut.app, 'cyd');
    const into = await upload(cyd, 'platewise', res.rawPayload, '?filename=platewise.json', 'application/json');
    // JSON is also a file here only when sent as a file; application/json bodies are requests.
    expect(into.statusCode).toBe(400);
    const imported = await upload(cyd, 'platewise', res.rawPayload);
    expect(imported.json()).toMatchObject({ source: 'platewise', workouts: 2, rejected: [] });
    expect((await upload(cyd, 'platewise', res.rawPayload)).json()).toMatchObject({ workouts: 0, sets: 0 });
    expect((await cyd.request({ method: 'GET', url: '/api/workouts' })).json()).toHaveLength(2);
  });
});
