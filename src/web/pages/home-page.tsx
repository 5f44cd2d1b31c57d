import { useCallback, useEffect, useState } from 'react';
import type { HomeResponse } from '../../contract/index.js';
import { api, isAbort } from '../api.js';
import { BalanceCard } from '../components/home/balance-card.js';
import { BudgetCard } from '../components/home/budget-card.js';
import { TipCard } from '../components/home/tip-card.js';
import { TrendCard } from '../components/home/trend-card.js';
import { WeekStrip } from '../components/home/week-strip.js';
import { WorkoutCard } from '../components/home/workout-card.js';
import { formatInt } from '../lib/format.js';
import { homeApi } from '../home-api.js';
import { navigate } from '../router.js';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const messageOf = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong');

/** "How am I doing" in one sentence: what is left to eat, whether training is in balance, where the weight is heading. */
function glance(h: HomeResponse): string {
  const parts: string[] = [];
  const b = h.budget;
  if (b.remainingKcal !== null) parts.push(b.remainingKcal >= 0 ? `${formatInt(b.remainingKcal)} kcal left to eat` : `${formatInt(-b.remainingKcal)} kcal over budget`);
  if (h.balance.status === 'balanced') parts.push('training in balance');
  else if (h.balance.status === 'warning' || h.balance.status === 'info') parts.push('training needs a look');
  if (h.trend.rateStatus === 'on-track') parts.push('weight on track');
  else if (h.trend.rateStatus) parts.push(`weight ${h.trend.rateStatus === 'wrong-way' ? 'moving the wrong way' : h.trend.rateStatus === 'drifting' ? 'drifting' : `${h.trend.rateStatus} than planned`}`);
  return parts.length ? `${parts.join(' · ')}.` : 'Log a meal, a workout or a weigh-in and this page fills in.';
}

/** The home screen: one glance at the day's budget, training, balance, weight and tip. */
export function HomePage() {
  const [home, setHome] = useState<HomeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const ctl = new AbortController();
    homeApi
      .home(undefined, ctl.signal)
      .then((h) => {
        setHome(h);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(`Could not load your day: ${messageOf(err)}`);
      });
    return () => ctl.abort();
  }, [version]);

  if (error) {
    return (
      <p className="banner banner--error" role="alert">
        {error}
      </p>
    );
  }
  if (!home) {
    return (
      <p className="loading" role="status">
        Loading your day…
      </p>
    );
  }
  return (
    <div className="home">
      <header className="page-header">
        <h1 className="page-title">Today</h1>
        <p className="page-lead">
          <span className="home-date">{LONG_DATE.format(new Date(`${home.date}T12:00:00Z`))}</span>
          <span data-testid="glance"> · {glance(home)}</span>
        </p>
      </header>
      <div className="home-grid">
        <BudgetCard budget={home.budget} isToday />
        <TipCard tips={home.tips} onChanged={refresh} />
        <WorkoutCard workout={home.workout} isToday />
        <BalanceCard balance={home.balance} />
        <TrendCard trend={home.trend} units={home.units} />
        <WeekStrip week={home.week} today={home.date} />
      </div>
    </div>
  );
}

/** `/`: the home screen once a goal is set, else the goal page to set one. */
export function HomeRoot() {
  const [hasProfile, setHasProfile] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    api
      .getProfile(ctl.signal)
      .then((p) => setHasProfile(p !== null))
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(messageOf(err));
      });
    return () => ctl.abort();
  }, []);
  useEffect(() => {
    if (hasProfile === false) navigate('/goal', { replace: true });
  }, [hasProfile]);
  if (error) {
    return (
      <p className="banner banner--error" role="alert">
        {error}
      </p>
    );
  }
  return hasProfile ? <HomePage /> : <p className="loading" role="status">Loading…</p>;
}
