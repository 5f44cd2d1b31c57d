// The one table `npm run bench` prints: every figure with the reference measured beside it in the same run,
// and, where issue 10 sets one, its target and whether this run met it.

export type Unit = 'µs' | 'ms' | 's' | 'MiB' | 'KiB' | '%' | '×' | 'rps';

/** A bound on a figure's value: `value <= max` or `value >= min`, in the figure's unit. */
export type Target = { max: number } | { min: number };

export interface Figure {
  /** Stable key, unique within its suite (`search.p95`); repeated runs are matched on it. */
  key: string;
  /** What was measured, as the table shows it. */
  what: string;
  value: number;
  unit: Unit;
  /** The reference measured in the same run (`GET /api/health p50 0.41 ms`); the table shows value / reference. */
  reference?: { what: string; value: number; unit: Unit };
  target?: Target;
}

/** This figure over its reference, or undefined without one or when they are in different units (a % of an rps). */
export const ratioOf = (f: Pick<Figure, 'value' | 'unit' | 'reference'>): number | undefined =>
  f.reference && f.reference.unit === f.unit ? f.value / f.reference.value : undefined;

/** What a suite gives back: the figures for the table, and everything else for `bench/results/latest.json`. */
export interface SuiteResult {
  figures: Figure[];
  details: Record<string, unknown>;
}

export function met(figure: Pick<Figure, 'value' | 'target'>): boolean | null {
  const t = figure.target;
  if (!t || !Number.isFinite(figure.value)) return t ? false : null;
  return 'max' in t ? figure.value <= t.max : figure.value >= t.min;
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const n = value.toFixed(digits);
  return unit === '%' ? `${n}%` : unit === '×' ? `${n}×` : `${n} ${unit}`;
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  return 'max' in target ? `≤ ${formatValue(target.max, unit)}` : `≥ ${formatValue(target.min, unit)}`;
}

export interface TableRow extends Figure {
  /** Value over reference: the median of each run's own ratio when repeated. */
  ratio?: number | undefined;
  suite: string;
  database: string;
  /** How many runs the value is the median of. */
  runs: number;
}

/** The table: one line per figure and database; the last column says whether the target was met. */
export function formatTable(rows: TableRow[]): string {
  const header = ['suite', 'figure', 'db', 'value', 'reference', 'ratio', 'target', 'met'];
  const lines = rows.map((r) => {
    const ok = met(r);
    return [
      r.suite,
      r.what,
      r.database,
      formatValue(r.value, r.unit) + (r.runs > 1 ? ` (median of ${r.runs})` : ''),
      r.reference ? `${r.reference.what}: ${formatValue(r.reference.value, r.reference.unit)}` : '',
      r.ratio === undefined ? '' : formatValue(r.ratio, '×'),
      formatTarget(r.target, r.unit),
      ok === null ? '' : ok ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]!].length)));
  const pad = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  return [pad(header), pad(widths.map((w) => '-'.repeat(w))), ...lines.map(pad)].join('\n');
}

/** Median of each figure's value (and of each run's ratio to its reference) over repeated runs of a suite, matched by key. */
export function medianFigures(runs: Figure[][]): Array<Figure & { runs: number; ratio?: number | undefined }> {
  const byKey = new Map<string, Figure[]>();
  for (const run of runs) for (const f of run) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return [...byKey.values()].map((fs) => {
    const first = fs[0]!;
    const out: Figure & { runs: number; ratio?: number | undefined } = { ...first, value: mid(fs.map((f) => f.value)), runs: fs.length };
    if (ratioOf(first) !== undefined) out.ratio = mid(fs.map((f) => ratioOf(f)!));
    if (first.reference) out.reference = { ...first.reference, value: mid(fs.map((f) => f.reference!.value)) };
    return out;
  });
}

/**
 * A throughput figure over HTTP beside `GET /api/health` of the same server in the same run. Failed requests
 * stop the bench: a fast error is no figure.
 */
export function rpsBesideHealth(
  key: string,
  what: string,
  r: { rps: number; errors: number; requests: number },
  health: { rps: number; connections: number },
): Figure {
  if (r.errors > 0) throw new Error(`bench: ${r.errors} of ${r.requests} requests to ${what} failed`);
  return { key, what, value: r.rps, unit: 'rps', reference: { what: `GET /api/health, ${health.connections} connections`, value: health.rps, unit: 'rps' } };
}
