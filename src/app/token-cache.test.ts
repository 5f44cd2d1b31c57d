import { describe, expect, it } from 'vitest';
import { createTokenCache, type CachedToken } from './token-cache.js';

const U = '00000000-0000-4000-8000-000000000001';
const V = '00000000-0000-4000-8000-000000000002';
const token = (userId: string, id: string, readAt: number): CachedToken => ({
  userId,
  id,
  secretHash: 'hash',
  scopes: ['read'],
  expiresAt: null,
  lastUsedAt: null,
  isAdmin: false,
  readAt,
});

describe('token cache', () => {
  it.each([
    [0, true],
    [4_999, true],
    [5_000, false],
    [-1, false], // the clock went back
  ])('keeps an entry read at 1000 ms for 5 s: asked %i ms later → %s', (later, kept) => {
    const sut = createTokenCache({ ttlMs: 5_000 });
    sut.set(token(U, 'a', 1_000));
    expect(sut.get(U, 'a', 1_000 + later) !== null).toBe(kept);
  });

  it('keeps nothing with a time of 0', () => {
    const sut = createTokenCache({ ttlMs: 0 });
    sut.set(token(U, 'a', 1_000));
    expect(sut.get(U, 'a', 1_000)).toBeNull();
  });

  it('forgets a token, and refuses a row of it read before it was forgotten', () => {
    const sut = createTokenCache({ ttlMs: 5_000 });
    sut.set(token(U, 'a', 1_000));
    sut.set(token(U, 'b', 1_000));
    sut.forget(U, 'a', 1_500);
    expect(sut.get(U, 'a', 1_600)).toBeNull();
    expect(sut.get(U, 'b', 1_600)).not.toBeNull();
    // A request that read the row at 1400, before the revocation, finishes after it.
    sut.set(token(U, 'a', 1_400));
    expect(sut.get(U, 'a', 1_600)).toBeNull();
  });

  it('forgets every token of a user and no one else’s', () => {
    const sut = createTokenCache({ ttlMs: 5_000 });
    sut.set(token(U, 'a', 1_000));
    sut.set(token(U, 'b', 1_000));
    sut.set(token(V, 'c', 1_000));
    sut.forgetUser(U, 1_200);
    expect([sut.get(U, 'a', 1_300), sut.get(U, 'b', 1_300)]).toEqual([null, null]);
    expect(sut.get(V, 'c', 1_300)).not.toBeNull();
    sut.set(token(U, 'b', 1_100));
    expect(sut.get(U, 'b', 1_300)).toBeNull();
  });

  it('drops the oldest entry beyond its size', () => {
    const sut = createTokenCache({ ttlMs: 5_000, max: 2 });
    for (const id of ['a', 'b', 'c']) sut.set(token(U, id, 1_000));
    expect(sut.size).toBe(2);
    expect(sut.get(U, 'a', 1_000)).toBeNull();
    expect(sut.get(U, 'c', 1_000)).not.toBeNull();
  });
});
