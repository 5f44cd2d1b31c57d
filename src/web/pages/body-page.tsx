import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BodyEntry, Expenditure, SleepNight, WeightTrend } from '../../contract/index.js';
import { addDays } from '../../core/dates.js';
import type { UnitSystem } from '../../core/units.js';
import { isAbort } from '../api.js';
import { bodyApi } from '../body-api.js';
import { ExpenditureCard } from '../components/body/expenditure-card.js';
import { LineChart } from '../components/body/line-chart.js';
import { ProjectionCard } from '../components/body/projection-card.js';
import { SleepForm } from '../components/body/sleep-form.js';
import { WeighInForm } from '../components/body/weigh-in-form.js';
import { SelectField } from '../components/select-field.js';
import { rateStatusText, showRate, showWeight, weightChart } from '../lib/body-format.js';
import { Link } from '../router.js';

const RANGES = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last year' },
] as const;
type Range = (typeof RANGES)[number]['value'];

/** Today as the browser sees it, YYYY-MM-DD. */
const localToday = () => new Date().toLocaleDateString('en-CA');
const messageOf = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong');

/** The body page: log weigh-ins and sleep, see scale weight and trend, the weekly rate against the goal, learned expenditure and where it all leads. */
export function BodyPage() {
  const today = useMemo(localToday, []);
  const [range, setRange] = useState<Range>('90');
  const [trend, setTrend] = useState<WeightTrend | null>(null);
  const [expenditure, setExpenditure] = useState<Expenditure | null>(null);
  const [entries, setEntries] = useState<BodyEntry[]>([]);
  const [sleep, setSleep] = useState<SleepNight[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const ctl = new AbortController();
    const from = addDays(today, -(Number(range) - 1));
    Promise.all([
      bodyApi.trend({ from, to: today }, ctl.signal),
      bodyApi.expenditure(ctl.signal),
      bodyApi.entries({ limit: 10 }, ctl.signal),
      bodyApi.sleep({ from: addDays(today, -13), to: today }, ctl.signal),
    ])
      .then(([t, e, list, nights]) => {
        setTrend(t);
        setExpenditure(e);
        setEntries(list);
        setSleep(nights);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(`Could not load your body log: ${messageOf(err)}`);
      });
    return () => ctl.abort();
  }, [range, today, version]);

  const units: UnitSystem = trend?.units ?? 'metric';
  const chart = useMemo(() => {
    if (!trend || trend.days.length === 0) return null;
    return weightChart(trend.days, units);
  }, [trend, units]);

  const remove = async (id: string) => {
    await bodyApi.removeEntry(id);
    refresh();
  };

  return (
    <div className="body-page">
      <header className="page-header">
        <h1 className="page-title">Body weight</h1>
        <p className="page-lead">
          Your scale weight jumps with water and salt; the trend (a 10 % moving average, as in The Hacker’s Diet) shows where it is really going. Building muscle?
          See your <Link to="/gain-plan">muscle-gain plan</Link>.
        </p>
      </header>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <div className="body-layout">
        <section className="card body-trend" aria-labelledby="trend-title">
          <div className="body-trend__head">
            <h2 className="card__title" id="trend-title">
              Scale weight and trend
            </h2>
            <SelectField label="Show" value={range} options={RANGES} onChange={setRange} />
          </div>
          {trend?.latest ? (
            <dl className="stats">
              <div className="stats__item">
                <dt>Trend</dt>
                <dd data-testid="trend-weight">{showWeight(trend.latest.trendKg, units)}</dd>
              </div>
              <div className="stats__item">
                <dt>Last weigh-in</dt>
                <dd>
                  {showWeight(trend.latest.scaleKg, units)}
                  <span className="stats__note">{trend.latest.date}</span>
                </dd>
              </div>
              <div className="stats__item">
                <dt>Weekly rate</dt>
                <dd data-testid="weekly-rate">
                  {trend.weeklyRateKg === null ? '—' : showRate(trend.weeklyRateKg, units)}
                  {trend.goal && <span className="stats__note">goal {showRate(trend.goal.weeklyChangeKg, units)}</span>}
                </dd>
              </div>
            </dl>
          ) : (
            <p className="muted">{trend ? 'No weigh-ins in this range yet. Log one below.' : 'Loading…'}</p>
          )}
          {trend?.latest && (
            <p className={`body-rate body-rate--${trend.rateStatus ?? 'none'}`} data-testid="rate-status">
              {rateStatusText(trend.rateStatus)}
              {trend.goal ? ` (${trend.goal.label.toLowerCase()})` : ''}.
            </p>
          )}
          {chart && <LineChart times={chart.times} series={chart.series} label={`Scale weight and trend, ${RANGES.find((r) => r.value === range)!.label.toLowerCase()}`} testId="weight-chart" />}
        </section>
        <div className="body-forms">
          <WeighInForm units={units} today={today} onSaved={refresh} />
          <SleepForm today={today} recent={sleep} onSaved={refresh} />
        </div>
        {expenditure && <ExpenditureCard data={expenditure} units={units} onChanged={refresh} />}
        <ProjectionCard units={units} version={version} />
        <section className="card" aria-labelledby="entries-title">
          <h2 className="card__title" id="entries-title">
            Recent entries
          </h2>
          {entries.length === 0 ? (
            <p className="muted">Nothing logged yet.</p>
          ) : (
            <table className="sessions" data-testid="body-entries">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Body fat</th>
                  <th scope="col">
                    <span className="visually-hidden">Delete</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>
                      {e.date}
                      {e.time ? ` ${e.time}` : ''}
                    </td>
                    <td>{e.weightKg === null ? '—' : showWeight(e.weightKg, units)}</td>
                    <td>{e.bodyFatPct === null ? '—' : `${e.bodyFatPct} %`}</td>
                    <td>
                      <button type="button" className="button button--danger chip-button" onClick={() => void remove(e.id)} aria-label={`Delete the entry of ${e.date}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
