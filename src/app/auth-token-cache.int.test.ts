// API tokens are trusted from memory for a few seconds (token-cache.ts): what that may and may not change.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../store/schema/index.js';
import type { Database } from '../store/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import { createServices, type Services } from './index.js';

/** A clock the test moves by hand. */
function manualClock(iso: string): Clock & { advance(ms: number): void } {
  let t = new Date(iso).getTime();
  return { now: () => new Date(t), today: () => new Date(t).toISOString().slice(0, 10), advance: (ms) => void (t += ms) };
}

describe.each(testDatabases())('API tokens trusted from memory on $name', (kind) => {
  let database: Database;
  const clock = manualClock('2026-11-21T12:00:00Z');
  // Two servers on one database, each with its own memory (PostgreSQL deployments may run several).
  let one: Services;
  let two: Services;
  let alice: Actor;

  beforeAll(async () => {
    database = await kind.open();
    one = createServices(database, clock, { auth: { mode: 'multi', tokenCacheSeconds: 5 } });
    two = createServices(database, clock, { auth: { mode: 'multi', tokenCacheSeconds: 5 } });
    const user = await one.auth.addUser({ username: 'alice', password: 'a long enough password' });
    alice = { userId: user.id, via: 'session' };
  });
  afterAll(async () => {
    await database?.close();
  });

  const mint = async (scopes: Array<'read' | 'write'> = ['read', 'write'], expiresInDays?: number) =>
    one.auth.createToken(alice, { name: 'script', scopes, expiresInDays });

  it('still checks the secret of a token it trusts', async () => {
    const t = await mint();
    expect(await one.auth.authenticateToken(t.token)).toMatchObject({ userId: alice.userId, via: 'token', scopes: ['read', 'write'] });
    expect(await one.auth.authenticateToken(`${t.token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
  });

  it('stops a token revoked on this server at once', async () => {
    const t = await mint();
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
    await one.auth.revokeToken(alice, t.id);
    expect(await one.auth.authenticateToken(t.token)).toBeNull();
  });

  it('stops a token revoked on another server within the cache time, and reads it again after', async () => {
    const t = await mint();
    expect(await two.auth.authenticateToken(t.token)).not.toBeNull();
    await one.auth.revokeToken(alice, t.id);
    expect(await one.auth.authenticateToken(t.token)).toBeNull();
    clock.advance(5_000);
    expect(await two.auth.authenticateToken(t.token)).toBeNull();
  });

  it('reads the token again once the cache time has passed (a row removed behind its back)', async () => {
    const t = await mint();
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
    await database.db.delete(apiTokens).where(eq(apiTokens.id, t.id));
    clock.advance(4_999);
    // Within the cache time the row is not read again: that is the saving, and the bound.
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
    clock.advance(1);
    expect(await one.auth.authenticateToken(t.token)).toBeNull();
  });

  it('refuses a trusted token once it expires', async () => {
    const t = await mint(['read'], 1);
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
    clock.advance(86_400_000);
    expect(await one.auth.authenticateToken(t.token)).toBeNull();
  });

  it('records use at most every five minutes, also from memory', async () => {
    const t = await mint();
    const lastUsed = async () => (await database.db.select().from(apiTokens).where(eq(apiTokens.id, t.id)))[0]!.lastUsedAt?.getTime();
    await one.auth.authenticateToken(t.token);
    const first = await lastUsed();
    expect(first).toBe(clock.now().getTime());
    clock.advance(1_000);
    await one.auth.authenticateToken(t.token);
    expect(await lastUsed()).toBe(first);
  });

  it('stops every token of a deleted account at once', async () => {
    const bob = await one.auth.addUser({ username: 'bob', password: 'a long enough password' });
    const t = await one.auth.createToken({ userId: bob.id, via: 'session' }, { name: 'x', scopes: ['read'] });
    expect(await one.auth.authenticateToken(t.token)).not.toBeNull();
    await one.auth.deleteAccount({ userId: bob.id, via: 'session' }, { password: 'a long enough password' });
    expect(await one.auth.authenticateToken(t.token)).toBeNull();
  });
});
