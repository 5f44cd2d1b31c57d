import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Actor, Services } from '../app/index.js';
import { UnauthorizedError } from '../core/errors.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling, toErrorResponse } from './plugins/errors.js';
import { registerSecurityHeaders } from './plugins/security.js';
import { serializerCompiler, validatorCompiler } from './plugins/zod-compilers.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { profileRoutes } from './routes/profile.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { exerciseRoutes } from './routes/exercises.routes.js';
import { routineRoutes } from './routes/routines.routes.js';
import { workoutRoutes } from './routes/workouts.routes.js';
import { bodyRoutes } from './routes/body.routes.js';
import { projectionRoutes } from './routes/projections.routes.js';
import { reportRoutes } from './routes/reports.routes.js';
import { diaryRoutes } from './routes/diary.routes.js';
import { foodRoutes } from './routes/foods.routes.js';
import { recipeRoutes } from './routes/recipes.routes.js';
import { tipRoutes } from './routes/tips.routes.js';
import { homeRoutes } from './routes/home.routes.js';
import { importRoutes } from './routes/imports.routes.js';
import { exportRoutes } from './routes/exports.routes.js';
import type { Routes } from './routes/types.js';

export interface ServerOptions {
  services: Services;
  /** The one local user of the embedded one-person mode; null in multi-user mode. */
  localUserId: string | null;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client address, https). */
  trustProxy?: boolean;
  /** Folder of the built web app; not served when absent. */
  webRoot?: string | null;
  logger?: boolean;
  bodyLimitBytes?: number;
}

// Fastify's factory types speak of Ajv and JSON Schema; ours compile zod schemas, as set below.
const zodCompilers = { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler } as unknown as NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

const routes: Routes[] = [healthRoutes, authRoutes, profileRoutes, settingsRoutes, exerciseRoutes, workoutRoutes, routineRoutes, bodyRoutes, projectionRoutes, reportRoutes, foodRoutes, recipeRoutes, diaryRoutes, tipRoutes, homeRoutes, importRoutes, exportRoutes];

/** Builds the HTTP server: one error handler, security headers, the OpenAPI document, the routes, the web app. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: opts.bodyLimitBytes ?? 1_048_576,
    return503OnClosing: true,
    // Errors the router raises before any route (an over-long or broken address) get the same error body.
    frameworkErrors: (err, _req, reply) => {
      const { status, body } = toErrorResponse(err);
      void (reply as unknown as FastifyReply).status(status).send(body);
    },
    trustProxy: opts.trustProxy ?? false,
    // Zod validates and serializes every route; naming it here keeps Fastify from loading Ajv and
    // fast-json-stringify at start-up only to replace them (a tenth of the start-up's CPU).
    schemaController: { compilersFactory: zodCompilers },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  // JSON bodies as usual (prototype poisoning refused), but an empty body with a JSON content type is no
  // body at all: browsers and fetch send that for POST /logout and the like.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '') return done(null, undefined);
    return parseJson(req, String(body), done);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Platewise API', version: opts.services.version, description: 'Nutrition and strength-training tracker' },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  registerAuth(app, { auth: opts.services.auth, localUserId: opts.localUserId });
  const actorOf = (req: FastifyRequest): Actor => {
    if (!req.actor) throw new UnauthorizedError('Sign in first');
    return req.actor;
  };

  for (const register of routes) register(app, { services: opts.services, actorOf });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  const webRoot = opts.webRoot && existsSync(path.join(opts.webRoot, 'index.html')) ? opts.webRoot : null;
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    if (webRoot && (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}`, details: [] } });
  });
  return app;
}
