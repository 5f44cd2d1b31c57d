import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.js';

/** A writer that records each statement's items and fails any statement holding a negative number. */
function recorder() {
  const statements: number[][] = [];
  const sut = createWriteBatcher(async (items: number[]) => {
    statements.push(items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (items.some((n) => n < 0)) throw new Error(`negative in ${items.join(',')}`);
    return items.map((n) => n * 10);
  });
  return { sut, statements };
}

describe('write batcher', () => {
  it('writes what arrives in one turn of the event loop as one statement, and answers each caller', async () => {
    const { sut, statements } = recorder();
    expect(await Promise.all([1, 2, 3].map((n) => sut(n)))).toEqual([10, 20, 30]);
    expect(statements).toEqual([[1, 2, 3]]);
  });

  it('gathers what arrives while a statement runs into the next one', async () => {
    const { sut, statements } = recorder();
    const first = sut(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [sut(2), sut(3)];
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30]);
    expect(statements).toEqual([[1], [2, 3]]);
  });

  it('runs each write of a failed statement alone: only the bad one fails', async () => {
    const { sut, statements } = recorder();
    const results = await Promise.allSettled([sut(1), sut(-2), sut(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('negative in -2');
    expect(statements).toEqual([[1, -2, 3], [1], [-2], [3]]);
  });

  it('keeps statements to the most rows it is given', async () => {
    const statements: number[][] = [];
    const sut = createWriteBatcher(async (items: number[]) => (statements.push(items), items), { max: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => sut(n)));
    expect(statements).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('keeps working after a statement fails', async () => {
    const { sut } = recorder();
    await expect(sut(-1)).rejects.toThrow('negative in -1');
    expect(await sut(4)).toBe(40);
  });
});
