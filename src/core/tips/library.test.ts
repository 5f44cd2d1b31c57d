import { describe, expect, it } from 'vitest';
import { fillMessage, placeholdersOf, validateTipLibrary } from './library.js';

const ref = { authors: 'Morton RW, et al.', year: 2018, journal: 'Br J Sports Med', citation: 'Br J Sports Med 2018;52(6):376–384', short: 'Morton 2018' };
const tip = { id: 'protein-low', category: 'nutrition', topic: 'protein', title: 'Protein is low', message: 'You ate {grams} g ({gPerKg} g/kg).', evidence: 'strong', sources: ['morton-2018'], condition: 'protein-below-rda' };
const conditions = new Set(['protein-below-rda']);

describe('validateTipLibrary', () => {
  it('accepts a well-formed library', () => {
    const sut = validateTipLibrary({ references: { 'morton-2018': ref }, tips: [tip] }, conditions);
    expect(sut.issues).toEqual([]);
    expect(sut.library.tips).toHaveLength(1);
    expect(sut.library.references['morton-2018']).toMatchObject({ short: 'Morton 2018', title: null, url: null });
  });

  it.each([
    ['an unknown condition', { condition: 'nope' }, 'tips.0.condition'],
    ['an unknown source', { sources: ['smith-2020'] }, 'tips.0.sources'],
    ['no sources', { sources: [] }, 'tips.0.sources'],
    ['a grade outside the scale', { evidence: 'very strong' }, 'tips.0.evidence'],
    ['an unknown category', { category: 'mindset' }, 'tips.0.category'],
    ['an unclosed placeholder', { message: 'You ate {grams g.' }, 'tips.0.message'],
    ['a placeholder with a space', { message: 'You ate {two words} g.' }, 'tips.0.message'],
    ['an id that is not kebab-case', { id: 'Protein Low' }, 'tips.0.id'],
    ['a long title', { title: 'x'.repeat(61) }, 'tips.0.title'],
  ])('names the field of %s', (_what, change: Record<string, unknown>, field) => {
    const sut = validateTipLibrary({ references: { 'morton-2018': ref }, tips: [{ ...tip, ...change }] }, conditions);
    expect(sut.issues.map((i) => i.field)).toContain(field);
    expect(sut.library.tips).toHaveLength(0);
  });

  it('refuses duplicate ids and keeps the first', () => {
    const sut = validateTipLibrary({ references: { 'morton-2018': ref }, tips: [tip, tip] }, conditions);
    expect(sut.issues).toEqual([{ field: 'tips.1.id', message: 'duplicate id protein-low' }]);
    expect(sut.library.tips).toHaveLength(1);
  });

  it('refuses something that is not a library', () => {
    expect(validateTipLibrary([], conditions).issues[0]!.field).toBe('library');
  });
});

describe('fillMessage', () => {
  it('fills every placeholder', () => {
    expect(fillMessage('You ate {grams} g ({gPerKg} g/kg).', { grams: 50, gPerKg: '0.63' })).toBe('You ate 50 g (0.63 g/kg).');
    expect(placeholdersOf('{a} and {b} and {a}')).toEqual(['a', 'b']);
  });

  it('gives null when a value is missing, so no half-filled text is shown', () => {
    expect(fillMessage('You ate {grams} g ({gPerKg} g/kg).', { grams: 50 })).toBeNull();
  });
});
