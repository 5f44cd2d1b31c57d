import { hash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from '../core/errors.js';
import type { AuthRepository, SessionRow, UsersRepository, UserRow } from '../store/index.js';
import { requireAdmin, requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';
import { createTokenCache } from './token-cache.js';

export type AuthMode = 'single' | 'multi';
export type TokenScope = 'read' | 'write';
export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write'];

interface Limit {
  max: number;
  windowSeconds: number;
}

export interface AuthConfig {
  mode: AuthMode;
  sessionDays: number;
  /** How long a verified API token is trusted from memory (see token-cache.ts); 0 reads it on every request. */
  tokenCacheSeconds: number;
  limits: { loginPerAccount: Limit; loginPerAddress: Limit; signupPerAddress: Limit };
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  mode: 'single',
  sessionDays: 30,
  tokenCacheSeconds: 5,
  limits: {
    // Failed sign-ins per account name (existing or not), and all sign-in attempts per address.
    loginPerAccount: { max: 5, windowSeconds: 15 * 60 },
    loginPerAddress: { max: 30, windowSeconds: 15 * 60 },
    signupPerAddress: { max: 10, windowSeconds: 60 * 60 },
  },
};

export interface RequestMeta {
  ip: string;
  userAgent?: string | undefined;
}

export interface PublicUser {
  id: string;
  username: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface SignedIn {
  user: PublicUser;
  csrfToken: string;
  /** The cookie value: user id, session id and secret. */
  sessionCookie: string;
  expiresAt: Date;
}

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

export interface TokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

const SIGNUP_OPEN_KEY = 'signupOpen';
const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,31}$/;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

// The one-shot hash: on every API request, and 0.3 µs against createHash's 0.9.
const sha256 = (s: string) => hash('sha256', s, 'hex');
const secret = (bytes = 32) => randomBytes(bytes).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Compares two strings in time that depends only on their length. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Splits `a.b.c` credentials into a user id, a row id and a secret; null when malformed. */
function splitCredential(value: string, prefix = ''): { userId: string; id: string; secret: string } | null {
  if (!value.startsWith(prefix)) return null;
  const [userId, id, s, ...rest] = value.slice(prefix.length).split('.');
  if (rest.length > 0 || !userId || !id || !s || !UUID.test(userId) || !UUID.test(id)) return null;
  return { userId, id, secret: s };
}

function normalizeUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw ValidationError.field('username', 'must be 3–32 characters: letters, digits, and . _ - (starting with a letter or digit)');
  }
  return username;
}

const publicUser = (u: UserRow): PublicUser => ({ id: u.id, username: u.username, isAdmin: u.isAdmin, createdAt: u.createdAt.toISOString() });

