// Streaming readers for the delimited text files people import: RFC 4180 CSV (quoted fields may hold
// commas, doubled quotes and line breaks), unquoted TSV (the Open Food Facts export), and USDA SR's
// ASCII layout (caret-separated, text between tildes, CRLF, ISO-8859-1). Every row carries the line it
// starts on, so an importer can tell the user exactly which line it rejected. Files are read in chunks;
// nothing holds a whole file in memory.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../core/errors.js';

export type DelimitedFormat = 'csv' | 'tsv' | 'sr-ascii';

export interface DelimitedRow {
  /** 1-based line number of the row's first line in the file (the header is line 1). */
  line: number;
  fields: string[];
}

export interface ReadOptions {
  format: DelimitedFormat;
  /** ISO-8859-1 for USDA SR; UTF-8 (the default) for everything else. */
  encoding?: 'utf8' | 'latin1';
  /** Called as bytes are read: (bytes so far, file size). */
  onBytes?: (read: number, total: number) => void;
  /** Field separator for `csv` (',' by default; some exports use ';'). */
  separator?: string;
}

/** Yields every row of a delimited file with its line number; blank lines are skipped. */
export async function* readDelimited(file: string, opts: ReadOptions): AsyncGenerator<DelimitedRow> {
  const total = statSync(file).size;
  const stream = createReadStream(file, { encoding: opts.encoding ?? 'utf8', highWaterMark: 1 << 20 });
  let read = 0;
  const chunks = (async function* () {
    for await (const chunk of stream as AsyncIterable<string>) {
      read += Buffer.byteLength(chunk, opts.encoding ?? 'utf8');
      opts.onBytes?.(Math.min(read, total), total);
      yield chunk;
    }
  })();
  if (opts.format === 'csv') yield* parseCsv(chunks, opts.separator ?? ',');
  else yield* parseLines(chunks, opts.format);
}

async function* parseLines(chunks: AsyncIterable<string>, format: 'tsv' | 'sr-ascii'): AsyncGenerator<DelimitedRow> {
  let rest = '';
  let line = 0;
  const split = format === 'tsv' ? (s: string) => s.split('\t') : splitSrAscii;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const raw of lines) {
      line++;
      const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (l.trim() !== '') yield { line, fields: split(l) };
    }
  }
  if (rest.trim() !== '') yield { line: line + 1, fields: split(rest.endsWith('\r') ? rest.slice(0, -1) : rest) };
}

/** One SR ASCII line: fields split on "^", text fields unwrapped from their "~" (the first byte of some files is a BOM). */
function splitSrAscii(line: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .split('^')
    .map((f) => (f.length >= 2 && f.startsWith('~') && f.endsWith('~') ? f.slice(1, -1) : f));
}

async function* parseCsv(chunks: AsyncIterable<string>, sep: string): AsyncGenerator<DelimitedRow> {
  let fields: string[] = [];
  let field = '';
  // start: at a field's first character; plain: inside an unquoted field; quoted: inside quotes;
  // quote: just saw a quote inside quotes (a doubled "" or the closing one).
  let state: 'start' | 'plain' | 'quoted' | 'quote' = 'start';
  let line = 1;
  let rowLine = 1;
  let bom = true;
  for await (let chunk of chunks) {
    if (bom) {
      chunk = chunk.replace(/^\uFEFF/, '');
      bom = false;
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (state === 'quoted') {
        if (c === '"') state = 'quote';
        else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (state === 'quote') {
        if (c === '"') {
          field += '"';
          state = 'quoted';
          continue;
        }
        state = 'plain';
      }
      if (c === '"' && state === 'start') {
        state = 'quoted';
      } else if (c === sep) {
        fields.push(field);
        field = '';
        state = 'start';
      } else if (c === '\n') {
        fields.push(field);
        if (fields.length > 1 || fields[0] !== '') yield { line: rowLine, fields };
        fields = [];
        field = '';
        state = 'start';
        line++;
        rowLine = line;
      } else if (c !== '\r') {
        field += c;
        state = 'plain';
      }
    }
  }
  if (state === 'quoted') throw ValidationError.field(`line ${rowLine}`, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { line: rowLine, fields };
  }
}

/** A data row with its header: `get("fdc_id")` is the field under that column ('' when the row is short). */
export interface HeadedRow {
  line: number;
  fields: string[];
  get(column: string): string;
}

/** Reads a file with a header line; checks that `required` columns are present (ValidationError naming the file and column). */
export async function* readWithHeader(file: string, opts: ReadOptions & { required?: readonly string[] }): AsyncGenerator<HeadedRow> {
  let index: Map<string, number> | null = null;
  for await (const row of readDelimited(file, opts)) {
    if (index === null) {
      index = new Map(row.fields.map((h, i) => [h.trim().replace(/^\uFEFF/, ''), i]));
      const missing = (opts.required ?? []).filter((c) => !index!.has(c));
      if (missing.length > 0) {
        throw ValidationError.field(path.basename(file), `has no column ${missing.map((m) => `"${m}"`).join(', ')} (header: ${row.fields.slice(0, 12).join(', ')})`);
      }
      continue;
    }
    const ix = index;
    yield { line: row.line, fields: row.fields, get: (column) => row.fields[ix.get(column) ?? -1] ?? '' };
  }
}

/** The path of `name` inside `dir`, matching case-insensitively (FOOD_DES.txt or food_des.txt); null when absent. */
export function findFile(dir: string, name: string): string | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const hit = readdirSync(dir).find((f) => f.toLowerCase() === name.toLowerCase());
  return hit ? path.join(dir, hit) : null;
}

/** Like findFile, but a missing file is a ValidationError naming it. */
export function requireFile(dir: string, name: string, what: string): string {
  const file = findFile(dir, name);
  if (!file) throw ValidationError.field(name, `is missing from ${dir} (${what})`);
  return file;
}

/** Parses a number field: '' → null; anything not a finite number → undefined (the caller rejects the row). */
export function numberField(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
