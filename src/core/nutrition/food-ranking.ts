import { searchWords } from './search-text.js';

/**
 * Where a food comes from, with how much its names are trusted as the everyday, generic name of a food
 * (0–1). Our starter catalog is written for people; the user's own foods and recipes are what they call
 * things; USDA reference names are generic but long ("Chicken, broilers or fryers, breast, …"); branded
 * and crowd-sourced products are many near-duplicates of each other.
 */
export const FOOD_SOURCES = {
  'platewise-starter': { label: 'Platewise starter catalog', priority: 1 },
  custom: { label: 'Your food', priority: 0.8 },
  recipe: { label: 'Your recipe', priority: 0.8 },
  'usda-sr28': { label: 'USDA SR28', priority: 0.5 },
  'usda-fdc-foundation': { label: 'USDA FoodData Central, Foundation', priority: 0.5 },
  'usda-fdc-sr-legacy': { label: 'USDA FoodData Central, SR Legacy', priority: 0.5 },
  'usda-fdc-survey': { label: 'USDA FoodData Central, Survey (FNDDS)', priority: 0.4 },
  'usda-fdc-branded': { label: 'USDA FoodData Central, Branded', priority: 0.1 },
  off: { label: 'Open Food Facts', priority: 0.1 },
} as const satisfies Record<string, { label: string; priority: number }>;

export type FoodSource = keyof typeof FOOD_SOURCES;
export const FOOD_SOURCE_IDS = Object.keys(FOOD_SOURCES) as FoodSource[];

/** What the ranking needs to know about a food that matched the query somewhere. */
export interface RankCandidate {
  id: string;
  name: string;
  brand: string | null;
  aliases: readonly string[];
  source: FoodSource;
  /** Foods with the same key are the same food from different sources ("ndb:01123", "gtin:3017620422003"); one is shown. */
  dedupeKey: string | null;
  /** The user's own history with this food: entries in the recent window, and days since the last one. */
  usage: { count: number; daysSinceLast: number } | null;
}

export interface Ranked<T> {
  food: T;
  score: number;
}

// Weights of the score. Coverage (how well every query word is found) dominates; the rest orders foods
// that all contain the words: a name that is the query, a name that starts with it, a short name, a
// trusted source, no brand. A food the user logs often and lately jumps above all of them.
const ALL_WORDS_BONUS = 0.2;
const PRECISION_WEIGHT = 0.25;
const SAME_WORDS_BONUS = 0.3;
const HEAD_WORD_BONUS = 0.15;
const SOURCE_WEIGHT = 0.15;
const GENERIC_BONUS = 0.05;
/**
 * A product whose brand the query does not name is less likely the one meant than a generic food with the query's
 * words: without this, FoodData Central's many products named just "Tofu" (by some brand) outranked "Tofu, firm",
 * and at 0.3 products named "Cherries" still outranked USDA's "Cherries, sweet, raw".
 */
const UNASKED_BRAND_PENALTY = 0.4;
const LENGTH_PENALTY_PER_WORD = 0.005;
const MIN_COVERAGE = 0.5;
const PERSONAL_MIN_COVERAGE = 0.7;
const PERSONAL_BONUS = 1;
const ALIAS_WEIGHT = 0.95;
const BRAND_WEIGHT = 0.9;
const MATCHED = 0.6;
/** The name's head earns the full head bonus only when the query has its word (or it with one typo), half when it merely begins it. */
const EXACT_ENOUGH = 0.75;
/** Words of the usual state of a food (USDA: "Bananas, raw", "Egg, whole, raw, fresh"). */
const NEUTRAL_WORDS = new Set(['raw', 'fresh', 'whole', 'plain', 'regular', 'commercial', 'variety', 'all', 'type']);

/**
 * Ranks foods for a query (pure; the store only gathers candidates): per query word the best match in
 * the name, aliases or brand — exact 1, a word it begins (partial typing) 0.5–0.9, one typo
 * (Damerau–Levenshtein 1; 2 for words of 8+ letters) 0.75/0.65 — averaged into coverage; plus bonuses
 * for every word found, the share of the name the query covers (words of the usual state such as "raw"
 * aside), the same words in any order, the name's head (before its first comma), the source's trust, no
 * brand, and the user's own frequent/recent foods; less for a brand the query does not name. Foods
 * sharing a dedupe key (the same food from several sources) and repeats of one name and brand appear
 * once, as the most trusted member. When some foods contain every query word, only those are returned.
 * Returns at most `limit`, best first; ties by shorter name, then name. `wordsOf` is foodWords or a caller's memo of it.
 */
