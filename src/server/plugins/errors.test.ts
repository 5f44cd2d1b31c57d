import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, findNul } from './errors.js';

const schema = z
  .object({
    a: z.number().max(3.5),
    b: z.enum(['x', 'y']),
    c: z.string().min(1),
    d: z.number(),
    e: z.string().regex(/^\d+$/, 'must be digits'),
    f: z.uuid(),
    g: z.union([z.number(), z.string()]),
    h: z.array(z.string()).min(2),
    i: z.string(),
  })
  .strict();

describe('describeIssue', () => {
  const issues = schema.safeParse({ a: 5, b: 'q', c: '', e: 'x', f: 'nope', g: true, h: ['1'], i: 3, extra: 1 }).error!.issues;
  const byPath = (p: string) => issues.find((i) => i.path.join('.') === p)!;
  it.each([
    ['a', 'must be at most 3.5'],
    ['b', 'must be one of x, y'],
    ['c', 'must not be empty'],
    ['d', 'is required'],
    ['e', 'must be digits'],
    ['f', 'must be a valid uuid'],
    ['g', 'has the wrong type or form'],
    ['h', 'must be at least 2 items'],
    ['i', 'must be a string'],
    ['', 'has unknown fields: extra'],
  ])('says %s %s', (path, message) => {
    expect(describeIssue(byPath(path) as never)).toBe(message);
  });
});

describe('findNul', () => {
  it.each([
    [{ a: 'ok', b: { c: ['x', 'y\u0000'] } }, 'b.c.1'],
    [{ a: 'fine' }, null],
    ['\u0000', ''],
  ])('finds the NUL in %j at %j', (value, path) => {
    expect(findNul(value, '')).toBe(path);
  });
});
