import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ErrorBody, ExerciseMapping, ExerciseMappingQuery, ExerciseMappingsInput, ImportParams, ImportQuery, ImportSummary, Ok } from '../../contract/index.js';
import { ValidationError } from '../../core/errors.js';
import { typed, type RouteDeps, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody };

/** Largest upload; Apple Health exports above it are imported with `platewise import apple-health`. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** How far an uploaded zip may unpack (an Apple Health export.xml is often 10–20 times its zip). */
const MAX_UNPACKED_BYTES = 1536 * 1024 * 1024;
/** Content types a file may come as; the body is streamed to disk untouched. */
const FILE_TYPES = ['application/octet-stream', 'text/csv', 'text/plain', 'application/zip', 'application/x-zip-compressed', 'application/xml', 'text/xml', 'application/vnd.ms-excel'];

/** Copies `body` into `file`, refusing (and no longer reading) past MAX_UPLOAD_BYTES; the stream is paused, not destroyed, so the 413 still reaches the client. */
function copyCapped(body: Readable, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    let bytes = 0;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      body.pause();
      body.removeAllListeners('data');
      out.destroy();
      reject(err);
    };
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_BYTES) return fail(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      if (!out.write(chunk)) {
        body.pause();
        out.once('drain', () => body.resume());
      }
    });
    body.on('end', () => out.end());
    body.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => resolve(bytes));
  });
}

/**
 * Writes the request body to a scratch folder: the body is read only here, after the actor was checked,
 * and never past MAX_UPLOAD_BYTES (413, and the connection is closed rather than drained).
 */
async function saveUpload(req: FastifyRequest, reply: FastifyReply, name: string): Promise<{ file: string; dir: string }> {
  const body = req.body;
  if (!(body instanceof Readable)) {
    throw ValidationError.field('body', 'send the file itself as the request body (Content-Type: application/octet-stream)');
  }
  const tooLarge = () => {
    reply.header('connection', 'close');
    return new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw tooLarge();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-upload-'));
  const file = path.join(dir, name.replace(/[^\w.\- ]/g, '_').replace(/^\.+/, '') || 'upload');
  let bytes: number;
  try {
    bytes = await copyCapped(body, file);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    if ((err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLarge();
    throw err;
  }
  if (bytes === 0) {
    rmSync(dir, { recursive: true, force: true });
    throw ValidationError.field('body', 'is empty: send the exported file');
  }
  return { file, dir };
}

/** Uploads of exported files (raw bodies, this scope only) and the person's saved exercise choices. */
export const importRoutes: Routes = (app, deps) => {
  void app.register(async (scope: FastifyInstance) => uploads(scope, deps));
  const r = typed(app);
  const { services, actorOf } = deps;
  r.get(
    '/api/imports/exercise-mappings',
    { schema: { tags: ['imports'], summary: 'Your saved choices: how exercise names of other apps are read', response: { 200: ExerciseMapping.array(), ...errors } } },
    (req) => services.historyImports.mappings(actorOf(req)),
  );
  r.put(
    '/api/imports/exercise-mappings',
    {
      schema: {
        tags: ['imports'],
        summary: 'Save choices for exercise names of other apps (an exercise id, or null for one of your own); later imports use them',
        body: ExerciseMappingsInput,
        response: { 200: ExerciseMapping.array(), ...errors },
      },
    },
    (req) => services.historyImports.saveMappings(actorOf(req), req.body.mappings),
  );
  r.delete(
    '/api/imports/exercise-mappings',
    { schema: { tags: ['imports'], summary: 'Forget the choice for one name', querystring: ExerciseMappingQuery, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.historyImports.deleteMapping(actorOf(req), req.query.name);
      return { ok: true as const };
    },
  );
};

function uploads(scope: FastifyInstance, { services, actorOf }: RouteDeps): void {
  // The file arrives as the raw body; it is left unread until the handler (after sign-in was checked).
  scope.addContentTypeParser(FILE_TYPES, (_req, payload, done) => done(null, payload));
  typed(scope).post(
    '/api/imports/:format',
    {
      schema: {
        tags: ['imports'],
        summary: 'Import an export file of Strong, Hevy, MyFitnessPal (its zip), Cronometer, Apple Health (export.zip) or Platewise (JSON)',
        description: `The body is the file itself (Content-Type: application/octet-stream, text/csv, application/zip or application/xml), at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. With dryRun=true nothing is written and the answer shows what would be added; running an import again adds nothing.`,
        params: ImportParams,
        querystring: ImportQuery,
        response: { 200: ImportSummary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { format } = req.params;
      const q = req.query;
      const upload = await saveUpload(req, reply as unknown as FastifyReply, q.filename ?? `upload-${format}`);
      try {
        const options = { dryRun: q.dryRun === 'true', unit: q.unit, acceptSuggestions: q.acceptSuggestions === 'true', maxUnpackedBytes: MAX_UNPACKED_BYTES };
        if (format === 'platewise') return await services.dataExport.importJson(actor, upload.file, options);
        return await services.historyImports.import(actor, format, [upload.file], options);
      } finally {
        rmSync(upload.dir, { recursive: true, force: true });
      }
    },
  );
}
