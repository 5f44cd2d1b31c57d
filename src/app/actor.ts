import { ForbiddenError, UnauthorizedError } from '../core/errors.js';

/** Who is asking. Every service method takes one and checks it on its first line. */
export interface Actor {
  userId: string;
  /** How they proved it: the embedded mode's local user, a sign-in session, or an API token. */
  via?: 'local' | 'session' | 'token';
  isAdmin?: boolean;
  sessionId?: string;
  tokenId?: string;
  /** A token's scopes; sessions and the local user may do everything. */
  scopes?: readonly string[];
}

/** Throws unless someone is signed in; returns the user id to scope every query with. */
export function requireUser(actor: Actor | null | undefined): string {
  if (!actor?.userId) throw new UnauthorizedError('Sign in first');
  return actor.userId;
}

/** Throws unless the actor is the instance's admin. */
export function requireAdmin(actor: Actor | null | undefined): string {
  const userId = requireUser(actor);
  if (!actor?.isAdmin) throw new ForbiddenError('Only the admin may do this');
  return userId;
}
