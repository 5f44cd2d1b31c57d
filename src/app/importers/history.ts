// What the history importers (Strong, Hevy, MyFitnessPal, Cronometer, Apple Health) read a file into:
// workouts, diary entries and body-log entries in our units, each with a stable source key, before any
// exercise is matched or anything is written. Every item remembers the line it came from.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { isIsoDate } from '../../core/dates.js';
import type { SetType } from '../../core/training/sets.js';
import { SummaryBuilder } from './import-summary.js';

export interface ImportedSet {
  line: number;
  type: SetType;
  reps: number | null;
  loadKg: number | null;
  durationS: number | null;
  distanceM: number | null;
  rpe: number | null;
}

export interface ImportedExercise {
  /** The name as the other app wrote it. */
  name: string;
  line: number;
  notes: string;
  /** Exercises of a workout sharing a number were a superset (1…99). */
  supersetGroup: number | null;
  sets: ImportedSet[];
}

/** A wall-clock time without a zone, as most apps export it: `YYYY-MM-DD` and `HH:MM:SS`. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export interface ImportedWorkout {
  key: string;
  line: number;
  /** The local day it counts toward. */
  date: string;
  /** Start as local wall time (read in the person's time zone) … */
  startLocal: LocalDateTime | null;
  /** … or as an instant, when the file says the offset (Apple Health). */
  startInstant: Date | null;
  durationS: number | null;
  name: string;
  notes: string;
  /** Net kcal a device measured; null when the file has none. */
  energyKcal: number | null;
  exercises: ImportedExercise[];
}

export interface ImportedNutrients {
  energyKcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
  saturatedFatG: number | null;
  fiberG: number | null;
  sugarsG: number | null;
  sodiumMg: number | null;
}

export interface ImportedDiaryEntry {
  key: string;
  line: number;
  file?: string;
  date: string;
  meal: string;
  name: string;
  amount: number;
  unit: string;
  grams: number | null;
  nutrients: ImportedNutrients;
}

export interface ImportedBodyEntry {
  key: string;
  line: number;
  file?: string;
  date: string;
  /** HH:MM local, when known. */
  time: string | null;
  weightKg: number | null;
  bodyFatPct: number | null;
}

/** Everything a file held, plus the rows it left out (rejected with a reason, or skipped on purpose). */
export interface ParsedHistory {
  workouts: ImportedWorkout[];
  diary: ImportedDiaryEntry[];
  body: ImportedBodyEntry[];
  summary: SummaryBuilder;
}

export function emptyHistory(source: string): ParsedHistory {
  return { workouts: [], diary: [], body: [], summary: new SummaryBuilder(source) };
}

/** Progress of reading: bytes so far of the file's size. */
export type OnBytes = (read: number, total: number) => void;

// NUL cannot be stored in PostgreSQL text; other C0 controls but tab and line breaks only garble a name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Every text of a parsed history without control characters (a broken or hostile file may hold NUL). */
export function cleanHistory(h: ParsedHistory): ParsedHistory {
  const clean = (t: string) => t.replace(CONTROL, '');
  for (const w of h.workouts) {
    w.name = clean(w.name);
    w.notes = clean(w.notes);
    for (const e of w.exercises) {
      e.name = clean(e.name).trim() || 'Unnamed exercise';
      e.notes = clean(e.notes);
    }
  }
  for (const d of h.diary) {
    d.meal = clean(d.meal).trim() || 'Uncategorized';
    d.name = clean(d.name).trim() || 'Imported food';
    d.unit = clean(d.unit).trim() || 'serving';
  }
  return h;
}

/** A source key: the source, then a hash of what identifies the item in it (so the same row keys the same on every run). */
export function sourceKey(source: string, ...parts: ReadonlyArray<string | number | null>): string {
  const hash = createHash('sha256').update(parts.map((p) => (p === null ? '' : String(p))).join('\u0000')).digest('hex');
  return `${source}:${hash.slice(0, 32)}`;
}

/**
 * Numbers as apps write them: '' → null; a decimal comma ("102,5") when `decimalComma` (semicolon files
 * come from locales that write one), else commas group thousands ("1,234.5"); anything else → undefined.
 */
export function decimal(text: string | undefined, decimalComma = false): number | null | undefined {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const normal = decimalComma ? t.replace(/\s/g, '').replace(',', '.') : t.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** `2021-07-07 18:35:21` (or `T`, or without seconds) as a LocalDateTime; null when it is not one. */
export function isoLocal(text: string): LocalDateTime | null {
  const m = ISO_LOCAL.exec(text.trim());
  if (!m || !isIsoDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  return { date: m[1]!, time: `${m[2]!.padStart(2, '0')}:${m[3]}:${m[4] ?? '00'}` };
}

/** The first line of a file (up to 64 KiB), without a BOM: enough to tell a format by its header. */
export function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65_536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end === -1 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** The field separator of a CSV header line: ';' when it has more semicolons than commas outside quotes, else ','. */
export function sniffSeparator(header: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A header's column names as written, unquoted and trimmed. */
export function headerColumns(header: string, separator: string): string[] {
  return header.split(separator).map((h) => h.trim().replace(/^"|"$/g, '').trim());
}
