import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, Services } from '../../app/index.js';

/** What every route file receives. */
export interface RouteDeps {
  services: Services;
  /** The signed-in actor of a request (the local user in one-person mode). */
  actorOf(req: FastifyRequest): Actor;
}

export type Routes = (app: FastifyInstance, deps: RouteDeps) => void;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
