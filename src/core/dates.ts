import { ValidationError } from './errors.js';

/** A local calendar day, `YYYY-MM-DD` (proleptic Gregorian, years 0000–9999). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Days in one 400-year Gregorian cycle; used to step over Date.UTC's "years 0–99 mean 1900–1999" rule. */
const DAYS_PER_400_YEARS = 146_097;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function split(s: string): Ymd | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parts(s: string, field: string): Ymd {
  const ymd = typeof s === 'string' ? split(s) : null;
  if (!ymd) throw ValidationError.field(field, `"${String(s)}" is not a calendar date (use YYYY-MM-DD)`);
  return ymd;
}

/** Days since 1970-01-01 (UTC day number), via Date.UTC shifted by one 400-year cycle. */
function toDayNumber({ y, m, d }: Ymd): number {
  return Date.UTC(y + 400, m - 1, d) / MS_PER_DAY - DAYS_PER_400_YEARS;
}

/** Inverse of toDayNumber: H. Hinnant's civil_from_days (integer arithmetic, no Date object). */
function fromDayNumber(days: number, field: string): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const doe = z - era * DAYS_PER_400_YEARS;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw ValidationError.field(field, 'moves the date outside the years 0000–9999');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function requireWholeNumber(n: number, field: string): void {
  if (!Number.isInteger(n)) throw ValidationError.field(field, `must be a whole number (got ${n})`);
}

/** True when `s` is `YYYY-MM-DD` and a real proleptic-Gregorian day (Feb 29 only in leap years). */
export function isIsoDate(s: string): boolean {
  return typeof s === 'string' && split(s) !== null;
}

/** Validates a `YYYY-MM-DD` calendar day (proleptic Gregorian) and returns it; throws ValidationError on `field`. */
export function parseIsoDate(s: string, field = 'date'): IsoDate {
  parts(s, field);
  return s;
}

/** Calendar day `n` days after `date` (n may be negative), by UTC day numbers (Date.UTC). */
export function addDays(date: IsoDate, n: number): IsoDate {
  requireWholeNumber(n, 'days');
  return fromDayNumber(toDayNumber(parts(date, 'date')) + n, 'days');
}

/** Whole days from `a` to `b` (b − a; positive when b is later), by UTC day numbers (Date.UTC). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(parts(b, 'to')) - toDayNumber(parts(a, 'from'));
}

/** Age in completed years on `today` (birthday on Feb 29 counts from Mar 1 in common years); years. */
export function ageOn(birthDate: IsoDate, today: IsoDate): number {
  const b = parts(birthDate, 'birthDate');
  const t = parts(today, 'today');
  if (toDayNumber(b) > toDayNumber(t)) throw ValidationError.field('birthDate', `${birthDate} is after ${today}`);
  const hadBirthday = t.m > b.m || (t.m === b.m && t.d >= b.d);
  return t.y - b.y - (hadBirthday ? 0 : 1);
}

/** Latest birth date that gives `age` whole years on `today`: today minus `age` years, Feb 29 → Feb 28. */
export function birthDateForAge(age: number, today: IsoDate): IsoDate {
  requireWholeNumber(age, 'age');
  if (age < 0) throw ValidationError.field('age', `must not be negative (got ${age})`);
  const t = parts(today, 'today');
  const y = t.y - age;
  if (y < 0) throw ValidationError.field('age', 'moves the date before the year 0000');
  const d = Math.min(t.d, daysInMonth(y, t.m));
  return `${String(y).padStart(4, '0')}-${String(t.m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ISO 8601 day of week, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  const days = toDayNumber(parts(date, 'date'));
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Monday that starts the ISO 8601 week containing `date`. */
export function isoWeekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - dayOfWeek(date));
}
