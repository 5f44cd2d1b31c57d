/** Time comes into the app through this, so tests can pin it. */
export interface Clock {
  now(): Date;
  /** Today's local calendar day (YYYY-MM-DD) in the server's time zone. */
  today(): string;
}

// Building an Intl formatter costs ~50 µs; keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an instant as a local calendar day in `timeZone` (default: the process's zone). */
export function localDate(instant: Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, f);
  }
  return f.format(instant);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDate(new Date()),
};

/** A clock stopped at one instant, for tests and reproducible CLI runs. */
export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  return { now: () => new Date(instant), today: () => iso.slice(0, 10) };
}
