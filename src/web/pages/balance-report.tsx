// The balance report, loaded on demand by the balance page; the body map is a further chunk of its own.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { BalanceReport } from '../../contract/index.js';
import { volumeShade } from '../../core/training/body-map.js';
import { MAJOR_MUSCLES, MUSCLES, muscleById, type MuscleId } from '../../core/training/muscles.js';
import { setsTarget } from '../../core/training/verdict.js';
import { isAbort } from '../api.js';
import { balanceApi } from '../balance-api.js';
import { SelectField } from '../components/select-field.js';
import { StrengthChart } from '../components/balance/strength-chart.js';
import { WeeklyChart, type WeeklySeries } from '../components/balance/weekly-chart.js';
import { daysAgo, flaggedMuscles, focusMuscle, headline, regionShares, sets } from '../lib/balance-format.js';
import { useLoadUnit } from '../lib/use-load-unit.js';
import { Link } from '../router.js';
import '../styles/balance.css';

const BodyMap = lazy(() => import('../components/balance/body-map.js'));

type Weeks = '4' | '8' | '12';
const WEEKS: ReadonlyArray<{ value: Weeks; label: string }> = [
  { value: '4', label: 'Last 4 weeks' },
  { value: '8', label: 'Last 8 weeks' },
  { value: '12', label: 'Last 12 weeks' },
];
const REGION_COLORS = { upper: '--balance-upper', lower: '--balance-lower', core: '--balance-core' } as const;
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const day = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** The verdict, the body map, what to change, the weekly charts and the strength balance. */
export default function BalanceReportView() {
  const [unit] = useLoadUnit();
  // ?asOf=YYYY-MM-DD looks back from another day (a link to an earlier report); ?weeks= picks the window.
  const [linked] = useState(() => new URLSearchParams(window.location.search));
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(linked.get('asOf') ?? '') ? linked.get('asOf')! : undefined;
  const [weeks, setWeeks] = useState<Weeks>(() => WEEKS.find((w) => w.value === linked.get('weeks'))?.value ?? '4');
  const [data, setData] = useState<BalanceReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    balanceApi
      .report(Number(weeks), asOf, ctl.signal)
      .then((r) => {
        setData(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(err instanceof Error ? err.message : 'Could not load your training balance');
      });
    return () => ctl.abort();
  }, [weeks, asOf]);

  const flagged = useMemo(() => (data ? flaggedMuscles(data) : new Set<MuscleId>()), [data]);
  if (error) {
    return (
      <p className="banner banner--error" role="alert">
        {error}
      </p>
    );
  }
  if (!data) return <p className="loading">Weighing your training…</p>;
  const verdict = headline(data);
  const shares = regionShares(data);
  const warnings = data.flags.filter((f) => f.severity === 'warning');
  const notes = data.flags.filter((f) => f.severity === 'info');

  return (
    <>
      <section className={`card balance-verdict balance-verdict--${verdict.tone}`} aria-labelledby="verdict-title" data-testid="balance-verdict">
        <div className="balance-verdict__head">
          <h2 className="balance-verdict__title" id="verdict-title">
            {verdict.text}
          </h2>
          <SelectField label="Look back over" value={weeks} options={WEEKS} onChange={setWeeks} />
        </div>
        <p className="muted">
          {day(data.windowStart)} – {day(data.windowEnd)}: {data.hardSets} hard sets, {sets(data.regionSets.upper + data.regionSets.lower + data.regionSets.core)} a week.
        </p>
        <div
          className="region-bar"
          role="img"
          aria-label={`Upper body ${sets(data.regionSets.upper)} and lower body ${sets(data.regionSets.lower)} hard sets a week; the lower body should reach the mark at ${shares.lowerTarget * 100}%`}
          data-testid="region-bar"
        >
          <span className="region-bar__fill">
            {shares.upper > 0 && <span className="region-bar__part region-bar__part--upper" style={{ width: `${shares.upper * 100}%` }} />}
            {shares.lower > 0 && <span className="region-bar__part region-bar__part--lower" style={{ width: `${shares.lower * 100}%` }} />}
          </span>
          <span className="region-bar__target" style={{ left: `${(1 - shares.lowerTarget) * 100}%` }} />
          <span className="region-bar__target-label" style={{ left: `${(1 - shares.lowerTarget) * 100}%` }} aria-hidden="true">
            lower body from here
          </span>
        </div>
        <ul className="region-legend">
          {(['upper', 'lower', 'core'] as const).map((r) => (
            <li key={r}>
              <span className={`region-legend__swatch region-legend__swatch--${r}`} aria-hidden="true" />
              {r === 'upper' ? 'Upper body' : r === 'lower' ? 'Lower body' : 'Core'} <strong>{sets(data.regionSets[r])}</strong> sets a week
            </li>
          ))}
        </ul>
        <dl className="stats">
          <div className={`stats__item${data.lowerShare !== null && data.lowerShare < shares.lowerTarget ? ' stats__item--bad' : ''}`}>
            <dt>Lower-body share</dt>
            <dd data-testid="lower-share">
              {data.lowerShare === null ? '—' : `${Math.round(data.lowerShare * 100)}%`}
              <span className="stats__note">aim for {shares.lowerTarget * 100}% or more</span>
            </dd>
          </div>
          <div className={`stats__item${data.daysSinceLowerBody === null || data.daysSinceLowerBody >= 10 ? ' stats__item--bad' : ''}`}>
            <dt>Legs last trained</dt>
            <dd data-testid="legs-last-trained">{daysAgo(data.daysSinceLowerBody)}</dd>
          </div>
          <div className={`stats__item${data.flags.some((f) => f.code === 'push-pull-imbalance') ? ' stats__item--bad' : ''}`}>
            <dt>Push : pull</dt>
            <dd>
              {data.pushPullRatio === null ? (data.pushSets > 0 ? 'no pulling' : '—') : data.pushPullRatio.toFixed(2)}
              <span className="stats__note">balanced 0.67–1.5</span>
            </dd>
          </div>
        </dl>
      </section>

      <div className="balance-layout">
        <section className="card" aria-labelledby="map-title">
          <h2 className="card__title" id="map-title">
            Hard sets per muscle a week
          </h2>
          <Suspense fallback={<p className="loading">Drawing the body map…</p>}>
            <BodyMap setsByMuscle={data.setsByMuscle} flagged={flagged} />
          </Suspense>
          <details className="balance-table">
            <summary>The same as a table</summary>
            <MuscleTable data={data} />
          </details>
        </section>

        <section className="card" aria-labelledby="fix-title">
          <h2 className="card__title" id="fix-title">
            What to change
          </h2>
          {data.flags.length === 0 ? (
            <p className="muted">{data.firstTrainedOn === null ? 'Log a workout and the coach will weigh it.' : 'Nothing to flag: keep it up.'}</p>
          ) : (
            <ul className="notices" data-testid="balance-flags">
              {[...warnings, ...notes].map((f, i) => (
                <li key={`${f.code}-${i}`} className={`notice notice--${f.severity}`} data-code={f.code}>
                  <span className="notice__tag">{f.severity === 'warning' ? 'Needs work' : 'Note'}</span> {f.message}
                </li>
              ))}
            </ul>
          )}
          {data.suggestions.length > 0 && (
            <>
              <h3 className="balance-subtitle">Try this</h3>
              <ul className="suggestions" data-testid="balance-suggestions">
                {data.suggestions.map((s, i) => (
                  <li key={i} className="suggestions__item">
                    <p>{s.message}</p>
                    {s.exercises.length > 0 && (
                      <p className="suggestions__exercises">
                        {s.exercises.map((e, k) => (
                          <span key={e.id}>
                            {k > 0 && ' · '}
                            <Link to={`/workouts/exercise/${e.id}`}>{e.name}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <WeeklyCard data={data} />

      <section className="card" aria-labelledby="strength-title">
        <h2 className="card__title" id="strength-title">
          Strength balance
        </h2>
        <StrengthChart strength={data.strength} unit={unit} />
      </section>
    </>
  );
}

function MuscleTable({ data }: { data: BalanceReport }) {
  return (
    <table className="sessions" data-testid="muscle-table">
      <thead>
        <tr>
          <th scope="col">Muscle</th>
          <th scope="col">Sets a week</th>
          <th scope="col">Days a week</th>
          <th scope="col">Last trained</th>
        </tr>
      </thead>
      <tbody>
        {MUSCLES.map((m) => (
          <tr key={m.id} data-muscle={m.id}>
            <th scope="row">{m.label}</th>
            <td>
              {sets(data.setsByMuscle[m.id])} <span className="muted">({volumeShade(data.setsByMuscle[m.id]).band})</span>
            </td>
            <td>{sets(data.frequency[m.id])}</td>
            <td>{daysAgo(data.daysSince.muscles[m.id])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WeeklyCard({ data }: { data: BalanceReport }) {
  const [muscle, setMuscle] = useState<MuscleId>(() => focusMuscle(data));
  const weeks = useMemo(() => data.weekly.map((w) => w.weekStart), [data]);
  const regions = useMemo<WeeklySeries[]>(
    // Lower body drawn last, so a flat line at 0 is the one that shows.
    () => (['upper', 'core', 'lower'] as const).map((r) => ({ label: r === 'upper' ? 'Upper body' : r === 'lower' ? 'Lower body' : 'Core', values: data.weekly.map((w) => w.byRegion[r]), color: REGION_COLORS[r] })),
    [data],
  );
  const target = setsTarget(data.goal);
  const one = useMemo<WeeklySeries[]>(
    () => [
      { label: muscleById(muscle).label, values: data.weekly.map((w) => w.byMuscle[muscle]), color: '--accent' },
      { label: `Target (${target} a week)`, values: data.weekly.map(() => target), color: '--muted', dashed: true },
    ],
    [data, muscle, target],
  );
  const last = data.weekly.at(-1);
  const options = MUSCLES.map((m) => ({ value: m.id as MuscleId, label: `${m.label}${MAJOR_MUSCLES.includes(m.id) ? '' : ' (minor)'}` }));
  return (
    <section className="card" aria-labelledby="weekly-title">
      <h2 className="card__title" id="weekly-title">
        Weekly hard sets, last {data.weekly.length} weeks
      </h2>
      {last && last.days < 7 && <p className="muted">The last week is the one under way ({last.days} of 7 days).</p>}
      <h3 className="balance-subtitle">By region</h3>
      <WeeklyChart weeks={weeks} series={regions} label={`Hard sets a week by region over the last ${weeks.length} weeks`} testId="region-chart" />
      <div className="balance-muscle-chart">
        <SelectField label="By muscle" value={muscle} options={options} onChange={setMuscle} />
        <WeeklyChart weeks={weeks} series={one} label={`Hard sets a week for ${muscleById(muscle).label.toLowerCase()} over the last ${weeks.length} weeks`} testId="muscle-chart" />
      </div>
      <details className="balance-table">
        <summary>The weeks as a table</summary>
        <table className="sessions">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Upper</th>
              <th scope="col">Lower</th>
              <th scope="col">Core</th>
              <th scope="col">{muscleById(muscle).label}</th>
            </tr>
          </thead>
          <tbody>
            {data.weekly.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{day(w.weekStart)}</th>
                <td>{sets(w.byRegion.upper)}</td>
                <td>{sets(w.byRegion.lower)}</td>
                <td>{sets(w.byRegion.core)}</td>
                <td>{sets(w.byMuscle[muscle])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
