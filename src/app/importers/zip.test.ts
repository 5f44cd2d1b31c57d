import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/history-data.js';
import { extractZip, findZipEntry, isZip, listZip, openZipEntry, writeZip } from './zip.js';

const xml = readFileSync(fixture('apple-health', 'apple_health_export', 'export.xml'), 'utf8');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'platewise-zip-'));

describe('reading zip archives', () => {
  it.each([['export.zip'], ['export-zip64.zip']])('lists and streams %s (made by Info-ZIP)', async (name) => {
    const file = fixture('apple-health', name);
    expect(isZip(file)).toBe(true);
    const entries = listZip(file);
    expect(entries.map((e) => e.name)).toEqual(['apple_health_export/', 'apple_health_export/export.xml']);
    const entry = findZipEntry(entries, 'EXPORT.XML')!;
    expect(entry).toMatchObject({ method: 8, size: Buffer.byteLength(xml) });
    expect(await text(openZipEntry(file, entry))).toBe(xml);
  });

  it('refuses to inflate past a limit, and a damaged entry by its CRC', async () => {
    const file = fixture('apple-health', 'export.zip');
    const entry = findZipEntry(listZip(file), 'export.xml')!;
    expect(() => openZipEntry(file, entry, { maxBytes: 1000 })).toThrow(/more than/);
    const damaged = path.join(tmp(), 'damaged.zip');
    const bytes = writeZip([{ name: 'a.csv', data: Buffer.from('x'.repeat(1000)) }]);
    writeFileSync(damaged, bytes);
    const a = listZip(damaged)[0]!;
    writeFileSync(damaged, Buffer.concat([bytes.subarray(0, 30 + 5), Buffer.from([bytes[35]! ^ 0xff]), bytes.subarray(36)]));
    await expect(text(openZipEntry(damaged, a))).rejects.toThrow(/not a readable zip/);
  });

  it('says what is wrong with a file that is no zip', () => {
    const file = path.join(tmp(), 'x.zip');
    writeFileSync(file, 'not a zip at all');
    expect(isZip(file)).toBe(false);
    expect(() => listZip(file)).toThrow(/no end of central directory/);
  });
});

describe('writeZip and extractZip', () => {
  it('round-trips files, and unpacks only base names, never out of the folder', async () => {
    const file = path.join(tmp(), 'out.zip');
    writeFileSync(
      file,
      writeZip([
        { name: 'diary.csv', data: Buffer.from('date,meal\n2024-01-01,lunch\n') },
        { name: '../../evil.csv', data: Buffer.from('owned') },
        { name: 'notes.txt', data: Buffer.from('skip me') },
        { name: '__MACOSX/._diary.csv', data: Buffer.from('resource fork') },
      ]),
    );
    const dir = tmp();
    const written = await extractZip(file, dir, (name) => name.endsWith('.csv'), 1e6);
    expect(written.map((w) => path.relative(dir, w))).toEqual([path.join('0', 'diary.csv'), path.join('1', 'evil.csv')]);
    expect(readFileSync(written[0]!, 'utf8')).toBe('date,meal\n2024-01-01,lunch\n');
  });
});
