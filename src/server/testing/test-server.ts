import type { FastifyInstance } from 'fastify';
import { createServices, fixedClock, type Clock, type Services } from '../../app/index.js';
import type { Database } from '../../store/index.js';
import { buildServer } from '../app.js';

export interface TestServer {
  app: FastifyInstance;
  services: Services;
  userId: string;
  close(): Promise<void>;
}

/** A server on a fresh, migrated database, driven by `app.inject` (no socket). */
export async function openTestServer(database: Database, clock: Clock = fixedClock('2026-11-21T12:00:00Z')): Promise<TestServer> {
  const services = createServices(database, clock, { version: 'test' });
  const local = await services.users.ensureLocalUser();
  const app = await buildServer({ services, localUserId: local.id, webRoot: null });
  await app.ready();
  return {
    app,
    services,
    userId: local.id,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
