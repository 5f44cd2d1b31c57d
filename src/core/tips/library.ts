// The tip library's shape and rules: each tip names its condition (a pure function in conditions/), its
// evidence grade and its sources, which are entries of shared/reference/science.md. The library itself
// is data we author (data/tips.json); the app reads the file and this module checks it.
import type { FieldIssue } from '../errors.js';

/** How strong the evidence behind what a tip says is, strongest first. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'weak', 'expert-opinion'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** What each grade means, for people reading a tip. */
export const EVIDENCE_MEANING: Readonly<Record<EvidenceGrade, string>> = {
  strong: 'meta-analyses or several consistent trials or measurements',
  moderate: 'a meta-analysis with caveats, a validated model, or a few trials',
  weak: 'small or single studies, or mixed results',
  'expert-opinion': 'consensus statements, reviews’ recommendations and coaching or product conventions',
};

export const TIP_CATEGORIES = ['training', 'nutrition', 'body', 'recovery'] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** A source as science.md gives it. */
export interface TipReference {
  id: string;
  /** The authors as science.md writes them ("Schoenfeld BJ, Ogborn D, Krieger JW"). */
  authors: string;
  year: number | null;
  title: string | null;
  /** The journal (or publisher) as science.md writes it; null when it names none. */
  journal: string | null;
  /** The full reference line, e.g. "J Sports Sci 2017;35(11):1073–1082". */
  citation: string;
  /** How a tip names it in running text: "Schoenfeld 2017". */
  short: string;
  url: string | null;
}

export interface TipDefinition {
  id: string;
  category: TipCategory;
  /** Tips sharing a topic are alternatives: at most one of them is shown a day. */
  topic: string;
  title: string;
  /** The text, with {placeholders} the condition fills from the user's numbers. */
  message: string;
  evidence: EvidenceGrade;
  /** Reference ids (TipLibrary.references). */
  sources: string[];
  /** The id of the condition (CONDITIONS) that decides whether the tip applies. */
  condition: string;
}

export interface TipLibrary {
  references: Readonly<Record<string, TipReference>>;
  tips: readonly TipDefinition[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDER_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;
const MAX_MESSAGE = 700;
const MAX_TITLE = 60;

/** The {placeholder} names of a message, in order of first use. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fills a message's {placeholders}; null when one has no value (the tip is then not shown). */
export function fillMessage(message: string, values: Readonly<Record<string, string | number>>): string | null {
  let missing = false;
  const text = message.replace(PLACEHOLDER, (_all, name: string) => {
    const v = values[name];
    if (v === undefined) {
      missing = true;
      return '';
    }
    return String(v);
  });
  return missing ? null : text;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** Checks a tip library (data/tips.json) against the rules above and the known condition ids; the library keeps only valid tips. */
export function validateTipLibrary(raw: unknown, conditionIds: ReadonlySet<string>): { library: TipLibrary; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const references: Record<string, TipReference> = {};
  const tips: TipDefinition[] = [];
  if (!isObject(raw) || !isObject(raw.references) || !Array.isArray(raw.tips)) {
    return { library: { references, tips }, issues: [{ field: 'library', message: 'must be an object with "references" and "tips"' }] };
  }
  for (const [id, r] of Object.entries(raw.references)) {
    const at = `references.${id}`;
    if (!ID.test(id)) issues.push({ field: at, message: 'id must be kebab-case' });
    if (!isObject(r) || !str(r.authors) || !str(r.citation) || !str(r.short)) {
      issues.push({ field: at, message: 'needs authors, citation and short' });
      continue;
    }
    const year = r.year ?? null;
    if (year !== null && !(Number.isInteger(year) && (year as number) > 1800 && (year as number) < 2100)) issues.push({ field: `${at}.year`, message: 'must be a year or null' });
    references[id] = {
      id,
      authors: r.authors,
      year: year as number | null,
      title: str(r.title) ? r.title : null,
      journal: str(r.journal) ? r.journal : null,
      citation: r.citation,
      short: r.short,
      url: str(r.url) ? r.url : null,
    };
  }
  const seen = new Set<string>();
  raw.tips.forEach((t: unknown, i) => {
    const at = `tips.${i}`;
    const before = issues.length;
    if (!isObject(t)) {
      issues.push({ field: at, message: 'must be an object' });
      return;
    }
    const id = t.id;
    if (!str(id) || !ID.test(id)) issues.push({ field: `${at}.id`, message: 'must be a kebab-case id' });
    else if (seen.has(id)) issues.push({ field: `${at}.id`, message: `duplicate id ${id}` });
    else seen.add(id);
    if (!(TIP_CATEGORIES as readonly unknown[]).includes(t.category)) issues.push({ field: `${at}.category`, message: `must be one of ${TIP_CATEGORIES.join(', ')}` });
    if (!str(t.topic) || !ID.test(t.topic)) issues.push({ field: `${at}.topic`, message: 'must be a kebab-case topic' });
    if (!str(t.title) || t.title.length > MAX_TITLE) issues.push({ field: `${at}.title`, message: `must be 1–${MAX_TITLE} characters` });
    if (!str(t.message) || t.message.length > MAX_MESSAGE) issues.push({ field: `${at}.message`, message: `must be 1–${MAX_MESSAGE} characters` });
    else {
      for (const p of placeholdersOf(t.message)) if (!PLACEHOLDER_NAME.test(p)) issues.push({ field: `${at}.message`, message: `bad placeholder {${p}}` });
      if (/[{}]/.test(t.message.replace(PLACEHOLDER, ''))) issues.push({ field: `${at}.message`, message: 'has a brace outside a {placeholder}' });
    }
    if (!(EVIDENCE_GRADES as readonly unknown[]).includes(t.evidence)) issues.push({ field: `${at}.evidence`, message: `must be one of ${EVIDENCE_GRADES.join(', ')}` });
    if (!Array.isArray(t.sources) || t.sources.length === 0) issues.push({ field: `${at}.sources`, message: 'must name at least one reference' });
    else for (const s of t.sources) if (typeof s !== 'string' || !references[s]) issues.push({ field: `${at}.sources`, message: `no reference ${String(s)}` });
    if (!str(t.condition) || !conditionIds.has(t.condition)) issues.push({ field: `${at}.condition`, message: `no condition ${String(t.condition)}` });
    if (issues.length > before) return;
    tips.push({
      id: id as string,
      category: t.category as TipCategory,
      topic: t.topic as string,
      title: t.title as string,
      message: t.message as string,
      evidence: t.evidence as EvidenceGrade,
      sources: t.sources as string[],
      condition: t.condition as string,
    });
  });
  return { library: { references, tips }, issues };
}
