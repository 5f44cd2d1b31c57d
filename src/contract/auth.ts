import { z } from 'zod';

export const Credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const PublicUser = z
  .object({ id: z.uuid(), username: z.string(), isAdmin: z.boolean(), createdAt: z.string() })
  .meta({ id: 'User' });

export const SignedIn = z.object({ user: PublicUser, csrfToken: z.string() });

export const AuthStatus = z.object({ mode: z.enum(['single', 'multi']), signupOpen: z.boolean() });

export const Me = z.object({
  user: PublicUser,
  mode: z.enum(['single', 'multi']),
  via: z.enum(['local', 'session', 'token']),
  /** The session's CSRF token, for a page reloaded while signed in (the cookie itself is HttpOnly). */
  csrfToken: z.string().nullable(),
});

export const SessionView = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});

export const IdParam = z.object({ id: z.uuid() });

export const TokenScope = z.enum(['read', 'write']);
export const TokenInput = z.object({
  name: z.string().min(1).max(100),
  scopes: z.array(TokenScope).min(1).max(2),
  expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export const TokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(TokenScope),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export const CreatedToken = TokenView.extend({ token: z.string().describe('shown once: send as Authorization: Bearer …') });

export const PasswordChange = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});
export const AccountDeletion = z.object({ password: z.string().min(1).max(1024) });
export const Removed = z.object({ removed: z.record(z.string(), z.number().int()) });

export const SignupPolicy = z.object({ signupOpen: z.boolean() });
export const Ended = z.object({ ended: z.number().int() });
export const Ok = z.object({ ok: z.literal(true) });

export type Credentials = z.infer<typeof Credentials>;
export type PublicUser = z.infer<typeof PublicUser>;
export type SignedIn = z.infer<typeof SignedIn>;
export type AuthStatus = z.infer<typeof AuthStatus>;
export type Me = z.infer<typeof Me>;
export type SessionView = z.infer<typeof SessionView>;
export type TokenView = z.infer<typeof TokenView>;
export type CreatedToken = z.infer<typeof CreatedToken>;
