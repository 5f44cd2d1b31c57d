import { describe, expect, it } from 'vitest';
import { addDays, ageOn, birthDateForAge, dayOfWeek, daysBetween, isIsoDate, isoWeekStart, parseIsoDate } from './dates.js';
import { fieldOfError } from './testing/errors.js';

describe('isIsoDate / parseIsoDate', () => {
  it.each([
    ['2024-01-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-5', false],
    ['20230105', false],
    ['2023-01-05T00:00:00Z', false],
    [' 2023-01-05', false],
    ['0000-01-01', true],
    ['9999-12-31', true],
    ['', false],
  ])('%j valid: %s', (s, valid) => {
    expect(isIsoDate(s)).toBe(valid);
    if (valid) expect(parseIsoDate(s)).toBe(s);
    else expect(fieldOfError(() => parseIsoDate(s, 'birthDate'))).toBe('birthDate');
  });

  it('says what form it wants', () => {
    expect(() => parseIsoDate('31/12/2023')).toThrow('date: "31/12/2023" is not a calendar date (use YYYY-MM-DD)');
  });
});

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-10', 0, '2024-03-10'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-01-01', 366, '2025-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
    ['0050-03-01', -1, '0050-02-28'],
    ['0004-03-01', -1, '0004-02-29'],
    ['2024-01-01', -738_885, '0001-01-01'],
  ])('%s + %d = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2024-01-01', 1.5, 'days'],
    ['2024-02-30', 1, 'date'],
    ['9999-12-31', 1, 'days'],
    ['0000-01-01', -1, 'days'],
  ])('rejects %s + %d on %s', (date, n, field) => {
    expect(fieldOfError(() => addDays(date, n))).toBe(field);
  });

  it('agrees with Date.UTC over 1899–2101, day by day', () => {
    const utcMs = (date: string) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return Date.UTC(y, m - 1, d);
    };
    let sut = '1899-01-01';
    const wrong: string[] = [];
    for (let i = 0; i < 74_000; i++) {
      const next = addDays(sut, 1);
      if (!isIsoDate(next) || utcMs(next) - utcMs(sut) !== 86_400_000) wrong.push(`${sut} → ${next}`);
      sut = next;
    }
    expect(wrong).toEqual([]);
    expect(sut).toBe('2101-08-10'); // Python: date(1899, 1, 1) + timedelta(74000)
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['1900-02-28', '1900-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['2024-03-10', '2024-03-10', 0],
    ['2024-03-10', '2024-03-01', -9],
    ['1970-01-01', '2000-01-01', 10_957],
    ['0001-01-01', '2024-01-01', 738_885],
  ])('%s → %s = %d days', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(a, n)).toBe(b);
  });

  it.each([
    ['2024-13-01', '2024-01-01', 'from'],
    ['2024-01-01', 'tomorrow', 'to'],
  ])('rejects %s → %s on %s', (a, b, field) => {
    expect(fieldOfError(() => daysBetween(a, b))).toBe(field);
  });
});

describe('ageOn', () => {
  it.each([
    ['1994-06-15', '2024-06-15', 30],
    ['1994-06-15', '2024-06-14', 29],
    ['1994-06-15', '2024-06-16', 30],
    ['1994-06-15', '1994-06-15', 0],
    ['1994-12-31', '2024-01-01', 29],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2000-02-29', '2024-02-28', 23],
    ['1900-01-01', '2024-01-01', 124],
  ])('born %s, on %s → %d', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });

  it.each([
    ['2024-06-16', '2024-06-15', 'birthDate'],
    ['1994-02-30', '2024-06-15', 'birthDate'],
    ['1994-06-15', '2024-6-15', 'today'],
  ])('rejects born %s on %s (%s)', (birth, today, field) => {
    expect(fieldOfError(() => ageOn(birth, today))).toBe(field);
  });
});

describe('birthDateForAge', () => {
  it.each([
    [30, '2024-06-15', '1994-06-15'],
    [0, '2024-06-15', '2024-06-15'],
    [30, '2024-02-29', '1994-02-28'],
    [24, '2024-02-29', '2000-02-29'],
    [23, '2023-02-28', '2000-02-28'],
    [23, '2023-03-01', '2000-03-01'],
    [100, '2024-01-01', '1924-01-01'],
  ])('age %d on %s → born %s', (age, today, birth) => {
    expect(birthDateForAge(age, today)).toBe(birth);
  });

  it.each([
    [-1, 'age'],
    [30.5, 'age'],
    [2025, 'age'],
  ])('rejects age %d', (age, field) => {
    expect(fieldOfError(() => birthDateForAge(age, '2024-06-15'))).toBe(field);
  });

  const todays = ['2024-02-29', '2024-02-28', '2024-03-01', '2023-02-28', '2023-03-01', '2024-12-31', '2025-01-01', '1904-02-29'];
  it.each(todays.flatMap((today) => [0, 1, 4, 23, 30, 99].map((age) => [age, today] as const)))(
    'age %d on %s is the latest birth date giving that age',
    (age, today) => {
      const sut = birthDateForAge(age, today);
      expect(ageOn(sut, today)).toBe(age);
      const dayLater = addDays(sut, 1);
      if (age === 0) expect(dayLater > today).toBe(true);
      else expect(ageOn(dayLater, today)).toBe(age - 1);
    },
  );
});

describe('dayOfWeek / isoWeekStart', () => {
  it.each([
    ['2024-01-01', 1, '2024-01-01'],
    ['2024-01-07', 7, '2024-01-01'],
    ['2024-01-08', 1, '2024-01-08'],
    ['2023-12-31', 7, '2023-12-25'],
    ['2021-01-01', 5, '2020-12-28'],
    ['1970-01-01', 4, '1969-12-29'],
    ['2000-02-29', 2, '2000-02-28'],
    ['1900-01-01', 1, '1900-01-01'],
    ['0001-01-01', 1, '0001-01-01'],
    ['1969-12-31', 3, '1969-12-29'],
  ])('%s is day %d of the ISO week starting %s', (date, dow, monday) => {
    expect(dayOfWeek(date)).toBe(dow);
    expect(isoWeekStart(date)).toBe(monday);
  });

  it.each(['2024-02-30', 'monday'])('rejects %j on the date field', (date) => {
    expect(fieldOfError(() => dayOfWeek(date))).toBe('date');
    expect(fieldOfError(() => isoWeekStart(date))).toBe('date');
  });
});
