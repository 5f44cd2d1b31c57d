import { HealthResponse } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

export const healthRoutes: Routes = (app, { services }) => {
  typed(app).get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and which database is in use', response: { 200: HealthResponse } }, config: { public: true } },
    async () => ({ status: 'ok' as const, version: services.version, database: services.database.kind }),
  );
};
