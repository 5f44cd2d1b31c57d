// docs/export-format.md promises to list every table and column of the export: this keeps it true when a
// table or column is added to the schema (the export picks it up by itself; the page must say what it is).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { exportTables, userOwnedTables } from '../store/index.js';

const doc = readFileSync(new URL('../../docs/export-format.md', import.meta.url), 'utf8');
const sections = doc.split(/^### /m).slice(1).map((s) => ({ heading: s.split('\n')[0]!, body: s }));

describe('docs/export-format.md', () => {
  it.each(exportTables().map((t) => [t.name, t] as const))('documents table %s and each of its columns', (name, t) => {
    const section = sections.find((s) => s.heading.split(/[ ,]+/).includes(name));
    expect(section, `a "### ${name}" section`).toBeDefined();
    const missing = t.columns
      .filter((c) => c.name !== 'user_id' && !c.serial)
      .map((c) => c.name)
      .filter((c) => !new RegExp(`(\\| |, )${c}( \\||,)`).test(section!.body));
    expect(missing).toEqual([]);
  });

  it('covers every user-owned table of the schema but sign-in sessions and API tokens', () => {
    const owned = userOwnedTables().map((t) => getTableConfig(t).name);
    expect(owned.length).toBeGreaterThan(10);
    expect(exportTables().map((t) => t.name).sort()).toEqual(owned.filter((n) => n !== 'sessions' && n !== 'api_tokens').sort());
    expect(doc).toMatch(/sessions.*api_tokens|api_tokens.*sessions/);
  });

  it('names the format and version the code writes', () => {
    expect(doc).toContain('"format": "platewise-export"');
    expect(doc).toContain('"version": 1');
  });
});
