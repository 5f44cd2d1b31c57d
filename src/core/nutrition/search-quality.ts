// The labeled query set that measures food search: everyday queries the way people type them (typos,
// plurals, partial words, any word order) with the foods they mean. Foods are named by USDA NDB number
// ("05062"), which both the starter catalog ("sr28-05062") and the SR28 import ("05062") carry; a query
// is a hit when one of its foods is among the first three results. The set is written from what a
// person means, never from what the search happens to return.

export interface LabeledQuery {
  query: string;
  /** NDB numbers of the foods a person typing this means (any one counts). */
  means: readonly string[];
  /** What the query exercises. */
  kind: 'plain' | 'typo' | 'plural' | 'partial' | 'word-order' | 'synonym' | 'reference';
}

export const SEARCH_QUALITY_QUERIES: readonly LabeledQuery[] = [
  { query: 'chicken breast', means: ['05062', '05064'], kind: 'plain' },
  { query: 'chiken brest', means: ['05062', '05064'], kind: 'typo' },
  { query: 'greek yog', means: ['01256', '01287', '01293'], kind: 'partial' },
  { query: 'oats rolled', means: ['08120'], kind: 'word-order' },
  { query: 'eggs', means: ['01123', '01128', '01129', '01132'], kind: 'plural' },
  { query: 'egg', means: ['01123', '01128', '01129', '01132'], kind: 'plain' },
  { query: 'banana', means: ['09040'], kind: 'plain' },
  { query: 'bananas', means: ['09040'], kind: 'plural' },
  { query: 'bannana', means: ['09040'], kind: 'typo' },
  { query: 'apple', means: ['09003'], kind: 'plain' },
  { query: 'whole milk', means: ['01077'], kind: 'plain' },
  { query: 'milk 2%', means: ['01079'], kind: 'word-order' },
  { query: 'skim milk', means: ['01085'], kind: 'plain' },
  { query: 'white rice cooked', means: ['20045'], kind: 'plain' },
  { query: 'rice brown', means: ['20036', '20037'], kind: 'word-order' },
  { query: 'peanut butter', means: ['16098'], kind: 'plain' },
  { query: 'penut butter', means: ['16098'], kind: 'typo' },
  { query: 'avocado', means: ['09037'], kind: 'plain' },
  { query: 'avacado', means: ['09037'], kind: 'typo' },
  { query: 'salmon', means: ['15236', '15237'], kind: 'plain' },
  { query: 'ground beef', means: ['23567', '23570', '23472', '23476'], kind: 'plain' },
  { query: 'brocoli', means: ['11090', '11091'], kind: 'typo' },
  { query: 'sweet potato', means: ['11507', '11508'], kind: 'plain' },
  { query: 'orange juice', means: ['09209'], kind: 'plain' },
  { query: 'coffee', means: ['14209'], kind: 'plain' },
  { query: 'cheddar cheese', means: ['01009'], kind: 'plain' },
  { query: 'mozarella', means: ['01026'], kind: 'typo' },
  { query: 'almonds', means: ['12061'], kind: 'plural' },
  { query: 'blueberries', means: ['09050'], kind: 'plural' },
  { query: 'strawberry', means: ['09316'], kind: 'plural' },
  { query: 'oatmeal', means: ['08121', '08120'], kind: 'plain' },
  { query: 'bread whole wheat', means: ['18075'], kind: 'word-order' },
  { query: 'bagel', means: ['18001'], kind: 'plain' },
  { query: 'tuna canned', means: ['15121'], kind: 'word-order' },
  { query: 'cottage cheese', means: ['01012'], kind: 'plain' },
  { query: 'olive oil', means: ['04053'], kind: 'plain' },
  { query: 'butter', means: ['01001'], kind: 'plain' },
  { query: 'spinach', means: ['11457'], kind: 'plain' },
  { query: 'tomatoes', means: ['11529'], kind: 'plural' },
  { query: 'potatoe', means: ['11352', '11674', '11367'], kind: 'typo' },
  { query: 'yoghurt', means: ['01116', '01121', '01256'], kind: 'synonym' },
  { query: 'hummus', means: ['16158'], kind: 'plain' },
  { query: 'spagetti', means: ['20120', '20121'], kind: 'typo' },
  { query: 'mac and cheese', means: ['32005'], kind: 'synonym' },
  { query: 'pizza', means: ['21299', '21302'], kind: 'plain' },
  { query: 'fries', means: ['21138'], kind: 'synonym' },
  { query: 'beer', means: ['14003'], kind: 'plain' },
  { query: 'red wine', means: ['14096'], kind: 'plain' },
  { query: 'dark choc', means: ['19904'], kind: 'partial' },
  { query: 'ice cream', means: ['19095'], kind: 'plain' },
  { query: 'tofu', means: ['16426'], kind: 'plain' },
  { query: 'lentils cooked', means: ['16070'], kind: 'plural' },
  { query: 'chickpeas', means: ['16358'], kind: 'plural' },
  { query: 'honey', means: ['19296'], kind: 'plain' },
  { query: 'bacon', means: ['10862'], kind: 'plain' },
  { query: 'turkey breast', means: ['05186', '07081'], kind: 'plain' },
  { query: 'shrimps', means: ['15149', '15151'], kind: 'plural' },
  { query: 'whey protein', means: ['14066'], kind: 'synonym' },
  { query: 'black beans', means: ['16018'], kind: 'plain' },
  { query: 'quinoa', means: ['20035', '20137'], kind: 'plain' },
  { query: 'kiwi', means: ['09148'], kind: 'reference' },
  { query: 'cantaloupe', means: ['09181'], kind: 'reference' },
  { query: 'asparagus', means: ['11011', '11012'], kind: 'reference' },
  { query: 'plums', means: ['09279'], kind: 'reference' },
  { query: 'cherries', means: ['09070'], kind: 'reference' },
];

/** A search result as the check sees it: where the food came from and its id there. */
export interface ResultRef {
  source: string;
  sourceId: string;
}

/** NDB number of a result from the starter catalog ("sr28-05062") or an SR28 / SR Legacy import ("05062"); null otherwise. */
export function ndbOf(ref: ResultRef): string | null {
  if (ref.source === 'platewise-starter') return /^sr28-(\d{5})$/.exec(ref.sourceId)?.[1] ?? null;
  if (ref.source === 'usda-sr28') return ref.sourceId;
  return null;
}

export interface QualityReport {
  queries: number;
  hits: number;
  /** hits ÷ queries. */
  hitRate: number;
  misses: Array<{ query: string; top: string[] }>;
}

/** Top-k hit rate: the share of labeled queries with one of their foods among the first k results (k = 3 by default). */
export function topKHitRate(
  results: ReadonlyArray<{ query: LabeledQuery; results: ReadonlyArray<ResultRef & { name: string }> }>,
  k = 3,
): QualityReport {
  let hits = 0;
  const misses: QualityReport['misses'] = [];
  for (const { query, results: list } of results) {
    const top = list.slice(0, k);
    if (top.some((r) => query.means.includes(ndbOf(r) ?? ''))) hits++;
    else misses.push({ query: query.query, top: top.map((r) => r.name) });
  }
  return { queries: results.length, hits, hitRate: results.length === 0 ? 0 : hits / results.length, misses };
}
