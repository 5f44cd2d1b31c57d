// Text normalisation shared by the index (what the store saves for each food) and the query (what a
// person types), so both sides meet in the same form: lower case, no accents, no punctuation, and
// English plurals folded to the singular ("eggs" → "egg", "berries" → "berry", "tomatoes" → "tomato").

/** Bumped whenever the rules below change, so stored search lines are rebuilt (the starter catalog reloads on it). */
export const SEARCH_TEXT_VERSION = 1;

/** Plural "-ies" words whose singular ends in "-ie", not "-y" (cookies → cookie, not cooky). */
const IE_SINGULARS = new Set(['cookie', 'brownie', 'pie', 'smoothie', 'veggie', 'calorie', 'brie', 'hoagie', 'rookie', 'sweetie', 'specie', 'movie', 'zombie', 'tie', 'lie', 'die']);
/** Words that end in "s" in the singular: never strip their "s". */
const KEEP_S = new Set(['hummus', 'houmous', 'asparagus', 'couscous', 'citrus', 'molasses', 'swiss', 'bass', 'cress', 'watercress', 'series', 'species', 'haggis', 'octopus', 'hibiscus', 'anise', 'less', 'plus']);

/** Lower-cases, strips accents (NFD) and keeps letters, digits, "%" and "." between digits; other characters become spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)[.,](\d)/g, '$1.$2')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** English plural → singular by suffix rules (-ies → -y, -oes → -o, -ches/-shes/-xes/-sses → drop -es, -s → drop), with exception lists; lower-case word in, word out. */
export function singular(word: string): string {
  // Short words ("gas", "cos") and words with digits are left alone.
  if (word.length <= 3 || KEEP_S.has(word) || !word.endsWith('s') || /\d/.test(word)) return word;
  if (word.endsWith('ies')) {
    const ie = word.slice(0, -1);
    return IE_SINGULARS.has(ie) ? ie : `${word.slice(0, -3)}y`;
  }
  if (word.endsWith('oes')) return word.slice(0, -2);
  if (/(ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}

/** Words that join others ("mac and cheese", USDA's "w/"): dropped on both sides so they neither match nor count. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'a', 'an', 'in', 'or', 'to', 'for', 'w', 'n']);

/** Words of a text as the search compares them: foldText, split on spaces, stop words out (unless nothing else is left), each word singular(). */
export function searchWords(text: string): string[] {
  const folded = foldText(text);
  if (folded === '') return [];
  const words = folded.split(' ');
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return (kept.length > 0 ? kept : words).map(singular);
}

/** The one line a food is searched by: its name, aliases and brand as searchWords, joined by spaces. */
export function searchDocument(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .flatMap(searchWords)
    .join(' ');
}

/** A query that is a barcode (8–24 digits: EAN-8, UPC-A, EAN-13, GTIN-14, Open Food Facts' padded codes) returns its digits without leading zeros; otherwise null. */
export function barcodeKey(query: string): string | null {
  const digits = query.replace(/[\s-]/g, '');
  if (!/^\d{8,24}$/.test(digits)) return null;
  return digits.replace(/^0+/, '') || '0';
}
