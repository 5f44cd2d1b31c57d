import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/main.js';
import type { Io } from './io.js';
import { run } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

describe('platewise api and whoami against a running multi-user server', () => {
  let server: RunningServer;
  let token: string;
  let readOnly: string;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', db: { kind: 'pglite', dataDir: null }, multiUser: true });
    const signedIn = await server.services.auth.signup({ username: 'scripter', password: 'long enough password' }, { ip: '127.0.0.1' });
    const actor = { userId: signedIn.user.id, via: 'session' as const };
    token = (await server.services.auth.createToken(actor, { name: 'cli', scopes: ['read', 'write'] })).token;
    readOnly = (await server.services.auth.createToken(actor, { name: 'ro', scopes: ['read'] })).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('says who the token is', async () => {
    const { io, out } = capture();
    expect(await run(['whoami', '--server', server.url, '--token', token], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ user: { username: 'scripter' }, via: 'token' });
  });

  it('writes and reads through the API', async () => {
    const body = JSON.stringify({ sex: 'male', age: 28, height: '180 cm', weight: '75 kg', activity: 'very', goal: 'gain-0.25kg', units: 'metric' });
    const put = capture();
    expect(await run(['api', 'put', '/api/profile', '--data', body, '--server', server.url, '--token', token], put.io)).toBe(0);
    const get = capture();
    expect(await run(['api', 'GET', '/api/goal', '--server', server.url, '--token', token], get.io)).toBe(0);
    expect(JSON.parse(get.out[0]!).dailyDeltaKcal).toBe(275);
  });

  it.each([
    [['api', 'PUT', '/api/settings', '--data', '{}'], 'read-only', /403 This token may only read/],
    [['api', 'GET', '/api/goal'], 'none', /401/],
    [['api', 'GET', '/api/goal'], 'bogus', /401 The token is not valid/],
  ])('exits 1 with the server’s message: %j with a %s token', async (args, which, message) => {
    const { io, err } = capture();
    const t = which === 'read-only' ? readOnly : which === 'bogus' ? 'pw.nope' : undefined;
    const sut = await run([...args, '--server', server.url, ...(t ? ['--token', t] : [])], io);
    expect(sut).toBe(1);
    expect(err.join('\n')).toMatch(message);
  });

  it.each([
    [['api', 'GET'], /give METHOD and PATH/],
    [['api', 'FETCH', '/api/goal'], /not an HTTP method/],
    [['api', 'POST', '/api/x', '--data', '{nope'], /--data: is not valid JSON/],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const { io, err } = capture();
    expect(await run(args, io)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });
});
