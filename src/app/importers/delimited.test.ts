import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../core/errors.js';
import { findFile, numberField, readDelimited, readWithHeader, type DelimitedFormat, type DelimitedRow } from './delimited.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-delimited-'));
let n = 0;
function file(content: string | Buffer): string {
  const p = path.join(dir, `f${n++}.txt`);
  writeFileSync(p, content);
  return p;
}
async function rows(p: string, format: DelimitedFormat, encoding: 'utf8' | 'latin1' = 'utf8'): Promise<DelimitedRow[]> {
  const out: DelimitedRow[] = [];
  for await (const r of readDelimited(p, { format, encoding })) out.push(r);
  return out;
}

describe('readDelimited, csv', () => {
  it.each<[string, string, DelimitedRow[]]>([
    ['plain', 'a,b\n1,2\n', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]],
    ['quoted commas', '"a,b","c"\n', [{ line: 1, fields: ['a,b', 'c'] }]],
    ['doubled quotes', '"say ""hi""",x\n', [{ line: 1, fields: ['say "hi"', 'x'] }]],
    ['a line break inside quotes keeps the row on its first line', 'h\n"two\nlines",x\nnext,y\n', [{ line: 1, fields: ['h'] }, { line: 2, fields: ['two\nlines', 'x'] }, { line: 4, fields: ['next', 'y'] }]],
    ['CRLF and a BOM', '\uFEFF"id","name"\r\n"1","Egg"\r\n', [{ line: 1, fields: ['id', 'name'] }, { line: 2, fields: ['1', 'Egg'] }]],
    ['blank lines skipped, numbering kept', 'a\n\n\nb\n', [{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }]],
    ['no final line break', 'a,b\nc,', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['c', ''] }]],
    ['empty fields', ',,\n', [{ line: 1, fields: ['', '', ''] }]],
  ])('%s', async (_name, content, expected) => {
    expect(await rows(file(content), 'csv')).toEqual(expected);
  });

  it('names the line of a quote that never closes', async () => {
    await expect(rows(file('a\n"open,b\nc\n'), 'csv')).rejects.toThrow(ValidationError);
    await expect(rows(file('a\n"open,b\nc\n'), 'csv')).rejects.toThrow(/line 2/);
  });

  it('parses quoted fields that straddle read chunks (files over 1 MiB)', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `"${i}","name, with ""quotes"" ${i}","multi\nline"`);
    const sut = await rows(file(`${lines.join('\n')}\n`), 'csv');
    expect(sut).toHaveLength(40_000);
    expect(sut[39_999]).toEqual({ line: 79_999, fields: ['39999', 'name, with "quotes" 39999', 'multi\nline'] });
    expect(sut.every((r, i) => r.fields[0] === String(i) && r.fields.length === 3)).toBe(true);
  });
});

describe('readDelimited, sr-ascii and tsv', () => {
  it('splits on carets, unwraps tildes, reads ISO-8859-1 and CRLF', async () => {
    const content = Buffer.concat([Buffer.from('~22996~^1^1^~Entr'), Buffer.from([0xe9]), Buffer.from('e~^269^1^\r\n~01001~^~0100~^\r\n')]);
    expect(await rows(file(content), 'sr-ascii', 'latin1')).toEqual([
      { line: 1, fields: ['22996', '1', '1', 'Entrée', '269', '1', ''] },
      { line: 2, fields: ['01001', '0100', ''] },
    ]);
  });
  it('keeps tabs as the only separator in tsv (quotes are data)', async () => {
    expect(await rows(file('code\tname\n001\t"Skyr", nature\n'), 'tsv')).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['001', '"Skyr", nature'] },
    ]);
  });
});

describe('readWithHeader', () => {
  it('gives fields by column name', async () => {
    const out: Array<[number, string, string]> = [];
    for await (const r of readWithHeader(file('"fdc_id","description"\n"1","Egg"\n"2"\n'), { format: 'csv', required: ['fdc_id'] })) out.push([r.line, r.get('fdc_id'), r.get('description')]);
    expect(out).toEqual([
      [2, '1', 'Egg'],
      [3, '2', ''],
    ]);
  });
  it('names the file and the missing column', async () => {
    const p = file('a,b\n1,2\n');
    const run = async () => {
      for await (const _ of readWithHeader(p, { format: 'csv', required: ['fdc_id'] })) void _;
    };
    await expect(run()).rejects.toThrow(new RegExp(`${path.basename(p)}: has no column "fdc_id"`));
  });
});

describe('helpers', () => {
  it('finds files case-insensitively', () => {
    const p = file('x');
    expect(findFile(dir, path.basename(p).toUpperCase())).toBe(p);
    expect(findFile(dir, 'nope.csv')).toBeNull();
    expect(findFile(path.join(dir, 'missing'), 'x')).toBeNull();
  });
  it.each<[string, number | null | undefined]>([
    ['', null],
    [' 12.5 ', 12.5],
    ['1e3', 1000],
    ['abc', undefined],
  ])('numberField(%j) = %j', (text, value) => {
    expect(numberField(text)).toBe(value);
  });
});
