// Reading another app's exercise names as ours: exact names and aliases first, then a fuzzy score that
// a person confirms when it is low. Pure: the caller brings the candidates (catalog, own exercises).
import { catalogNameKey } from './exercise-catalog.js';

/** One exercise a name may match: its names (the name first, then aliases) and how much we prefer it. */
export interface MatchCandidate {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Lower wins a tie: our own list 0, imported catalogs after it. */
  rank: number;
}

export type MatchHow = 'exact' | 'alias' | 'fuzzy' | 'none';

/** A candidate and how close it is, 0…1. */
export interface ScoredCandidate {
  id: string;
  name: string;
  confidence: number;
}

export interface NameMatch {
  how: MatchHow;
  /** The matched exercise (exact, alias, or the best fuzzy candidate at or above SUGGEST_AT); null for none. */
  id: string | null;
  confidence: number;
  /** The best candidates, best first (at most five), for a person to choose from. */
  suggestions: ScoredCandidate[];
}

/** At or above: a fuzzy match is taken without asking. */
export const ACCEPT_AT = 0.8;
/** At or above (and below ACCEPT_AT): a fuzzy match is suggested and needs a person's confirmation. */
export const SUGGEST_AT = 0.45;

// Spellings other apps use for the same thing (whole words, after lower-casing and splitting).
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  db: 'dumbbell',
  dumbell: 'dumbbell',
  dumbbells: 'dumbbell',
  bb: 'barbell',
  kb: 'kettlebell',
  kettlebells: 'kettlebell',
  bw: 'bodyweight',
  ohp: 'overhead press',
  rdl: 'romanian deadlift',
  rdls: 'romanian deadlift',
  sldl: 'stiff leg deadlift',
  pullup: 'pull up',
  pullups: 'pull up',
  chinup: 'chin up',
  chinups: 'chin up',
  pushup: 'push up',
  pushups: 'push up',
  situp: 'sit up',
  situps: 'sit up',
  pulldown: 'pulldown',
  pushdown: 'pushdown',
  tricep: 'triceps',
  triceps: 'triceps',
  bicep: 'biceps',
  biceps: 'biceps',
  calves: 'calf',
  lat: 'lat',
  lats: 'lat',
  ez: 'ez',
  'e-z': 'ez',
  skullcrusher: 'skull crusher',
  skullcrushers: 'skull crusher',
  flye: 'fly',
  flyes: 'fly',
  flies: 'fly',
};
const STOP_WORDS = new Set(['the', 'a', 'an', 'with', 'on', 'of', 'and', 'to', 'in']);
const EQUIPMENT_WORDS = new Set(['barbell', 'dumbbell', 'cable', 'machine', 'kettlebell', 'band', 'smith', 'ez', 'trap', 'bodyweight', 'plate']);

/** Words of an exercise name in a canonical spelling: lower case, punctuation dropped, synonyms and simple plurals folded. */
export function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const synonym = WORD_SYNONYMS[w];
    const folded = synonym ?? (w.length > 4 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w) ? w.slice(0, -2) : w.length > 2 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
    for (const part of folded.split(' ')) if (!STOP_WORDS.has(part)) out.push(part);
  }
  return out;
}

/** pg_trgm's trigram set of a text: each word padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/** pg_trgm similarity: shared trigrams over all trigrams of both (Jaccard), 0…1. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Dice coefficient of two word lists as sets: 2|A∩B| / (|A| + |B|), 0…1. */
export function wordDice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/** A name prepared for scoring: its words, their trigrams, and the trigrams of the words run together. */
interface Prepared {
  words: string[];
  grams: Set<string>;
  compact: Set<string>;
  equipment: Set<string>;
}

function prepare(name: string): Prepared {
  const words = nameWords(name);
  return { words, grams: trigrams(words.join(' ')), compact: trigrams(words.join('')), equipment: new Set(words.filter((w) => EQUIPMENT_WORDS.has(w))) };
}

/**
 * How alike two exercise names are, 0…1: the mean of word-trigram similarity (pg_trgm) and word Dice, or
 * the trigram similarity of the words run together ("Benchpress" = "Bench Press") if higher; × 0.7 when
 * both name equipment and it differs (a dumbbell press is not a barbell press).
 */
