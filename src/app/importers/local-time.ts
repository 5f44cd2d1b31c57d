// Exports of workout apps give wall-clock times without a zone ("2021-07-07 18:35:21"); we store instants.
// The person's time zone (settings, else the server's) says which instant a wall-clock time was.
import type { LocalDateTime } from './history.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(key, f);
  }
  return f;
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `t`. */
function offsetAt(t: number, timeZone: string | undefined): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(t / 1000) * 1000;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a wall-clock time in `timeZone` stands for (the server's zone when null). A time a DST change
 * repeats is its first occurrence; a time it skips moves forward by the skipped hour (03:30 for 02:30).
 */
export function zonedInstant(local: LocalDateTime, timeZone: string | null | undefined): Date {
  const zone = timeZone ?? undefined;
  const [y, mo, d] = local.date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = local.time.split(':').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s ?? 0);
  const day = 86_400_000;
  const offsets = [offsetAt(asUtc - day, zone), offsetAt(asUtc + day, zone)];
  const valid = offsets.map((o) => asUtc - o).filter((t) => offsetAt(t, zone) === asUtc - t);
  return new Date(valid.length > 0 ? Math.min(...valid) : asUtc - Math.min(...offsets));
}
