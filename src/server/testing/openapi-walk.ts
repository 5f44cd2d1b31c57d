// Walks the served OpenAPI document so that security tests cover every route, including routes added
// later, without a list to keep up to date.

type Schema = {
  type?: string | string[];
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean; schema: Schema }>; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify form: `/api/things/:id`. */
  path: string;
  pathParams: string[];
  query: Array<{ name: string; required: boolean; schema: Schema }>;
  body: Schema | null;
}

/** Every operation of the document, in a stable order. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

export function resolve(schema: Schema, doc: OpenApiDoc): Schema {
  let s = schema;
  while (s.$ref) {
    const name = s.$ref.replace('#/components/schemas/', '');
    s = doc.components?.schemas?.[name] ?? {};
  }
  return s;
}

const DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;

/**
 * A small value that satisfies the schema: required properties only, the first enum value, the minimum.
 * Free text becomes `text` (a marker), so a later look can tell whose data a string is.
 */
export function sample(schema: Schema, doc: OpenApiDoc, text: string, key = ''): unknown {
  const s = resolve(schema, doc);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const nonNull = alternatives.find((a) => resolve(a, doc).type !== 'null') ?? alternatives[0]!;
    return sample(nonNull, doc, text, key);
  }
  if (s.allOf) return Object.assign({}, ...s.allOf.map((a) => sample(a, doc, text, key)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of s.required ?? []) out[name] = sample(s.properties?.[name] ?? {}, doc, text, name);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => sample(s.items ?? {}, doc, text, key));
    case 'integer':
    case 'number': {
      const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return s.maximum !== undefined ? Math.min(low, s.maximum) : low;
    }
    case 'boolean':
      return true;
    case 'string': {
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (s.format === 'date' || (s.pattern && DATE.test(s.pattern))) return '2026-11-20';
      if (s.format === 'date-time') return '2026-11-20T08:00:00.000Z';
      const base = /name|title|note|label|description|text|q$/i.test(key) || !s.pattern ? text : 'x';
      const min = s.minLength ?? 1;
      const max = s.maxLength ?? 200;
      return base.padEnd(min, 'x').slice(0, max);
    }
    default:
      return text;
  }
}

/** Hostile variants of a valid body: wrong types, huge strings, prototype keys, junk. */
export function hostileBodies(schema: Schema, doc: OpenApiDoc, valid: unknown): unknown[] {
  const s = resolve(schema, doc);
  const out: unknown[] = [null, [], 'a string', 42, {}, { __proto__: { isAdmin: true } }, JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')];
  if (valid && typeof valid === 'object' && !Array.isArray(valid)) {
    for (const key of Object.keys(s.properties ?? {})) {
      for (const bad of [12345, 'not-a-thing', -1e308, { nested: true }, ['x'], 'x'.repeat(20_000), '\u0000', "'; DROP TABLE users; --"]) {
        out.push({ ...(valid as Record<string, unknown>), [key]: bad });
      }
    }
  }
  return out;
}

/** Hostile query strings and path ids. */
export const HOSTILE_STRINGS = ['', ' ', '%00', "' OR '1'='1", '<script>alert(1)</script>', '../../etc/passwd', 'x'.repeat(5000), '-1', '1e309', 'NaN', '{"$gt":""}'];

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? 'missing'));
}

export function queryString(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
