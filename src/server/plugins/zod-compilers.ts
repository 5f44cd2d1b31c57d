import type { FastifySchemaCompiler } from 'fastify';
import { ResponseSerializationError, serializerCompiler as encodingSerializer, validatorCompiler as runtimeValidator } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType, safeParse } from 'zod/v4/core';

// Kinds whose value reads the same forwards (parse) and backwards (encode): no transform, no codec, no default
// filled in one direction only. Anything else, and anything unknown, is left to zod's encode.
const SAME_BOTH_WAYS = new Set([
  'string', 'number', 'int', 'boolean', 'bigint', 'null', 'undefined', 'void', 'never', 'any', 'unknown', 'date',
  'nan', 'enum', 'literal', 'template_literal', 'object', 'array', 'tuple', 'record', 'map', 'set', 'union',
  'intersection', 'nullable', 'optional', 'nonoptional', 'readonly', 'custom', 'file',
]);

interface Def {
  type: string;
  coerce?: boolean;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  element?: $ZodType;
  items?: $ZodType[];
  rest?: $ZodType | null;
  keyType?: $ZodType;
  valueType?: $ZodType;
  options?: $ZodType[];
  left?: $ZodType;
  right?: $ZodType;
  innerType?: $ZodType;
}

/** Whether parsing `schema` forwards gives what encoding it would: true only when every node is plain data. */
export function parsesAsItEncodes(schema: $ZodType, seen = new Set<$ZodType>()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  if (!SAME_BOTH_WAYS.has(def.type) || def.coerce) return false;
  const children = [
    ...Object.values(def.shape ?? {}),
    ...(def.items ?? []),
    ...(def.options ?? []),
    ...[def.catchall, def.element, def.rest, def.keyType, def.valueType, def.left, def.right, def.innerType].filter((c): c is $ZodType => c != null),
  ];
  return children.every((c) => parsesAsItEncodes(c, seen));
}

// One compiled copy per schema: routes share them (every route's error answers are the same ErrorBody).
const compiledSchemas = new WeakMap<$ZodType, $ZodType>();
function compiled(schema: $ZodType): $ZodType {
  let c = compiledSchemas.get(schema);
  if (!c) {
    c = z.compile(schema);
    compiledSchemas.set(schema, c);
  }
  return c;
}

/**
 * Request validation with each route's schema compiled (`z.compile`) the first time it is used, not at start-up
 * (compiling every route's schemas up front added ~70 ms to it): a generated parser runs first and zod's own
 * parser only when it refuses, so errors read exactly as before.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> = (route) => {
  let validate: ReturnType<typeof runtimeValidator> | null = null;
  return (data: unknown) => (validate ??= runtimeValidator({ ...route, schema: compiled(route.schema) }))(data);
};

/**
 * Answers are checked against the route's response schema and written as JSON. fastify-type-provider-zod's
 * serializer encodes (zod's backward direction), which skips the compiled parser and, on Node 20, costs a fresh
 * hidden class per schema node for the `{ ...ctx }` it copies; for a schema of plain data parsing forwards gives
 * the same value, so that goes through the compiled parser (compiled on first use). Schemas with transforms or
 * defaults still encode.
 */
export const serializerCompiler: typeof encodingSerializer = (route) => {
  const { schema, method, url } = route as unknown as { schema: $ZodType; method: string; url: string };
  if (!(schema instanceof $ZodType) || !parsesAsItEncodes(schema)) return encodingSerializer(route);
  let fast: $ZodType | null = null;
  return (data: unknown) => {
    const result = safeParse((fast ??= compiled(schema)), data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