export function rankFoods<T extends RankCandidate>(query: string, candidates: readonly T[], limit: number, wordsOf: (food: RankCandidate) => FoodWords = foodWords): Array<Ranked<T>> {
  const qWords = [...new Set(searchWords(query))];
  if (qWords.length === 0) return [];
  // Candidates share most of their words ("chicken", "raw", "cooked"): score each word pair once (a map per query
  // word, so no key string is built for each of the thousands of lookups a search makes).
  const memo = new Map<string, Map<string, number>>();
  const scoreOf: WordScorer = (q, w) => {
    let byWord = memo.get(q);
    if (byWord === undefined) memo.set(q, (byWord = new Map()));
    let v = byWord.get(w);
    if (v === undefined) byWord.set(w, (v = wordScore(q, w)));
    return v;
  };
  let scored: Array<Ranked<T> & { words: number; nameKey: string; allWords: boolean }> = [];
  for (const food of candidates) {
    const words = wordsOf(food);
    const s = scoreFood(qWords, food, words, scoreOf);
    if (s !== null) scored.push({ food, score: s.score, allWords: s.allWords, words: words.name.length, nameKey: `name:${words.name.join(' ')}|${words.brand.join(' ')}` });
  }
  // Every query word must be found, unless no food has them all; then the closest partial matches do.
  if (scored.some((s) => s.allWords)) scored = scored.filter((s) => s.allWords);
  scored.sort((a, b) => b.score - a.score || a.words - b.words || a.food.name.localeCompare(b.food.name) || a.food.id.localeCompare(b.food.id));

  // Collapse duplicates: the group keeps the best score but shows its most trusted member.
  const groups = new Map<string, { best: Ranked<T>; shown: T }>();
  const order: string[] = [];
  for (const item of scored) {
    const keys = item.food.dedupeKey === null ? [item.nameKey] : [item.food.dedupeKey, item.nameKey];
    const existing = keys.map((k) => groups.get(k)).find((g) => g !== undefined);
    if (existing) {
      if (FOOD_SOURCES[item.food.source].priority > FOOD_SOURCES[existing.shown.source].priority && !item.food.usage === !existing.shown.usage) {
        existing.shown = item.food;
      }
      for (const k of keys) if (!groups.has(k)) groups.set(k, existing);
      continue;
    }
    const group = { best: item, shown: item.food };
    for (const k of keys) groups.set(k, group);
    order.push(keys[0]!);
  }
  const out: Array<Ranked<T>> = [];
  const seen = new Set<object>();
  for (const key of order) {
    const g = groups.get(key)!;
    if (seen.has(g)) continue;
    seen.add(g);
    out.push({ food: g.shown, score: g.best.score });
    if (out.length >= limit) break;
  }
  return out;
}

interface PhraseMatch {
  /** Best score per query word within this phrase. */
  perWord: number[];
  /** Share of the phrase's words that some query word matched, weighted by how well. */
  precision: number;
  sameWords: boolean;
  /** How well the query matched the phrase's head (a name's first comma segment: "Kiwifruit" of "Kiwifruit, green, raw"). */
  head: number;
}

/** A food's words as ranking compares them (foodWords); the same for the same name, aliases and brand. */
export interface FoodWords {
  name: string[];
  /** Words of the name before its first comma (USDA names the food first, then qualifies it). */
  headLength: number;
  aliases: string[][];
  brand: string[];
  /** A mixed-case name with an all-capitals brand in it ("Babyfood, GERBER, …"): a branded food. */
  brandInName: boolean;
}

