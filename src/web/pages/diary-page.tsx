import { useCallback, useEffect, useState } from 'react';
import type { DayView, DiaryEntry } from '../../contract/index.js';
import { addDays } from '../../core/dates.js';
import { ApiError, isAbort } from '../api.js';
import { DaySummary } from '../components/diary/day-summary.js';
import { MealSection } from '../components/diary/meal-section.js';
import { UndoBar, type UndoOffer } from '../components/diary/undo-bar.js';
import { diaryApi } from '../diary-api.js';
import { dateParam, dayLabel, localToday, mealLabel, shortDate } from '../lib/diary-format.js';
import { Link, usePath, useSearch } from '../router.js';
import { LogFoodPage } from './log-food-page.js';
import { DiaryWeekPage } from './diary-week-page.js';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong');

/** Everything under /diary: the day (/diary), search-and-log (/diary/add) and the week (/diary/week). */
export function DiaryRoot() {
  const path = usePath().replace(/\/+$/, '');
  if (path === '/diary/add') return <LogFoodPage />;
  if (path === '/diary/week') return <DiaryWeekPage />;
  return <DiaryDayPage />;
}

/** The day: the budget equation, macros, and each meal with its entries. */
export function DiaryDayPage() {
  const today = localToday();
  const date = dateParam(useSearch(), today);
  const [day, setDay] = useState<DayView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setDay(await diaryApi.day(date, signal));
        setError(null);
      } catch (err) {
        if (!isAbort(err)) setError(`Could not load the diary: ${messageOf(err)}`);
      }
    },
    [date],
  );

  useEffect(() => {
    const ctl = new AbortController();
    setDay(null);
    void load(ctl.signal);
    return () => ctl.abort();
  }, [load]);

  const onSave = async (entry: DiaryEntry, amount: number, unit: string) => {
    const { previous } = await diaryApi.update(entry.id, entry.kind === 'quick' ? { amount } : { amount, unit });
    await load();
    setUndo({
      message: `Changed ${entry.name}.`,
      undo: async () => {
        await diaryApi.update(entry.id, { amount: previous.amount, unit: previous.unit });
        await load();
      },
    });
  };
  const onDelete = async (entry: DiaryEntry) => {
    await diaryApi.remove(entry.id);
    await load();
    setUndo({
      message: `Deleted ${entry.name}.`,
      undo: async () => {
        await diaryApi.restore(entry.id);
        await load();
      },
    });
  };
  const onCopyPrevious = async (meal: string) => {
    try {
      const { entries } = await diaryApi.copy({ fromDate: addDays(date, -1), toDate: date, fromMeal: meal });
      await load();
      setUndo({
        message: `Copied ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from ${shortDate(addDays(date, -1))}.`,
        undo: async () => {
          for (const e of entries) await diaryApi.remove(e.id);
          await load();
        },
      });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 404 ? `Nothing was logged at ${mealLabel(meal).toLowerCase()} the day before.` : messageOf(err));
    }
  };

  return (
    <div className="diary">
      <div className="page-header diary__header">
        <h1 className="page-title">Food diary</h1>
        <nav className="day-nav" aria-label="Day">
          <Link className="chip-button" to={`/diary?date=${addDays(date, -1)}`} aria-label="Previous day">
            ‹
          </Link>
          <span className="day-nav__label" data-testid="diary-date" title={date}>
            {dayLabel(date, today)}
          </span>
          <Link className="chip-button" to={`/diary?date=${addDays(date, 1)}`} aria-label="Next day">
            ›
          </Link>
          {date !== today && (
            <Link className="link-button" to="/diary">
              Today
            </Link>
          )}
          <Link className="link-button day-nav__week" to={`/diary/week?date=${date}`}>
            Week
          </Link>
        </nav>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {day === null ? (
        !error && <p className="loading">Loading the day…</p>
      ) : (
        <div className="diary__layout">
          <DaySummary balance={day.balance} exerciseInBudget={day.exerciseInBudget} />
          <div className="diary__meals">
            {day.meals.map((m) => (
              <MealSection key={m.name} meal={m} date={date} onSave={onSave} onDelete={onDelete} onCopyPrevious={onCopyPrevious} />
            ))}
          </div>
        </div>
      )}
      <UndoBar offer={undo} onDone={clearUndo} />
    </div>
  );
}
