import { describe, expect, it } from 'vitest';
import { editDistance, rankFoods, wordScore, type FoodSource, type RankCandidate } from './food-ranking.js';

let next = 0;
/** A candidate as the store hands it over; generic and unused unless told. */
function food(name: string, over: Partial<RankCandidate> = {}): RankCandidate {
  next++;
  return { id: `f${String(next).padStart(3, '0')}`, name, brand: null, aliases: [], source: 'usda-sr28' as FoodSource, dedupeKey: null, usage: null, ...over };
}
const names = (list: Array<{ food: RankCandidate }>) => list.map((r) => r.food.name);

describe('wordScore', () => {
  it.each<[string, string, number]>([
    ['egg', 'egg', 1],
    ['yog', 'yogurt', 0.5 + 0.4 * (3 / 6)],
    ['chiken', 'chicken', 0.75],
    ['spagetti', 'spaghetti', 0.75],
    ['brocoli', 'broccoli', 0.75],
    ['brocolli', 'broccoli', 0.65],
    ['bannanna', 'banana', 0.65],
    ['chikc', 'chicken', 0.6],
    ['egg', 'eel', 0],
    ['pear', 'bear', 0.75],
    ['ham', 'jam', 0],
  ])('%s vs %s = %d', (q, w, score) => {
    expect(wordScore(q, w)).toBeCloseTo(score, 9);
  });
});

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['chiken', 'chicken', 1],
    ['', 'abc', 3],
  ])('%s → %s = %d (capped at max+1 = 4)', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });
  it('stops early past the cap', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('rankFoods', () => {
  const generic = [
    food('Chicken, broilers or fryers, breast, meat only, cooked, roasted', { dedupeKey: 'ndb:05064' }),
    food('Soup, chicken noodle, canned'),
    food('Chicken breast, roasted, skinless', { source: 'platewise-starter', aliases: ['chicken breast', 'grilled chicken'], dedupeKey: 'ndb:05064' }),
    food('Chicken breast tenders, breaded, cooked'),
    food('Fried chicken, breast', { source: 'platewise-starter', aliases: ['fried chicken'] }),
  ];

  it('puts the food that is the query, from the trusted source, first, and leaves out foods without every word', () => {
    const sut = names(rankFoods('chicken breast', generic, 10));
    expect(sut[0]).toBe('Chicken breast, roasted, skinless');
    expect(sut).not.toContain('Soup, chicken noodle, canned');
  });

  it('shows one food of a dedupe group, the most trusted member', () => {
    const sut = names(rankFoods('chicken breast roasted', generic, 10));
    expect(sut.filter((n) => n.includes('roasted'))).toEqual(['Chicken breast, roasted, skinless']);
  });

  it.each([
    ['chiken brest', 'typos'],
    ['breast chicken', 'word order'],
    ['chicken breasts', 'plural'],
    ['chick brea', 'partial words'],
  ])('copes with %j (%s)', (q) => {
    expect(names(rankFoods(q, generic, 3))[0]).toBe('Chicken breast, roasted, skinless');
  });

  it('prefers a generic food over branded near-duplicates', () => {
    const list = [
      food('Greek yogurt, plain', { source: 'off', brand: 'Fage' }),
      food('Greek yogurt, plain', { source: 'off', brand: 'Chobani' }),
      food('Greek yogurt, plain, nonfat', { source: 'platewise-starter' }),
    ];
    expect(names(rankFoods('greek yogurt', list, 3))[0]).toBe('Greek yogurt, plain, nonfat');
  });

  it.each<[string, string, FoodSource]>([
    ['tofu', 'Tofu, firm', 'platewise-starter'],
    ['banana', 'Banana', 'platewise-starter'],
    ['peanut butter', 'Peanut butter, smooth', 'platewise-starter'],
    ['cherries', 'Cherries, sweet, raw', 'usda-sr28'],
  ])('puts the generic food before products named just %j by brands the query does not name', (q, generic, source) => {
    const list = [
      food(generic, { source }),
      ...['Kalovera', 'Sunny Farms', 'Zobel'].map((brand) => food(q.replace(/\b\w/g, (c) => c.toUpperCase()), { source: 'usda-fdc-branded', brand })),
    ];
    expect(names(rankFoods(q, list, 3))[0]).toBe(generic);
  });

  it('still puts first the product whose brand the query names', () => {
    const list = [food('Tofu, firm', { source: 'platewise-starter' }), food('Tofu', { source: 'usda-fdc-branded', brand: 'Kalovera' })];
    expect(rankFoods('kalovera tofu', list, 2).map((r) => r.food.brand)).toEqual(['Kalovera']);
  });

  it('collapses repeats of the same name and brand', () => {
    const list = [food('Skyr', { source: 'off', brand: 'Danone' }), food('Skyr', { source: 'off', brand: 'Danone' }), food('Skyr', { source: 'off', brand: 'Arla' })];
    expect(rankFoods('skyr', list, 10)).toHaveLength(2);
  });

  it("ranks the user's recent, frequent food first", () => {
    const list = [
      food('Oats, rolled, dry', { source: 'platewise-starter', aliases: ['rolled oats'] }),
      food('Oat bran, raw'),
      food('Quick Rolled Oats', { source: 'off', brand: 'Quaker', usage: { count: 12, daysSinceLast: 1 } }),
    ];
    expect(names(rankFoods('oats', list, 3))[0]).toBe('Quick Rolled Oats');
    expect(names(rankFoods('oats', list.map((f) => ({ ...f, usage: null })), 3))[0]).toBe('Oats, rolled, dry');
  });

  it('matches brands', () => {
    const list = [food('Skyr nature', { source: 'off', brand: 'Danone' }), food('Yogurt, plain')];
    expect(names(rankFoods('danone skyr', list, 3))).toEqual(['Skyr nature']);
  });

  it('falls back to foods with some of the words when none has them all', () => {
    expect(names(rankFoods('chicken tikka', generic, 10))).toContain('Soup, chicken noodle, canned');
  });

  it('drops foods that match too little of the query, and answers nothing to an empty query', () => {
    expect(rankFoods('chicken breast', [food('Beef, ground')], 10)).toEqual([]);
    expect(rankFoods('  ', generic, 10)).toEqual([]);
  });

  it('respects the limit and orders ties by shorter name', () => {
    const list = [food('Apples, raw, with skin'), food('Apples, raw')];
    const sut = rankFoods('apple', list, 1);
    expect(names(sut)).toEqual(['Apples, raw']);
  });
});
