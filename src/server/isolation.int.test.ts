// User B can read, change or delete nothing of user A's, through any route the server documents. The
// routes come from /api/openapi.json, so a route added later is walked too without touching this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { fillPath, operationsOf, queryString, resolve, sample, type OpenApiDoc, type Operation } from './testing/openapi-walk.js';
import { seedUser } from './testing/seeds.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

const MARK_A = 'alicemark';
const MARK_B = 'bobmark';

/** Routes that only ever act on the caller themself and would end the attacker's own session. */
const SELF_ONLY = new Set(['POST /api/auth/logout', 'DELETE /api/auth/sessions', 'DELETE /api/auth/account', 'POST /api/auth/password', 'POST /api/auth/signup', 'POST /api/auth/login']);

const key = (op: Operation) => `${op.method} ${op.path}`;

function request(client: Client, doc: OpenApiDoc, op: Operation, params: Record<string, string>, text: string) {
  const query: Record<string, unknown> = {};
  for (const q of op.query) if (q.required) query[q.name] = sample(q.schema, doc, text, q.name);
  return client.request({
    method: op.method,
    url: fillPath(op.path, params) + queryString(query),
    ...(op.body ? { payload: sample(op.body, doc, text) as object } : {}),
  });
}

/** Default values of each path parameter besides ids (a date, a name), from the schema. */
function sampleParams(doc: OpenApiDoc, op: Operation): Record<string, string> {
  const raw = doc.paths[op.path.replace(/:(\w+)/g, '{$1}')]?.[op.method.toLowerCase()]?.parameters ?? [];
  return Object.fromEntries(raw.filter((p) => p.in === 'path').map((p) => [p.name, String(sample(resolve(p.schema, doc), doc, 'x', p.name))]));
}

describe.each(testDatabases())('isolation between users on $name', (kind) => {
  let sut: TestServer;
  let doc: OpenApiDoc;
  let alice: Client;
  let bob: Client;
  const aliceIds = new Set<string>();

  /** What A sees through every GET route: the thing that must not change while B tries. */
  async function viewOf(client: Client): Promise<Record<string, { status: number; body: string }>> {
    const view: Record<string, { status: number; body: string }> = {};
    for (const op of operationsOf(doc).filter((o) => o.method === 'GET')) {
      const tries = op.pathParams.length === 0 ? [{}] : [...aliceIds].map((id) => Object.fromEntries(op.pathParams.map((p) => [p, id])));
      for (const params of tries) {
        const res = await request(client, doc, op, params, MARK_A);
        // The session list shows when each session was last seen, which the walk itself may move.
        const body = op.path === '/api/auth/sessions' ? JSON.stringify(res.json().map((s: { id: string }) => s.id)) : res.body;
        view[`${key(op)} ${JSON.stringify(params)}`] = { status: res.statusCode, body };
      }
    }
    return view;
  }

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi' } });
    doc = (await sut.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    alice = await signUp(sut.app, 'alice');
    bob = await signUp(sut.app, 'bob');
    for (const id of await seedUser(alice, MARK_A)) aliceIds.add(id);
    await seedUser(bob, MARK_B);
    // Whatever else A can create, created through every route that takes a body and no id.
    for (const op of operationsOf(doc)) {
      if (op.method === 'GET' || op.method === 'DELETE' || op.pathParams.length > 0 || SELF_ONLY.has(key(op)) || op.path.startsWith('/api/admin')) continue;
      const res = await request(alice, doc, op, {}, MARK_A);
      const id = res.statusCode < 300 ? (res.json() as { id?: unknown }).id : undefined;
      if (typeof id === 'string') aliceIds.add(id);
    }
    for (const s of (await alice.request({ method: 'GET', url: '/api/auth/sessions' })).json()) aliceIds.add(s.id);
    for (const t of (await alice.request({ method: 'GET', url: '/api/auth/tokens' })).json()) aliceIds.add(t.id);
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('has something of A to protect', () => {
    expect(aliceIds.size).toBeGreaterThanOrEqual(3);
  });

  it('lets B reach none of A’s rows through any route, and leaves A’s data as it was', { timeout: 600_000 }, async () => {
    const before = await viewOf(alice);
    expect(JSON.stringify(before)).toContain(MARK_A);
    const walked: string[] = [];
    const leaks: string[] = [];
    for (const op of operationsOf(doc)) {
      if (SELF_ONLY.has(key(op))) continue;
      walked.push(key(op));
      if (op.pathParams.length === 0) {
        const res = await request(bob, doc, op, {}, MARK_B);
        if (res.statusCode >= 500) leaks.push(`${key(op)} → ${res.statusCode}`);
        if (res.body.includes(MARK_A)) leaks.push(`${key(op)} shows A's data`);
        continue;
      }
      // B's own sample values (a date, say) must show B's data only; A's ids must find nothing.
      const own = await request(bob, doc, op, sampleParams(doc, op), MARK_B);
      if (own.body.includes(MARK_A)) leaks.push(`${key(op)} with B's params shows A's data`);
      for (const id of aliceIds) {
        const params = Object.fromEntries(op.pathParams.map((p) => [p, id]));
        const res = await request(bob, doc, op, params, MARK_B);
        if (res.statusCode < 400 || res.statusCode >= 500) leaks.push(`${key(op)} with A's id ${id} → ${res.statusCode}`);
        if (res.body.includes(MARK_A)) leaks.push(`${key(op)} with A's id shows A's data`);
      }
    }
    expect(leaks).toEqual([]);
    expect(walked.length).toBe(operationsOf(doc).length - SELF_ONLY.size);
    expect(await viewOf(alice)).toEqual(before);
  });

  it('ends no session of A when B names A’s session', async () => {
    const sessions = (await alice.request({ method: 'GET', url: '/api/auth/sessions' })).json();
    for (const s of sessions) {
      expect((await bob.request({ method: 'DELETE', url: `/api/auth/sessions/${s.id}` })).statusCode).toBe(404);
    }
    expect((await alice.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});
