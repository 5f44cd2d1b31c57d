import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { apiTokens, sessions, users } from '../store/schema/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { logIn, PASSWORD, signUp, type Client } from './testing/clients.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

const profile = { sex: 'female', age: 35, height: '165 cm', weight: '62 kg', activity: 'light', goal: 'maintain', units: 'metric' };
const limits = {
  loginPerAccount: { max: 3, windowSeconds: 900 },
  loginPerAddress: { max: 1000, windowSeconds: 900 },
  signupPerAddress: { max: 1000, windowSeconds: 3600 },
};

describe.each(testDatabases())('accounts on $name', (kind) => {
  let sut: TestServer;
  let admin: Client;
  let bob: Client;
  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi', limits } });
    admin = await signUp(sut.app, 'alice');
    bob = await signUp(sut.app, 'Bob.Smith');
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('makes the first account the admin and no other', async () => {
    const a = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json();
    const b = (await bob.request({ method: 'GET', url: '/api/auth/me' })).json();
    expect(a.user).toMatchObject({ username: 'alice', isAdmin: true });
    expect(b.user).toMatchObject({ username: 'bob.smith', isAdmin: false });
    expect(a).toMatchObject({ mode: 'multi', via: 'session' });
    expect(a.csrfToken).toBe(admin.csrfToken);
  });

  it('stores argon2id hashes, never the password', async () => {
    const [row] = await sut.services.database.db.select().from(users).where(eq(users.username, 'alice'));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const res = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: PASSWORD } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^pw_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
  });

  it('requires sign-in for the API', async () => {
    const res = await sut.app.inject({ method: 'GET', url: '/api/profile' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('requires the CSRF token on state-changing cookie requests', async () => {
    const without = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: profile, headers: { cookie: bob.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.details[0].field).toBe('x-csrf-token');
    const wrong = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: profile, headers: { cookie: bob.cookie, 'x-csrf-token': admin.csrfToken } });
    expect(wrong.statusCode).toBe(403);
    const ok = await bob.request({ method: 'PUT', url: '/api/profile', payload: profile });
    expect(ok.statusCode).toBe(200);
    // Reading needs no CSRF token.
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: bob.cookie } })).statusCode).toBe(200);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'not the password at all' } });
    const unknown = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody-here', password: 'not the password at all' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('limits failed sign-ins per account name, existing or not, and lets the right password through after the window', async () => {
    for (const name of ['carol', 'ghost']) {
      if (name === 'carol') await signUp(sut.app, 'carol');
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'wrong wrong wrong' } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    }
    const locked = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
  });

  it('rejects weak passwords and bad names, naming the field', async () => {
    const short = await sut.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username: 'dave', password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('password');
    const badName = await sut.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username: 'a b', password: PASSWORD } });
    expect(badName.json().error.details[0].field).toBe('username');
    const taken = await sut.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username: 'ALICE', password: PASSWORD } });
    expect(taken.statusCode).toBe(409);
  });

  it('lists sessions and ends them', async () => {
    const second = await logIn(sut.app, 'bob.smith');
    const list = (await bob.request({ method: 'GET', url: '/api/auth/sessions' })).json();
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const ended = await second.request({ method: 'DELETE', url: '/api/auth/sessions' });
    expect(ended.json().ended).toBeGreaterThanOrEqual(1);
    expect((await bob.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    bob = second;
    const mine = (await bob.request({ method: 'GET', url: '/api/auth/sessions' })).json();
    expect(mine).toHaveLength(1);
    const logout = await bob.request({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(200);
    expect((await bob.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    bob = await logIn(sut.app, 'bob.smith');
  });

  it('issues scoped, revocable API tokens and keeps only their hash', async () => {
    const write = (await bob.request({ method: 'POST', url: '/api/auth/tokens', payload: { name: 'script', scopes: ['read', 'write'] } })).json();
    const read = (await bob.request({ method: 'POST', url: '/api/auth/tokens', payload: { name: 'reader', scopes: ['read'] } })).json();
    expect(write.token).toMatch(/^pw\./);
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    expect((await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: profile, headers: bearer(write.token) })).statusCode).toBe(200);
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile', headers: bearer(read.token) })).statusCode).toBe(200);
    const denied = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: profile, headers: bearer(read.token) });
    expect(denied.statusCode).toBe(403);
    const minted = await sut.app.inject({ method: 'POST', url: '/api/auth/tokens', payload: { name: 'x', scopes: ['read'] }, headers: bearer(write.token) });
    expect(minted.statusCode).toBe(403);

    const listed = await bob.request({ method: 'GET', url: '/api/auth/tokens' });
    expect(listed.body).not.toContain(write.token.split('.')[3]);
    const rows = await sut.services.database.db.select().from(apiTokens).where(eq(apiTokens.userId, bob.userId));
    for (const row of rows) expect(write.token).not.toContain(row.secretHash);

    expect((await bob.request({ method: 'DELETE', url: `/api/auth/tokens/${write.id}` })).statusCode).toBe(200);
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile', headers: bearer(write.token) })).statusCode).toBe(401);
    const forged = `${write.token.slice(0, -4)}AAAA`;
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile', headers: bearer(forged) })).statusCode).toBe(401);
  });

  it('changes the password only with the current one, and ends other sessions', async () => {
    const other = await logIn(sut.app, 'bob.smith');
    const wrong = await bob.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'nope nope nope', newPassword: 'a brand new passphrase' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('currentPassword');
    const ok = await bob.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } });
    expect(ok.statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob.smith', password: PASSWORD } })).statusCode).toBe(401);
    bob = await logIn(sut.app, 'bob.smith', 'a brand new passphrase');
  });

  it('lets only the admin close sign-up', async () => {
    expect((await bob.request({ method: 'PUT', url: '/api/admin/signup', payload: { signupOpen: false } })).statusCode).toBe(403);
    expect((await admin.request({ method: 'PUT', url: '/api/admin/signup', payload: { signupOpen: false } })).statusCode).toBe(200);
    expect((await sut.app.inject({ method: 'GET', url: '/api/auth/status' })).json()).toEqual({ mode: 'multi', signupOpen: false });
    const closed = await sut.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username: 'erin', password: PASSWORD } });
    expect(closed.statusCode).toBe(403);
    await admin.request({ method: 'PUT', url: '/api/admin/signup', payload: { signupOpen: true } });
  });

  it('deletes an account with every row it owns, in one go, and says what went', async () => {
    const frank = await signUp(sut.app, 'frank');
    await frank.request({ method: 'PUT', url: '/api/profile', payload: profile });
    await frank.request({ method: 'PATCH', url: '/api/settings', payload: { weekStartsOn: 7 } });
    await frank.request({ method: 'POST', url: '/api/auth/tokens', payload: { name: 't', scopes: ['read'] } });
    await logIn(sut.app, 'frank');
    const wrong = await frank.request({ method: 'DELETE', url: '/api/auth/account', payload: { password: 'not it at all' } });
    expect(wrong.statusCode).toBe(400);
    const res = await frank.request({ method: 'DELETE', url: '/api/auth/account', payload: { password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json().removed).toMatchObject({ users: 1, profiles: 1, user_settings: 1, api_tokens: 1, sessions: 2 });
    const db = sut.services.database.db;
    expect(await db.select().from(users).where(eq(users.id, frank.userId))).toHaveLength(0);
    expect(await db.select().from(sessions).where(eq(sessions.userId, frank.userId))).toHaveLength(0);
    // Others keep everything.
    expect((await bob.request({ method: 'GET', url: '/api/profile' })).statusCode).toBe(200);
  });
});

describe.each(testDatabases())('one-person mode on $name', (kind) => {
  let sut: TestServer;
  beforeAll(async () => {
    sut = await openTestServer(await kind.open());
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('serves the local user on this machine without sign-in', async () => {
    const me = await sut.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ mode: 'single', via: 'local', user: { username: 'local' } });
  });

  it.each([
    [{ remoteAddress: '10.1.2.3' }, 'another machine'],
    [{ headers: { host: 'evil.example:8080' } }, 'a foreign host name (DNS rebinding)'],
  ])('refuses %j (%s)', async (extra, _why) => {
    const res = await sut.app.inject({ method: 'GET', url: '/api/profile', ...extra });
    expect(res.statusCode).toBe(401);
  });

  it('has no sign-up', async () => {
    const res = await sut.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username: 'zed', password: PASSWORD } });
    expect(res.statusCode).toBe(403);
  });
});
