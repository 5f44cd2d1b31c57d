/** What a request needs of a verified API token: its row (the secret only as its hash) and its owner's admin flag. */
export interface CachedToken {
  userId: string;
  id: string;
  secretHash: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  isAdmin: boolean;
  /** When the row was read from the database (ms since the epoch, by the service's clock). */
  readAt: number;
}

/**
 * Verified tokens kept in memory for `ttlMs`, so a script or app calling the API does not read its token and
 * user on every request. The secret is still checked against the hash on every request, and this process
 * forgets a token the moment it is revoked here (a read that began before the revocation is not kept either);
 * `ttlMs` bounds how long another server on the same PostgreSQL may still accept a token revoked elsewhere.
 * Oldest entries go first beyond `max`. `ttlMs` 0: off.
 */
export function createTokenCache({ ttlMs, max = 10_000 }: { ttlMs: number; max?: number }) {
  const entries = new Map<string, CachedToken>();
  // When a token, or every token of a user, was forgotten: rows read before then are stale.
  const forgotten = new Map<string, number>();
  const keyOf = (userId: string, id: string) => `${userId}.${id}`;
  const bounded = <K, V>(map: Map<K, V>, key: K, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > max) map.delete(map.keys().next().value!);
  };
  return {
    get(userId: string, id: string, nowMs: number): CachedToken | null {
      const key = keyOf(userId, id);
      const e = entries.get(key);
      if (!e) return null;
      // A clock that went back is treated like an expired entry.
      if (nowMs - e.readAt >= ttlMs || nowMs < e.readAt) {
        entries.delete(key);
        return null;
      }
      return e;
    },
    set(entry: CachedToken): void {
      if (ttlMs <= 0) return;
      const key = keyOf(entry.userId, entry.id);
      const gone = Math.max(forgotten.get(key) ?? -Infinity, forgotten.get(entry.userId) ?? -Infinity);
      if (entry.readAt <= gone) return;
      bounded(entries, key, entry);
    },
    forget(userId: string, id: string, nowMs: number): void {
      const key = keyOf(userId, id);
      entries.delete(key);
      bounded(forgotten, key, nowMs);
    },
    forgetUser(userId: string, nowMs: number): void {
      for (const [key, e] of entries) if (e.userId === userId) entries.delete(key);
      bounded(forgotten, userId, nowMs);
    },
    get size(): number {
      return entries.size;
    },
  };
}
export type TokenCache = ReturnType<typeof createTokenCache>;
