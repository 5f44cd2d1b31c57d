import type { FastifyInstance } from 'fastify';
import { createServices, fixedClock, type AuthConfig, type Clock, type Services } from '../../app/index.js';
import type { Database } from '../../store/index.js';
import { buildServer } from '../app.js';

export interface TestServer {
  app: FastifyInstance;
  services: Services;
  /** The local user of one-person mode; null in multi-user mode. */
  userId: string | null;
  close(): Promise<void>;
}

/** A server on a fresh, migrated database, driven by `app.inject` (no socket). */
export async function openTestServer(
  database: Database,
  { clock = fixedClock('2026-11-21T12:00:00Z'), auth = {} }: { clock?: Clock; auth?: Partial<AuthConfig> } = {},
): Promise<TestServer> {
  const services = createServices(database, clock, { version: 'test', auth });
  const local = auth.mode === 'multi' ? null : await services.users.ensureLocalUser();
  const app = await buildServer({ services, localUserId: local?.id ?? null, webRoot: null });
  await app.ready();
  return {
    app,
    services,
    userId: local?.id ?? null,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
