import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret, type Actor, type AuthService, type SignedIn } from '../../app/index.js';
import { ForbiddenError, UnauthorizedError } from '../../core/errors.js';

export const SESSION_COOKIE = 'pw_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Answered without a signed-in actor (health, sign-in, sign-up). */
    public?: boolean;
  }
}

/** Reads one cookie from the Cookie header. */
export function readCookie(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

function cookieAttributes(req: FastifyRequest): string {
  return `Path=/; HttpOnly; SameSite=Strict${req.protocol === 'https' ? '; Secure' : ''}`;
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, signedIn: SignedIn): void {
  const maxAge = Math.max(0, Math.floor((signedIn.expiresAt.getTime() - Date.now()) / 1000));
  reply.header('set-cookie', `${SESSION_COOKIE}=${encodeURIComponent(signedIn.sessionCookie)}; Max-Age=${maxAge}; ${cookieAttributes(req)}`);
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=; Max-Age=0; ${cookieAttributes(req)}`);
}

/**
 * Finds who is asking before any API route runs: a bearer token, else a session cookie (with the CSRF token
 * required on state-changing requests), else — in one-person mode, and only from this machine — the local user.
 */
export function registerAuth(app: FastifyInstance, opts: { auth: AuthService; localUserId: string | null }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  const single = opts.auth.config.mode === 'single';

  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/') || req.routeOptions.config?.public) return;
    const authorization = req.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ', 2);
      const actor = scheme?.toLowerCase() === 'bearer' && token ? await opts.auth.authenticateToken(token) : null;
      if (!actor) throw new UnauthorizedError('The token is not valid (expired, revoked or malformed)');
      if (STATE_CHANGING.has(req.method) && !actor.scopes?.includes('write')) throw new ForbiddenError('This token may only read');
      req.actor = actor;
      return;
    }
    const cookie = readCookie(req, SESSION_COOKIE);
    if (cookie) {
      const found = await opts.auth.authenticateSession(cookie);
      if (found) {
        if (STATE_CHANGING.has(req.method)) {
          const sent = req.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !sameSecret(sent, found.csrfToken)) {
            throw new ForbiddenError('x-csrf-token: missing or wrong', [{ field: 'x-csrf-token', message: 'missing or wrong' }]);
          }
        }
        req.actor = found.actor;
        req.csrfToken = found.csrfToken;
        return;
      }
      if (!single) throw new UnauthorizedError('The session has ended; sign in again');
    }
    if (single && opts.localUserId) {
      // One-person mode trusts only this machine, and only under a local host name (no DNS rebinding).
      if (!LOOPBACK.test(req.ip) || !LOCAL_HOSTS.test(req.headers.host ?? '')) {
        throw new UnauthorizedError('This Platewise runs in one-person mode and answers only on this machine; start it with --multi-user for accounts');
      }
      req.actor = { userId: opts.localUserId, via: 'local', isAdmin: true };
      return;
    }
    throw new UnauthorizedError('Sign in first');
  });
}
