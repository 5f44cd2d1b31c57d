import { z } from 'zod';

/** Every error answer: `{ error: { code, message, details: [{ field, message }] } }`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A local calendar day, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** A tuple of ids for z.enum from a readonly list of `{ id }` records. */
export function idsOf<T extends { id: string }>(list: readonly T[]): [T['id'], ...T['id'][]] {
  return list.map((x) => x.id) as [T['id'], ...T['id'][]];
}
