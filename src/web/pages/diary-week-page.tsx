import { useEffect, useState } from 'react';
import type { WeekView } from '../../contract/index.js';
import { addDays } from '../../core/dates.js';
import { isAbort } from '../api.js';
import { WeekChart } from '../components/diary/week-chart.js';
import { diaryApi } from '../diary-api.js';
import { dateParam, localToday, shortDate, weekLabel } from '../lib/diary-format.js';
import { formatInt } from '../lib/format.js';
import { Link, useSearch } from '../router.js';

/** The week: calories eaten each day against the day's budget, as a chart and a table. */
export function DiaryWeekPage() {
  const today = localToday();
  const date = dateParam(useSearch(), today);
  const [week, setWeek] = useState<WeekView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    setWeek(null);
    diaryApi
      .week(date, ctl.signal)
      .then((w) => {
        setWeek(w);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(err instanceof Error ? err.message : 'Could not load the week');
      });
    return () => ctl.abort();
  }, [date]);

  return (
    <div className="diary-week">
      <div className="page-header diary__header">
        <h1 className="page-title">Week</h1>
        <nav className="day-nav" aria-label="Week">
          <Link className="chip-button" to={`/diary/week?date=${addDays(date, -7)}`} aria-label="Previous week">
            ‹
          </Link>
          <span className="day-nav__label">{week ? weekLabel(week.from, week.to) : '…'}</span>
          <Link className="chip-button" to={`/diary/week?date=${addDays(date, 7)}`} aria-label="Next week">
            ›
          </Link>
          <Link className="link-button" to={`/diary?date=${date}`}>
            Day
          </Link>
        </nav>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {week === null ? (
        !error && <p className="loading">Loading the week…</p>
      ) : (
        <div className="diary__layout">
          <section className="card" aria-labelledby="week-total">
            <h2 id="week-total" className="card__title">
              Calories against the goal
            </h2>
            <dl className="stats week-stats">
              <div className="stats__item">
                <dt>Eaten this week</dt>
                <dd data-testid="week-food-kcal">{formatInt(week.foodKcal)} kcal</dd>
              </div>
              <div className="stats__item">
                <dt>Budget</dt>
                <dd>{week.budgetKcal === null ? '–' : `${formatInt(week.budgetKcal)} kcal`}</dd>
              </div>
              <div className="stats__item">
                <dt>Daily average</dt>
                <dd>{week.averageFoodKcal === null ? '–' : `${formatInt(week.averageFoodKcal)} kcal`}</dd>
              </div>
              <div className="stats__item">
                <dt>Days over</dt>
                <dd>
                  {week.daysOverBudget} of {week.daysLogged} logged
                </dd>
              </div>
            </dl>
            <WeekChart week={week} />
            {week.goalKcal === null && (
              <p className="muted">
                <Link to="/goal">Set your calorie goal</Link> to see each day against it.
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="week-days">
            <h2 id="week-days" className="card__title">
              Days
            </h2>
            <table className="week-table">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Eaten</th>
                  <th scope="col">Exercise</th>
                  <th scope="col">Left</th>
                </tr>
              </thead>
              <tbody>
                {week.days.map((d) => (
                  <tr key={d.date} className={d.remainingKcal !== null && d.remainingKcal < 0 && d.entries > 0 ? 'week-table__over' : undefined}>
                    <th scope="row">
                      <Link to={`/diary?date=${d.date}`}>{d.date === today ? 'Today' : shortDate(d.date)}</Link>
                    </th>
                    <td>{d.entries > 0 ? formatInt(d.foodKcal) : '–'}</td>
                    <td>{d.exerciseKcal > 0 ? formatInt(d.exerciseKcal) : '–'}</td>
                    <td>{d.remainingKcal === null || d.entries === 0 ? '–' : formatInt(d.remainingKcal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </div>
  );
}