function score(a: Prepared, b: Prepared): number {
  const words = 0.5 * trigramSimilarity(a.grams, b.grams) + 0.5 * wordDice(a.words, b.words);
  const compact = 0.95 * trigramSimilarity(a.compact, b.compact);
  let s = Math.max(words, compact);
  if (a.equipment.size > 0 && b.equipment.size > 0 && ![...a.equipment].some((e) => b.equipment.has(e))) s *= 0.7;
  return Math.round(s * 1000) / 1000;
}

/** Similarity of two exercise names, 0…1 (see score: trigrams, word Dice, equipment). */
export function nameSimilarity(a: string, b: string): number {
  return score(prepare(a), prepare(b));
}

/** Candidates prepared once for many look-ups: exact keys, alias keys and every name's trigrams. */
export interface NameIndex {
  byName: Map<string, MatchCandidate>;
  byAlias: Map<string, MatchCandidate>;
  prepared: Array<{ candidate: MatchCandidate; name: string; p: Prepared }>;
}

/** Indexes candidates by catalogNameKey of names and aliases; on a clash the lower rank (then the first) keeps the key. */
export function buildNameIndex(candidates: readonly MatchCandidate[]): NameIndex {
  const byName = new Map<string, MatchCandidate>();
  const byAlias = new Map<string, MatchCandidate>();
  const prepared: NameIndex['prepared'] = [];
  const put = (map: Map<string, MatchCandidate>, key: string, c: MatchCandidate) => {
    const held = map.get(key);
    if (!held || c.rank < held.rank) map.set(key, c);
  };
  for (const c of candidates) {
    put(byName, catalogNameKey(c.name), c);
    prepared.push({ candidate: c, name: c.name, p: prepare(c.name) });
    for (const alias of c.aliases) {
      put(byAlias, catalogNameKey(alias), c);
      prepared.push({ candidate: c, name: alias, p: prepare(alias) });
    }
  }
  return { byName, byAlias, prepared };
}

/**
 * Matches one name: an exact name (confidence 1), else an alias (1), else the most similar name or alias
 * (nameSimilarity; ties to the lower rank, then the shorter name). A fuzzy best below SUGGEST_AT is no match.
 */
export function matchExerciseName(name: string, index: NameIndex): NameMatch {
  const key = catalogNameKey(name);
  const exact = index.byName.get(key);
  const alias = exact ? undefined : index.byAlias.get(key);
  const p = prepare(name);
  const best = new Map<string, { c: MatchCandidate; s: number; len: number }>();
  for (const entry of index.prepared) {
    const s = score(p, entry.p);
    if (s <= 0) continue;
    const held = best.get(entry.candidate.id);
    if (!held || s > held.s) best.set(entry.candidate.id, { c: entry.candidate, s, len: entry.name.length });
  }
  const ranked = [...best.values()].sort((a, b) => b.s - a.s || a.c.rank - b.c.rank || a.len - b.len || (a.c.name < b.c.name ? -1 : 1));
  const suggestions = ranked.slice(0, 5).map((r) => ({ id: r.c.id, name: r.c.name, confidence: r.s }));
  const found = exact ?? alias;
  if (found) {
    return {
      how: exact ? 'exact' : 'alias',
      id: found.id,
      confidence: 1,
      suggestions: [{ id: found.id, name: found.name, confidence: 1 }, ...suggestions.filter((s) => s.id !== found.id)].slice(0, 5),
    };
  }
  const top = ranked[0];
  if (!top || top.s < SUGGEST_AT) return { how: 'none', id: null, confidence: top?.s ?? 0, suggestions };
  return { how: 'fuzzy', id: top.c.id, confidence: top.s, suggestions };
}

/** True when a match may be used without a person's say-so: exact, alias, or fuzzy at or above ACCEPT_AT. */
export function isConfidentMatch(m: Pick<NameMatch, 'how' | 'confidence'>): boolean {
  return m.how === 'exact' || m.how === 'alias' || (m.how === 'fuzzy' && m.confidence >= ACCEPT_AT);
}
