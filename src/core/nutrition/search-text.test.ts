import { describe, expect, it } from 'vitest';
import { barcodeKey, foldText, searchDocument, searchWords, singular } from './search-text.js';

describe('foldText', () => {
  it.each([
    ['Crème Brûlée', 'creme brulee'],
    ['Milk, 2% (reduced fat)', 'milk 2% reduced fat'],
    ['Chicken, broilers or fryers, breast', 'chicken broilers or fryers breast'],
    ['  Jalapeño   peppers ', 'jalapeno peppers'],
    ['Oil, 1.5 l', 'oil 1.5 l'],
    ['Mac & cheese.', 'mac cheese'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('singular', () => {
  it.each([
    ['eggs', 'egg'],
    ['berries', 'berry'],
    ['cookies', 'cookie'],
    ['tomatoes', 'tomato'],
    ['potatoes', 'potato'],
    ['peaches', 'peach'],
    ['radishes', 'radish'],
    ['boxes', 'box'],
    ['oats', 'oat'],
    ['hummus', 'hummus'],
    ['asparagus', 'asparagus'],
    ['swiss', 'swiss'],
    ['glass', 'glass'],
    ['cheeses', 'cheese'],
    ['pies', 'pie'],
    ['gas', 'gas'],
    ['2%', '2%'],
    ['egg', 'egg'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});

describe('searchWords and searchDocument', () => {
  it('folds, drops joining words and singularizes, so plural and singular queries meet', () => {
    expect(searchWords('Eggs and Bacon')).toEqual(['egg', 'bacon']);
    expect(searchWords('egg bacon')).toEqual(['egg', 'bacon']);
    expect(searchWords('mac and cheese')).toEqual(['mac', 'cheese']);
  });
  it('keeps a query made only of joining words', () => {
    expect(searchWords('and')).toEqual(['and']);
  });
  it('joins name, aliases and brand into one line, skipping empty parts', () => {
    expect(searchDocument(['Strawberries', 'strawberry', null, ' ', 'Dole'])).toBe('strawberry strawberry dole');
  });
});

describe('barcodeKey', () => {
  it.each([
    ['3017620422003', '3017620422003'],
    ['0 12345 67890 5', '12345678905'],
    ['00012345678905', '12345678905'],
    ['1234567', null],
    ['chicken', null],
    ['00000000000026772226', '26772226'],
    ['1234567890123456789012345', null],
  ])('%j → %j', (q, expected) => {
    expect(barcodeKey(q)).toBe(expected);
  });
});