/** A food's name, head (before the first comma), aliases and brand as searchWords, and whether the name holds an all-capitals brand. */
export function foodWords(food: Pick<RankCandidate, 'name' | 'aliases' | 'brand'>): FoodWords {
  const name = searchWords(food.name);
  return {
    name,
    headLength: Math.max(1, searchWords(food.name.split(',')[0] ?? '').length),
    aliases: food.aliases.map(searchWords),
    brand: food.brand ? searchWords(food.brand) : [],
    brandInName: /[a-z]/.test(food.name) && /\b[A-Z][A-Z'&.-]{2,}\b/.test(food.name),
  };
}

type WordScorer = (q: string, w: string) => number;

function scoreFood(qWords: readonly string[], food: RankCandidate, words: FoodWords, scoreOf: WordScorer): { score: number; allWords: boolean } | null {
  const nameWords = words.name;
  const brandWords = words.brand;
  const brandMatch = brandWords.length > 0 ? matchPhrase(qWords, brandWords, brandWords.length, scoreOf) : null;

  const perWord = new Array<number>(qWords.length).fill(0);
  let precision = 0;
  let sameWords = false;
  let head = 0;
  // The name (weight 1, its head before the first comma), then each alias (its own head is all of it).
  for (let a = -1; a < words.aliases.length; a++) {
    const phrase = a < 0 ? nameWords : words.aliases[a]!;
    if (phrase.length === 0) continue;
    const weight = a < 0 ? 1 : ALIAS_WEIGHT;
    const m = matchPhrase(qWords, phrase, a < 0 ? words.headLength : phrase.length, scoreOf);
    for (let i = 0; i < perWord.length; i++) perWord[i] = Math.max(perWord[i]!, m.perWord[i]! * weight);
    precision = Math.max(precision, m.precision);
    sameWords ||= m.sameWords;
    head = Math.max(head, m.head);
  }
  if (brandMatch) {
    for (let i = 0; i < perWord.length; i++) perWord[i] = Math.max(perWord[i]!, brandMatch.perWord[i]! * BRAND_WEIGHT);
  }
  const coverage = perWord.reduce((s, v) => s + v, 0) / qWords.length;
  if (coverage < MIN_COVERAGE) return null;
  const allWords = perWord.every((v) => v >= MATCHED);
  let score =
    coverage +
    (allWords ? ALL_WORDS_BONUS : 0) +
    PRECISION_WEIGHT * precision +
    (sameWords ? SAME_WORDS_BONUS : 0) +
    (head >= EXACT_ENOUGH ? HEAD_WORD_BONUS : head >= MATCHED ? HEAD_WORD_BONUS / 2 : 0) +
    SOURCE_WEIGHT * FOOD_SOURCES[food.source].priority +
    (food.brand || words.brandInName ? 0 : GENERIC_BONUS) -
    (brandMatch && !brandMatch.perWord.some((v) => v >= MATCHED) ? UNASKED_BRAND_PENALTY : 0) -
    LENGTH_PENALTY_PER_WORD * nameWords.length;
  if (food.usage && allWords && coverage >= PERSONAL_MIN_COVERAGE) {
    const often = Math.min(food.usage.count, 20) / 20;
    const lately = Math.max(0, 1 - food.usage.daysSinceLast / 30);
    score += PERSONAL_BONUS + 0.3 * often + 0.2 * lately;
  }
  return { score, allWords };
}

// Plain loops: this runs for every phrase of every candidate (a few thousand times a search), and the callbacks,
// sets and slices it used to allocate were most of ranking's cost.
function matchPhrase(qWords: readonly string[], words: readonly string[], headLength: number, scoreOf: WordScorer): PhraseMatch {
  // How well some query word matched each word of the phrase: an exact word counts fully, a word
  // the query only began ("egg" in "eggnog") or misspelled counts by its score.
  const hit = new Array<number>(words.length).fill(0);
  const perWord = new Array<number>(qWords.length);
  for (let k = 0; k < qWords.length; k++) {
    const q = qWords[k]!;
    let best = 0;
    for (let i = 0; i < words.length; i++) {
      const s = scoreOf(q, words[i]!);
      if (s >= MATCHED && s > hit[i]!) hit[i] = s;
      if (s > best) best = s;
    }
    perWord[k] = best;
  }
  // Words that only say a food is in its usual state ("raw", "fresh", "plain") do not make a name less precise.
  let counted = 0;
  let hits = 0;
  let head = 0;
  for (let i = 0; i < words.length; i++) {
    if (hit[i]! > 0 || !NEUTRAL_WORDS.has(words[i]!)) counted++;
    hits += hit[i]!;
    if (i < headLength && hit[i]! > head) head = hit[i]!;
  }
  return { perWord, precision: hits / Math.max(1, counted), sameWords: sameWordSet(qWords, words), head };
}

/** Whether the phrase has exactly the query's words (as sets: order and repeats aside). */
function sameWordSet(qWords: readonly string[], words: readonly string[]): boolean {
  // Every query word in the phrase and every phrase word in the query: the distinct sets are then equal.
  for (const q of qWords) if (!words.includes(q)) return false;
  for (const w of words) if (!qWords.includes(w)) return false;
  return true;
}

/** How well a query word matches a word of a food: 1 exact, 0.5–0.9 when the word begins with it (more of the word typed, more), 0.75/0.65 for 1/2 typos, 0.6 for a typo in a partial word, else 0. */
export function wordScore(q: string, w: string): number {
  if (q === w) return 1;
  if (q.length >= 2 && w.startsWith(q)) return 0.5 + 0.4 * (q.length / w.length);
  if (q.length >= 4 && w.length >= 3) {
    const allowed = q.length >= 8 ? 2 : 1;
    const d = editDistance(q, w, allowed);
    if (d <= allowed) return 0.85 - 0.1 * d;
    if (w.length > q.length && editDistance(q, w.slice(0, q.length), 1) <= 1) return 0.6;
  }
  return 0;
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
