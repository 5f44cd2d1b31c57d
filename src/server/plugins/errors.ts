import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, ValidationError } from '../../core/errors.js';

interface Detail {
  field: string;
  message: string;
}

function send(status: number, code: string, message: string, details: Detail[] = []) {
  return { status, body: { error: { code, message, details } } };
}

/** Where a request-validation issue points: "body.height", "query.q". */
function fieldOf(context: string | undefined, path: readonly PropertyKey[] | string | undefined): string {
  const parts = typeof path === 'string' ? path.split('/').filter(Boolean) : (path ?? []).map(String);
  const joined = parts.join('.');
  const where = context && context !== 'body' ? `${context}.` : '';
  return `${where}${joined}` || context || 'request';
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  expected?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
}

/** Plain words for a schema violation: "must be at most 3.5", "must be one of male, female". */
export function describeIssue(issue: ZodIssueLike): string {
  const sized = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && /received undefined/.test(issue.message ?? '') ? 'is required' : `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${sized}${issue.inclusive === false ? ' (exclusive)' : ''}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}${sized}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? (issue.message ?? 'has the wrong format') : `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'has the wrong type or form';
    default:
      return issue.message ?? 'is invalid';
  }
}

/** Maps any thrown error to a status and `{ error: { code, message, details } }`: the one place that does. */
export function toErrorResponse(err: unknown) {
  if (err instanceof DomainError) return send(err.status, err.code, err.message, err.details);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as { validationContext?: string }).validationContext;
    const details = err.validation.map((v) => {
      const issue = v.params.issue as ZodIssueLike | undefined;
      return { field: fieldOf(context, issue?.path ?? v.instancePath), message: issue ? describeIssue(issue) : (v.message ?? 'is invalid') };
    });
    const first = details[0];
    return send(400, 'validation_failed', first ? `${first.field}: ${first.message}` : 'Invalid request', details);
  }
  if (isResponseSerializationError(err)) return send(500, 'internal', 'The server built an invalid answer');
  const fe = err as Partial<FastifyError>;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(413, 'payload_too_large', 'The request body is too large', [{ field: 'body', message: 'too large' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json)', [{ field: 'content-type', message: 'unsupported' }]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send(414, 'uri_too_long', 'path: a part of the address is too long', [{ field: 'path', message: 'too long' }]);
    case 'FST_ERR_BAD_URL':
      return send(400, 'validation_failed', 'path: is not a valid address', [{ field: 'path', message: 'is not a valid address' }]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(400, 'validation_failed', 'body: is empty', [{ field: 'body', message: 'is empty' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return send(400, 'validation_failed', `body: ${fe.message ?? 'is not valid JSON'}`, [{ field: 'body', message: 'is not valid JSON' }]);
  }
  if (err instanceof SyntaxError) return send(400, 'validation_failed', 'body: is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send(fe.statusCode, String(fe.code ?? 'bad_request').toLowerCase(), fe.message ?? 'Bad request');
  }
  return send(500, 'internal', 'Something went wrong on the server');
}

/** The dotted path of the first string holding a NUL character, which PostgreSQL cannot store; null if none. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  // Only parsed JSON is walked: a raw upload's stream (and its socket) is not data to look into.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findNul(v, path ? `${path}.${k}` : k, depth + 1);
    if (found) return found;
  }
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const field = findNul(req.body, '') ?? findNul(req.query, 'query');
    if (field !== null) throw ValidationError.field(field || 'body', 'must not contain NUL characters');
  });
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500) req.log.error({ err }, 'request failed');
    return reply.status(status).send(body);
  });
}
