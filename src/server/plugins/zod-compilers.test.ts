import { describe, expect, it } from 'vitest';
import { isResponseSerializationError, serializerCompiler as encodingSerializer, validatorCompiler as runtimeValidator } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as contract from '../../contract/index.js';
import { parsesAsItEncodes, serializerCompiler, validatorCompiler } from './zod-compilers.js';

const Entry = z.object({
  id: z.uuid(),
  name: z.string().trim(),
  kind: z.enum(['a', 'b']),
  grams: z.number().nullable(),
  tags: z.array(z.object({ label: z.string(), n: z.number().int() })),
  when: z.union([z.literal('now'), z.iso.date()]),
  note: z.string().optional(),
});

const route = (schema: unknown) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' }) as never;

describe('parsesAsItEncodes', () => {
  it.each([
    ['plain data, nested', Entry, true],
    ['a recursive-free record and tuple', z.object({ r: z.record(z.string(), z.number()), t: z.tuple([z.string()], z.number()) }), true],
    ['a transform deep in an array', z.object({ a: z.array(z.string().transform((s) => s.length)) }), false],
    ['a default inside a union', z.union([z.object({ a: z.number().default(1) }), z.string()]), false],
    ['a codec', z.object({ at: z.codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() }) }), false],
    ['a coerced number', z.object({ n: z.coerce.number() }), false],
    ['a pipe', z.string().pipe(z.email()), false],
    ['a lazy schema', z.lazy(() => z.string()), false],
  ])('%s → %s', (_label, schema, expected) => {
    expect(parsesAsItEncodes(schema)).toBe(expected);
  });

  it('holds for every response the API sends (only query and input schemas transform)', () => {
    const transforming = Object.entries(contract)
      .filter(([, v]) => v instanceof z.ZodType && !parsesAsItEncodes(v))
      .map(([k]) => k);
    expect(transforming.every((name) => /Query$|Input$/.test(name))).toBe(true);
    expect(parsesAsItEncodes(contract.DiaryEntry)).toBe(true);
  });
});

describe('serializerCompiler', () => {
  const good = {
    id: '0b8f9a3e-4a54-4b8e-9a43-1b2c3d4e5f60',
    name: ' soup ',
    kind: 'a',
    grams: null,
    tags: [{ label: 'x', n: 2, secret: 'dropped' }],
    when: '2026-05-01',
    passwordHash: 'never sent',
  };

  it('writes what encoding writes: unknown keys dropped, strings trimmed as the schema says', () => {
    const sut = serializerCompiler(route(Entry));
    expect(sut(good)).toBe(encodingSerializer(route(Entry))(good));
    expect(JSON.parse(sut(good))).toEqual({ id: good.id, name: 'soup', kind: 'a', grams: null, tags: [{ label: 'x', n: 2 }], when: '2026-05-01' });
  });

  it.each([
    ['a wrong type', { ...good, grams: 'many' }],
    ['a missing field', { ...good, id: undefined }],
    ['a value outside the enum', { ...good, kind: 'c' }],
  ])('refuses an answer with %s, as encoding does', (_label, bad) => {
    const sut = serializerCompiler(route(Entry));
    let thrown: unknown;
    try {
      sut(bad);
    } catch (err) {
      thrown = err;
    }
    expect(isResponseSerializationError(thrown)).toBe(true);
  });

  it('leaves a schema with a codec to encoding', () => {
    const At = z.object({ at: z.codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() }) });
    const at = new Date('2026-05-01T10:00:00.000Z');
    expect(serializerCompiler(route(At))({ at })).toBe('{"at":"2026-05-01T10:00:00.000Z"}');
  });
});

describe('validatorCompiler', () => {
  const Body = contract.LogEntryInput;
  it.each([
    ['a quick add', { date: '2026-05-01', meal: 'lunch', name: '  soup ', energyKcal: 450 }],
    ['a food', { date: '2026-05-01', meal: 'lunch', foodId: '0b8f9a3e-4a54-4b8e-9a43-1b2c3d4e5f60', amount: 2, unit: ' g ' }],
    ['a bad date and an unknown field', { date: '2026-02-30', meal: 'lunch', energyKcal: 450, extra: 1 }],
    ['too many calories', { date: '2026-05-01', meal: 'lunch', energyKcal: 1e6 }],
    ['not an object', 'soup'],
  ])('answers %s exactly as the runtime parser does', (_label, body) => {
    const compiled = validatorCompiler(route(Body) as never) as (d: unknown) => unknown;
    const runtime = runtimeValidator(route(Body) as never) as (d: unknown) => unknown;
    expect(JSON.stringify(compiled(body))).toBe(JSON.stringify(runtime(body)));
  });
});