/** Accounts, sign-in sessions, API tokens and rate limits (OWASP ASVS level 2 where it applies). */
export function createAuthService(deps: { users: UsersRepository; auth: AuthRepository; clock: Clock; config: AuthConfig; deleteEverything: (userId: string) => Promise<Record<string, number>> }) {
  const { users, auth, clock, config } = deps;
  const tokens = createTokenCache({ ttlMs: config.tokenCacheSeconds * 1000 });

  const windowOf = (limit: Limit) => new Date(Math.floor(clock.now().getTime() / (limit.windowSeconds * 1000)) * limit.windowSeconds * 1000);

  async function throttle(key: string, limit: Limit): Promise<void> {
    const n = await auth.hit(key, windowOf(limit));
    if (n > limit.max) throw new RateLimitedError(`Too many attempts; try again in ${Math.ceil(limit.windowSeconds / 60)} minutes`);
  }

  async function openSession(user: UserRow, meta: RequestMeta): Promise<SignedIn> {
    const now = clock.now();
    const s = secret();
    const row: SessionRow = {
      userId: user.id,
      id: randomUUID(),
      secretHash: sha256(s),
      csrfToken: secret(24),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + config.sessionDays * 86_400_000),
      userAgent: meta.userAgent?.slice(0, 256) ?? null,
      ip: meta.ip,
    };
    await auth.insertSession(row);
    return { user: publicUser(user), csrfToken: row.csrfToken, sessionCookie: `${user.id}.${row.id}.${s}`, expiresAt: row.expiresAt };
  }

  async function signupOpen(): Promise<boolean> {
    return (await users.getSetting<boolean>(SIGNUP_OPEN_KEY)) ?? true;
  }

  async function createUser(username: string, password: string, isAdmin: boolean): Promise<UserRow> {
    checkPassword(password);
    if (await users.findByUsername(username)) throw new ConflictError('username: that name is not available', [{ field: 'username', message: 'is not available' }]);
    const row: UserRow = { id: randomUUID(), username, isAdmin, createdAt: clock.now(), passwordHash: await hashPassword(password) };
    try {
      return await users.insert(row);
    } catch {
      // Two sign-ups raced for the same name; the unique key let one through.
      throw new ConflictError('username: that name is not available', [{ field: 'username', message: 'is not available' }]);
    }
  }

  return {
    config,

    async status(): Promise<{ mode: AuthMode; signupOpen: boolean }> {
      return { mode: config.mode, signupOpen: config.mode === 'multi' && ((await users.countAccounts()) === 0 || (await signupOpen())) };
    },

    async signup(input: { username: string; password: string }, meta: RequestMeta): Promise<SignedIn> {
      if (config.mode === 'single') throw new ForbiddenError('This Platewise runs in one-person mode; start it with --multi-user for accounts');
      await throttle(`signup:ip:${meta.ip}`, config.limits.signupPerAddress);
      const username = normalizeUsername(input.username);
      const first = (await users.countAccounts()) === 0;
      if (!first && !(await signupOpen())) throw new ForbiddenError('Sign-up is closed on this server; ask its admin for an account');
      const user = await createUser(username, input.password, first);
      return openSession(user, meta);
    },

    async login(input: { username: string; password: string }, meta: RequestMeta): Promise<SignedIn> {
      if (config.mode === 'single') throw new ForbiddenError('This Platewise runs in one-person mode; there is nothing to sign in to');
      await throttle(`login:ip:${meta.ip}`, config.limits.loginPerAddress);
      const name = input.username.trim().toLowerCase().slice(0, 64);
      const accountKey = `login:user:${name}`;
      const accountLimit = config.limits.loginPerAccount;
      // Counted per name whether or not the account exists, so the limit says nothing about who has one.
      if ((await auth.countOf(accountKey, windowOf(accountLimit))) >= accountLimit.max) {
        throw new RateLimitedError(`Too many failed sign-ins for this name; try again in ${Math.ceil(accountLimit.windowSeconds / 60)} minutes`);
      }
      const user = await users.findByUsername(name);
      const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !ok) {
        await auth.hit(accountKey, windowOf(accountLimit));
        throw new UnauthorizedError('Wrong username or password');
      }
      await auth.clearCounter(accountKey, windowOf(accountLimit));
      return openSession(user, meta);
    },

    /** The actor behind a session cookie, with the session's CSRF token; null when the cookie proves nothing. */
    async authenticateSession(cookie: string): Promise<{ actor: Actor; csrfToken: string } | null> {
      const c = splitCredential(cookie);
      if (!c) return null;
      const row = await auth.findSession(c.userId, c.id);
      const now = clock.now();
      if (!row || !sameSecret(row.secretHash, sha256(c.secret)) || row.expiresAt <= now) return null;
      const user = await users.findById(row.userId);
      if (!user) return null;
      if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await auth.touchSession(row.userId, row.id, now, new Date(now.getTime() + config.sessionDays * 86_400_000));
      }
      return { actor: { userId: user.id, via: 'session', sessionId: row.id, isAdmin: user.isAdmin }, csrfToken: row.csrfToken };
    },

    /** The actor behind a bearer token; null when the token proves nothing. */
    async authenticateToken(token: string): Promise<Actor | null> {
      const c = splitCredential(token, 'pw.');
      if (!c) return null;
      const now = clock.now();
      const cached = tokens.get(c.userId, c.id, now.getTime());
      const found = cached ? null : await auth.findTokenWithOwner(c.userId, c.id);
      const row = cached ?? (found && { ...found, readAt: now.getTime() });
      if (!row || !sameSecret(row.secretHash, sha256(c.secret)) || (row.expiresAt && row.expiresAt <= now)) return null;
      // Only a token whose secret was just proven is kept.
      if (!cached) tokens.set(row);
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
        row.lastUsedAt = now;
        await auth.touchToken(row.userId, row.id, now);
      }
      return { userId: row.userId, via: 'token', tokenId: row.id, scopes: row.scopes, isAdmin: row.isAdmin };
    },

    async me(actor: Actor): Promise<PublicUser> {
      const userId = requireUser(actor);
      const user = await users.findById(userId);
      if (!user) throw new UnauthorizedError('Sign in first');
      return publicUser(user);
    },

    async logout(actor: Actor): Promise<void> {
      const userId = requireUser(actor);
      if (actor.sessionId) await auth.deleteSession(userId, actor.sessionId);
    },

    async listSessions(actor: Actor): Promise<SessionView[]> {
      const userId = requireUser(actor);
      return (await auth.listSessions(userId)).map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        userAgent: s.userAgent,
        ip: s.ip,
        current: s.id === actor.sessionId,
      }));
    },

    async endSession(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!UUID.test(id) || !(await auth.deleteSession(userId, id))) throw new NotFoundError('No such session');
    },

    /** Ends every session but the one making the request; returns how many ended. */
    async endOtherSessions(actor: Actor): Promise<number> {
      const userId = requireUser(actor);
      return auth.deleteOtherSessions(userId, actor.sessionId ?? null);
    },

    async createToken(actor: Actor, input: { name: string; scopes: TokenScope[]; expiresInDays?: number | null | undefined }): Promise<TokenView & { token: string }> {
      const userId = requireUser(actor);
      if (actor.via === 'token') throw new ForbiddenError('A token cannot create tokens; sign in to make one');
      const now = clock.now();
      const s = secret();
      const row = {
        userId,
        id: randomUUID(),
        name: input.name.trim(),
        secretHash: sha256(s),
        scopes: [...new Set(input.scopes)],
        createdAt: now,
        lastUsedAt: null,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      };
      if (!row.name) throw ValidationError.field('name', 'is empty');
      await auth.insertToken(row);
      return { ...tokenView(row), token: `pw.${userId}.${row.id}.${s}` };
    },

    async listTokens(actor: Actor): Promise<TokenView[]> {
      const userId = requireUser(actor);
      return (await auth.listTokens(userId)).map(tokenView);
    },

    async revokeToken(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!UUID.test(id)) throw new NotFoundError('No such token');
      tokens.forget(userId, id, clock.now().getTime());
      if (!(await auth.deleteToken(userId, id))) throw new NotFoundError('No such token');
    },

    /** Changes the password after checking the current one, and ends every other session. */
    async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<{ endedSessions: number }> {
      const userId = requireUser(actor);
      const user = await users.findById(userId);
      if (!user?.passwordHash) throw new ForbiddenError('This account has no password (one-person mode)');
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new ValidationError('currentPassword: is wrong', [{ field: 'currentPassword', message: 'is wrong' }]);
      }
      checkPassword(input.newPassword, 'newPassword');
      await auth.setPasswordHash(userId, await hashPassword(input.newPassword));
      return { endedSessions: await auth.deleteOtherSessions(userId, actor.sessionId ?? null) };
    },

    /** Deletes the account and every row it owns, in one transaction; says how many rows went from each table. */
    async deleteAccount(actor: Actor, input: { password: string }): Promise<{ removed: Record<string, number> }> {
      const userId = requireUser(actor);
      if (actor.via === 'token') throw new ForbiddenError('Sign in to delete the account; a token cannot');
      const user = await users.findById(userId);
      if (!user?.passwordHash) throw new ForbiddenError('In one-person mode, remove the data directory to start over');
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        throw new ValidationError('password: is wrong', [{ field: 'password', message: 'is wrong' }]);
      }
      tokens.forgetUser(userId, clock.now().getTime());
      return { removed: await deps.deleteEverything(userId) };
    },

    async setSignupOpen(actor: Actor, open: boolean): Promise<{ signupOpen: boolean }> {
      requireAdmin(actor);
      await users.setSetting(SIGNUP_OPEN_KEY, open);
      return { signupOpen: open };
    },

    /** `platewise user add`: creates an account (the first one is the admin). */
    async addUser(input: { username: string; password: string; admin?: boolean }): Promise<PublicUser> {
      const username = normalizeUsername(input.username);
      const first = (await users.countAccounts()) === 0;
      return publicUser(await createUser(username, input.password, first || input.admin === true));
    },

    /** `platewise user passwd`: sets a password and ends the user's sessions. */
    async setPassword(input: { username: string; password: string }): Promise<void> {
      const user = await users.findByUsername(normalizeUsername(input.username));
      if (!user) throw new NotFoundError(`No user '${input.username}'`);
      checkPassword(input.password);
      await auth.setPasswordHash(user.id, await hashPassword(input.password));
      await auth.deleteOtherSessions(user.id, null);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

function tokenView(t: { id: string; name: string; scopes: string[]; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null }): TokenView {
  return {
    id: t.id,
    name: t.name,
    scopes: t.scopes.filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s)),
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  };
}
