import { UnauthorizedError } from '../core/errors.js';

/** Who is asking. Every service method takes one and checks it on its first line. */
export interface Actor {
  userId: string;
}

/** Throws unless someone is signed in; returns the user id to scope every query with. */
export function requireUser(actor: Actor | null | undefined): string {
  if (!actor?.userId) throw new UnauthorizedError('Sign in first');
  return actor.userId;
}
