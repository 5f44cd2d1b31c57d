import { describe, expect, it } from 'vitest';
import { driverOf } from './food-search.js';

describe('driverOf: the query word whose catalog words have the fewest postings, as food_search picks it', () => {
  const w = (size: number | null, words = ['x']) => ({ words, size });
  it.each([
    ['the rarest', [w(500), w(30), w(90)], 2],
    ['ties to the first', [w(40), w(40)], 1],
    ['past a word without catalog words', [w(0, []), w(10)], 2],
    ['past a word not in the cache', [undefined, w(10)], 2],
    ['null while a count is unknown', [w(10), w(null)], null],
    ['null when no word has catalog words', [w(null, [])], null],
  ])('%s', (_, entries, expected) => {
    expect(driverOf(entries)).toBe(expected);
  });
});
