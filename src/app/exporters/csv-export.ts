// The CSV side of the export, built from the same rows as the JSON: the food diary, workouts in Strong's
// 12 columns (so Strong importers, ours included, read them: `platewise import strong workouts.csv --unit kg`),
// the body log and sleep. Kilograms, kilometres, seconds; times in the person's time zone.
import type { ExportRow } from '../../store/index.js';
import type { PlatewiseExport } from '../data-export.service.js';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (header: readonly string[], rows: ReadonlyArray<readonly unknown[]>) => Buffer.from(`${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');

const rowsOf = (doc: PlatewiseExport, table: string): ExportRow[] => doc.tables[table] ?? [];
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** `YYYY-MM-DD HH:MM:SS` of an instant in a time zone (the server's when null). */
function localTime(iso: string, timeZone: string | null): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: timeZone ?? undefined, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Seconds as Strong writes a duration: "1h 43m", "38m", "45s". */
export function strongDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  if (h > 0) return `${h}h ${m}m`;
  return m > 0 ? `${m}m` : `${seconds}s`;
}

function diaryCsv(doc: PlatewiseExport): Buffer {
  const rows = rowsOf(doc, 'diary_entries')
    .filter((r) => r['deleted_at'] === null || r['deleted_at'] === undefined)
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => String(a['date']).localeCompare(String(b['date'])) || i - j)
    .map(([r]) => [r['date'], r['meal'], r['name'], r['brand'], r['amount'], r['unit'], r['grams'], r['energy_kcal'], r['protein_g'], r['fat_g'], r['saturated_fat_g'], r['carbs_g'], r['fiber_g'], r['sugars_g'], r['sodium_mg'], r['kind']]);
  return csv(['Date', 'Meal', 'Food', 'Brand', 'Amount', 'Unit', 'Grams', 'Energy (kcal)', 'Protein (g)', 'Fat (g)', 'Saturated Fat (g)', 'Carbohydrates (g)', 'Fiber (g)', 'Sugars (g)', 'Sodium (mg)', 'Kind'], rows);
}

function workoutsCsv(doc: PlatewiseExport, timeZone: string | null): Buffer {
  const names = new Map<string, string>();
  for (const e of doc.references['exercises'] ?? []) names.set(String(e['id']), String(e['name']));
  for (const e of rowsOf(doc, 'custom_exercises')) names.set(String(e['id']), String(e['name']));
  const exercises = new Map<string, ExportRow[]>();
  for (const e of rowsOf(doc, 'workout_exercises')) exercises.set(String(e['workout_id']), [...(exercises.get(String(e['workout_id'])) ?? []), e]);
  const sets = new Map<string, ExportRow[]>();
  for (const s of rowsOf(doc, 'workout_sets')) {
    const key = `${String(s['workout_id'])}|${String(s['exercise_position'])}`;
    sets.set(key, [...(sets.get(key) ?? []), s]);
  }
  const workouts = [...rowsOf(doc, 'workouts')].sort((a, b) => String(a['date']).localeCompare(String(b['date'])) || String(a['started_at'] ?? '').localeCompare(String(b['started_at'] ?? '')));
  const out: unknown[][] = [];
  for (const w of workouts) {
    const date = typeof w['started_at'] === 'string' ? localTime(w['started_at'], timeZone) : `${String(w['date'])} 00:00:00`;
    const span = typeof w['started_at'] === 'string' && typeof w['ended_at'] === 'string' ? (Date.parse(w['ended_at']) - Date.parse(w['started_at'])) / 1000 : null;
    const duration = span !== null && span > 0 ? strongDuration(Math.round(span)) : '';
    const list = (exercises.get(String(w['id'])) ?? []).sort((a, b) => Number(a['position']) - Number(b['position']));
    for (const e of list) {
      const name = names.get(String(e['exercise_id'] ?? e['custom_exercise_id'])) ?? 'Unknown exercise';
      let working = 0;
      const own = (sets.get(`${String(w['id'])}|${String(e['position'])}`) ?? []).sort((a, b) => Number(a['position']) - Number(b['position']));
      own.forEach((s, i) => {
        const type = s['set_type'];
        const order = type === 'warmup' ? 'W' : type === 'drop' ? 'D' : type === 'failure' ? 'F' : String(++working);
        const load = num(s['load_g']);
        const distance = num(s['distance_cm']);
        out.push([date, w['name'], duration, name, order, load === null ? 0 : load / 1000, num(s['reps']) ?? 0, distance === null ? 0 : distance / 100_000, num(s['duration_s']) ?? 0, i === 0 ? e['notes'] : '', i === 0 ? w['notes'] : '', num(s['rpe'])]);
      });
    }
  }
  return csv(['Date', 'Workout Name', 'Duration', 'Exercise Name', 'Set Order', 'Weight', 'Reps', 'Distance', 'Seconds', 'Notes', 'Workout Notes', 'RPE'], out);
}

const GIRTHS = ['waist', 'hips', 'chest', 'neck', 'arm', 'thigh', 'calf'] as const;

function bodyCsv(doc: PlatewiseExport): Buffer {
  const rows = rowsOf(doc, 'body_entries')
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => String(a['date']).localeCompare(String(b['date'])) || i - j)
    .map(([r]) => {
      const weight = num(r['weight_g']);
      const girths = (r['girths_cm'] ?? {}) as Record<string, unknown>;
      return [r['date'], r['time'], weight === null ? null : weight / 1000, r['body_fat_pct'], ...GIRTHS.map((g) => num(girths[g])), r['note']];
    });
  return csv(['Date', 'Time', 'Weight (kg)', 'Body Fat (%)', 'Waist (cm)', 'Hips (cm)', 'Chest (cm)', 'Neck (cm)', 'Upper Arm (cm)', 'Thigh (cm)', 'Calf (cm)', 'Note'], rows);
}

function sleepCsv(doc: PlatewiseExport): Buffer {
  const rows = rowsOf(doc, 'sleep_log').map((r) => [r['date'], num(r['duration_s']) === null ? null : Math.round((num(r['duration_s'])! / 3600) * 100) / 100, r['quality'], r['note']]);
  return csv(['Date', 'Hours', 'Quality (1-5)', 'Note'], rows);
}

/** The CSV files of an export: diary.csv, workouts.csv, body.csv, sleep.csv. */
export function csvFiles(doc: PlatewiseExport): Array<{ name: string; data: Buffer }> {
  const settings = rowsOf(doc, 'user_settings')[0];
  const timeZone = typeof settings?.['time_zone'] === 'string' ? settings['time_zone'] : null;
  return [
    { name: 'diary.csv', data: diaryCsv(doc) },
    { name: 'workouts.csv', data: workoutsCsv(doc, timeZone) },
    { name: 'body.csv', data: bodyCsv(doc) },
    { name: 'sleep.csv', data: sleepCsv(doc) },
  ];
}
