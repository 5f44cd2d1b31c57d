// Malformed, oversized and hostile bodies, query strings and ids sent to every documented route: the
// answer is a 4xx that names the field (never a 500), and nothing stored changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { fillPath, HOSTILE_STRINGS, hostileBodies, operationsOf, queryString, sample, type OpenApiDoc, type Operation } from './testing/openapi-walk.js';
import { seedUser } from './testing/seeds.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

const SELF_ENDING = new Set(['POST /api/auth/logout', 'DELETE /api/auth/sessions', 'DELETE /api/auth/account', 'POST /api/auth/password']);
const key = (op: Operation) => `${op.method} ${op.path}`;

describe.each(testDatabases())('hostile input on $name', (kind) => {
  let sut: TestServer;
  let doc: OpenApiDoc;
  let fuzzer: Client;
  let bystander: Client;

  /** Everything a user sees through the GET routes without ids: must not move under rejected requests. */
  async function viewOf(client: Client): Promise<string> {
    const parts: string[] = [];
    for (const op of operationsOf(doc).filter((o) => o.method === 'GET' && o.pathParams.length === 0)) {
      const query: Record<string, unknown> = {};
      for (const q of op.query) if (q.required) query[q.name] = sample(q.schema, doc, 'x', q.name);
      const res = await client.request({ method: 'GET', url: op.path + queryString(query) });
      parts.push(`${op.path} ${res.statusCode} ${op.path === '/api/auth/sessions' ? res.json().length : res.body}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi' } });
    doc = (await sut.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    fuzzer = await signUp(sut.app, 'mallory');
    bystander = await signUp(sut.app, 'victor');
    await seedUser(fuzzer, 'malmark');
    await seedUser(bystander, 'vicmark');
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('answers every hostile request with a 4xx naming the field, and changes nothing it rejected', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const bystanderBefore = await viewOf(bystander);
    let sent = 0;
    for (const op of operationsOf(doc)) {
      if (SELF_ENDING.has(key(op))) continue;
      const valid = op.body ? sample(op.body, doc, 'fuzz') : undefined;
      const cases: Array<{ url: string; payload?: string; headers?: Record<string, string> }> = [];
      const params = (v: string) => Object.fromEntries(op.pathParams.map((p) => [p, v]));
      const base = fillPath(op.path, params('00000000-0000-4000-8000-000000000000'));
      for (const bad of HOSTILE_STRINGS) {
        if (op.pathParams.length > 0) cases.push({ url: fillPath(op.path, params(bad)), ...(valid ? { payload: JSON.stringify(valid) } : {}) });
        for (const q of op.query) cases.push({ url: `${base}?${q.name}=${encodeURIComponent(bad)}&${q.name}=again`, ...(valid ? { payload: JSON.stringify(valid) } : {}) });
      }
      if (op.body) {
        for (const body of hostileBodies(op.body, doc, valid)) cases.push({ url: base, payload: JSON.stringify(body) });
        cases.push({ url: base, payload: '{"unterminated": ' });
        cases.push({ url: base, payload: `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}` });
        cases.push({ url: base, payload: JSON.stringify({ big: 'x'.repeat(2_000_000) }) });
        cases.push({ url: base, payload: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      }
      // Stored data is compared around each route's batch of requests: when every request of the batch was
      // refused, nothing may have changed. (A batch that had a valid request is re-baselined instead.)
      const before = op.method === 'GET' ? null : await viewOf(fuzzer);
      let accepted = 0;
      for (const c of cases) {
        const res = await fuzzer.request({
          method: op.method,
          url: c.url,
          ...(c.payload !== undefined ? { payload: c.payload, headers: { 'content-type': 'application/json', ...c.headers } } : {}),
        });
        sent++;
        const label = `${key(op)} ${c.url.slice(0, 80)} ${String(c.payload).slice(0, 60)}`;
        if (res.statusCode < 400) accepted++;
        if (res.statusCode >= 500) problems.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400) {
          const error = (res.json() as { error?: { code?: string; details?: Array<{ field?: string }> } }).error;
          if (!error?.code) problems.push(`${label} → ${res.statusCode} without an error body`);
          if (res.statusCode === 400 && !(error?.details?.length && error.details.every((d) => typeof d.field === 'string' && d.field.length > 0))) {
            problems.push(`${label} → 400 without the field named: ${res.body.slice(0, 200)}`);
          }
        }
      }
      if (before !== null && accepted === 0 && (await viewOf(fuzzer)) !== before) problems.push(`${key(op)}: refused requests changed stored data`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(100);
    expect(await viewOf(bystander)).toBe(bystanderBefore);
  });
});
