// The authored library, data/tips.json: big enough, every tip wired to a condition that fires on some
// history and fills its message, every source an entry of science.md, and no tip repeating a claim the
// evidence contradicts (the seed articles' hormone claims are the positive control of that scan).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../core/tips/conditions/index.js';
import { fillMessage, placeholdersOf } from '../core/tips/library.js';
import { CONDITION_CASES } from '../core/tips/testing/cases.js';
import { loadTipLibrary } from './tip-library.js';

const SCIENCE = readFileSync(new URL('../../../shared/reference/science.md', import.meta.url), 'utf8').replaceAll('*', '');
const SEEDS = ['how-important-are-leg-workouts.txt', 'why-train-your-legs.txt'].map((f) => readFileSync(new URL(`../../../shared/seeds/${f}`, import.meta.url), 'utf8'));

/** A sentence that says a thing is weak, absent or not so. */
const HEDGED = /\b(not|no|never|neither|nor|weakly|modest|small study|at best|isn't|doesn't|don't|didn't)\b/i;

/** Claims the evidence contradicts (science.md §2.2, §7), each a test on one sentence. */
const FORBIDDEN: ReadonlyArray<{ claim: string; test: (s: string) => boolean }> = [
  { claim: 'women make little or no growth hormone', test: (s) => /\bwom[ae]n\b.*\b(little|no|hardly any|lack)\b.*\bgrowth hormones?\b/i.test(s) || /\bgrowth hormones?\b.*\bonly\b.*\bmen\b/i.test(s) },
  { claim: 'only men benefit from hormones', test: (s) => /\bonly (relevant|useful|matters?) (to|for) (the )?men\b/i.test(s) },
  { claim: 'women cannot build muscle like men', test: (s) => /\bwom[ae]n\b.*\b(can never|cannot|can't)\b.*\b(muscle|grow)/i.test(s) || /\bwom[ae]n\b.*\b(bulky|too muscular)\b/i.test(s) },
  {
    claim: 'hormones from leg day grow the arms or the whole body',
    test: (s) =>
      /\b(hormones?|testosterone)\b/i.test(s) &&
      /\b(arms?|upper[- ]body|chest|whole body|entire body|all over the body|smaller muscle|other muscle)/i.test(s) &&
      /\b(grow|growth|build|stimulat|benefit|boost)/i.test(s) &&
      !HEDGED.test(s),
  },
  { claim: 'squats release the most hormones', test: (s) => /\b(squats?|deadlifts?|leg)\b.*\b(release|produce|raise)\b.*\bhormones?\b/i.test(s) && !HEDGED.test(s) },
  { claim: 'a 500-kcal cut gives 1 lb a week for good', test: (s) => /\b500[- ]?kcal\b.*\b(1|one) (lb|pound)s? (a|per) week\b/i.test(s) && !HEDGED.test(s) },
  { claim: 'extra protein harms', test: (s) => /\bprotein\b.*\b(harm|damag|danger)/i.test(s) && !HEDGED.test(s) },
];

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
const violations = (text: string) => sentences(text).flatMap((s) => FORBIDDEN.filter((f) => f.test(s)).map((f) => `${f.claim}: "${s}"`));

describe('the tip library (data/tips.json)', () => {
  const sut = loadTipLibrary();

  it('has at least 40 tips across training, nutrition, body and recovery', () => {
    expect(sut.tips.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sut.tips.map((t) => t.category))).toEqual(new Set(['training', 'nutrition', 'body', 'recovery']));
    for (const topic of ['legs', 'volume', 'frequency', 'progress', 'rest', 'protein', 'fiber', 'gain-rate', 'loss-rate', 'trend', 'sleep']) {
      expect(sut.tips.some((t) => t.topic === topic), topic).toBe(true);
    }
  });

  it('uses every condition, and every tip fills its message on a history that triggers it', () => {
    expect(new Set(sut.tips.map((t) => t.condition))).toEqual(new Set(Object.keys(CONDITIONS)));
    for (const tip of sut.tips) {
      const firing = (CONDITION_CASES[tip.condition] ?? []).filter((c) => c.fires);
      expect(firing.length, tip.id).toBeGreaterThan(0);
      for (const c of firing) {
        const f = CONDITIONS[tip.condition]!(c.ctx)!;
        const message = fillMessage(tip.message, f.fill);
        expect(message, `${tip.id} on "${c.name}" lacks ${placeholdersOf(tip.message).filter((p) => f.fill[p] === undefined)}`).not.toBeNull();
        expect(message).not.toMatch(/[{}]|undefined|NaN|null/);
      }
    }
  });

  it('cites only entries of science.md, by author, year and journal as written there', () => {
    for (const ref of Object.values(sut.references)) {
      expect(SCIENCE, ref.id).toContain(ref.authors);
      expect(SCIENCE, ref.id).toContain(ref.citation);
      if (ref.journal) expect(SCIENCE, ref.id).toContain(ref.journal);
      if (ref.year !== null) expect(`${ref.citation} ${SCIENCE}`, ref.id).toContain(String(ref.year));
    }
    for (const tip of sut.tips) {
      // A tip that names a source in its text names one it lists.
      for (const s of tip.sources) expect(sut.references[s], `${tip.id}: ${s}`).toBeDefined();
      const pieces = [...tip.message.matchAll(/\(([^()]*)\)/g)].flatMap((m) => m[1]!.split(/[;,] /).map((p) => p.trim()));
      const named = Object.values(sut.references).filter((r) => pieces.some((p) => p === r.short || (p.endsWith(` ${r.short}`) && !p.endsWith(`& ${r.short}`))));
      for (const r of named) expect(tip.sources, `${tip.id} names ${r.short}`).toContain(r.id);
    }
  });

  it('grades the leg-training and hormone tips as the evidence does', () => {
    const byId = new Map(sut.tips.map((t) => [t.id, t]));
    expect(byId.get('legs-need-their-own-sets')).toMatchObject({ evidence: 'strong' });
    expect(byId.get('women-growth-hormone')?.sources).toEqual(expect.arrayContaining(['engstrom-1999', 'veldhuis-1998']));
    const hormones = byId.get('leg-day-hormones')!;
    expect(hormones.sources).toEqual(expect.arrayContaining(['west-2010', 'west-phillips-2012', 'ronnestad-2011']));
    expect(hormones.message).toMatch(/weakly supported/);
    expect(hormones.message).toMatch(/56 people/);
  });

  it('repeats no claim the evidence contradicts', () => {
    const found: string[] = [];
    for (const tip of sut.tips) {
      found.push(...violations(tip.title).map((v) => `${tip.id} title: ${v}`), ...violations(tip.message).map((v) => `${tip.id}: ${v}`));
      for (const c of (CONDITION_CASES[tip.condition] ?? []).filter((x) => x.fires)) {
        found.push(...violations(fillMessage(tip.message, CONDITIONS[tip.condition]!(c.ctx)!.fill) ?? '').map((v) => `${tip.id} filled: ${v}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch the seed articles’ hormone claims (the scan can fail)', () => {
    const claims = SEEDS.flatMap(violations).join('\n');
    expect(claims).toMatch(/women make little or no growth hormone/);
    expect(claims).toMatch(/hormones from leg day grow the arms or the whole body/);
    expect(claims).toMatch(/squats release the most hormones/);
    expect(claims).toMatch(/women cannot build muscle like men/);
  });
});
