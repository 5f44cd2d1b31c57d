import { useEffect, useMemo, useState } from 'react';
import type { GainPlan } from '../../contract/index.js';
import { addDays } from '../../core/dates.js';
import { ApiError, isAbort } from '../api.js';
import { bodyApi } from '../body-api.js';
import { LineChart } from '../components/body/line-chart.js';
import { chartTime, showWeight, toDisplayWeight, weightUnit } from '../lib/body-format.js';
import { formatInt } from '../lib/format.js';
import { Link } from '../router.js';

const SETS_TEXT = { below: 'below 10', 'in-range': 'in range', above: 'above 20', unknown: 'not known yet' } as const;

/** The muscle-gain page: the evidence-sized surplus, protein, weekly sets per muscle, sleep, and 12 weeks of the weight model. */
export function GainPlanPage() {
  const [plan, setPlan] = useState<GainPlan | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    bodyApi
      .gainPlan(ctl.signal)
      .then(setPlan)
      .catch((err: unknown) => {
        if (isAbort(err)) return;
        setError({ status: err instanceof ApiError ? err.status : 0, message: err instanceof Error ? err.message : 'Could not load the plan' });
      });
    return () => ctl.abort();
  }, []);

  const chart = useMemo(() => {
    if (!plan) return null;
    const u = plan.units;
    const times = plan.projection.weightKg.map((_, d) => chartTime(addDays(plan.startDate, d)));
    return {
      times,
      series: [
        { label: `Weight (${weightUnit(u)})`, values: plan.projection.weightKg.map((kg) => toDisplayWeight(kg, u)), style: 'line' as const, color: '--accent' },
        { label: '3,500-kcal rule', values: plan.projection.ruleWeightKg.map((kg) => toDisplayWeight(kg, u)), style: 'dashed' as const, color: '--warning' },
      ],
    };
  }, [plan]);

  if (error) {
    return (
      <div className="page-header">
        <h1 className="page-title">Muscle-gain plan</h1>
        <p className="banner banner--error" role="alert">
          {error.status === 404 ? (
            <>
              Save your profile first on the <Link to="/goal">goal page</Link>; the plan is sized to your body.
            </>
          ) : (
            error.message
          )}
        </p>
      </div>
    );
  }
  if (!plan) {
    return (
      <p className="loading" role="status">
        Loading your plan…
      </p>
    );
  }
  const u = plan.units;
  const p = plan.projection;
  const gain = (series: number[]) => series[series.length - 1]! - series[0]!;
  return (
    <div className="body-page">
      <header className="page-header">
        <h1 className="page-title">Muscle-gain plan</h1>
        <p className="page-lead">
          What the MyPlate articles promise, checked against the evidence: gain slowly, eat enough protein, train every major muscle 10–20 hard sets a week, and sleep.
        </p>
      </header>
      {!plan.goal.isGain && (
        <p className="notice notice--info">
          Your goal is “{plan.goal.label}”. This is what a lean gain would look like; choose a gain goal on the <Link to="/goal">goal page</Link> to follow it.
        </p>
      )}
      <div className="body-layout">
        <section className="card" aria-labelledby="rate-title">
          <h2 className="card__title" id="rate-title">
            Rate and surplus
          </h2>
          <dl className="stats">
            <div className="stats__item">
              <dt>Gain a week</dt>
              <dd data-testid="gain-rate">
                {toDisplayWeight(plan.rate.minKgPerWeek, u).toFixed(2)}–{toDisplayWeight(plan.rate.maxKgPerWeek, u).toFixed(2)} <span className="stats__unit">{weightUnit(u)}</span>
                <span className="stats__note">0.25–0.5 % of body weight</span>
              </dd>
            </div>
            <div className="stats__item">
              <dt>Surplus</dt>
              <dd data-testid="gain-surplus">
                +{formatInt(plan.surplus.minKcal)}–{formatInt(plan.surplus.maxKcal)} <span className="stats__unit">kcal</span>
                <span className="stats__note">3,500-kcal rule: +{formatInt(plan.surplus.ruleMinKcal)}–{formatInt(plan.surplus.ruleMaxKcal)}</span>
              </dd>
            </div>
            <div className="stats__item">
              <dt>Eat a day</dt>
              <dd data-testid="gain-intake">
                {formatInt(plan.intakeKcal.plan)} <span className="stats__unit">kcal</span>
                <span className="stats__note">
                  maintenance {formatInt(plan.intakeKcal.maintenance)} ({plan.maintenanceSource}), +{Math.round(plan.surplus.planShare * 100)} %
                </span>
              </dd>
            </div>
          </dl>
          <p className="muted">
            The surplus is sized with the weight model, so it pays for the extra heat and tissue upkeep that eating more brings; that is why it is a little above the 3,500-kcal
            rule. Iraki et al. (2019) suggest 10–20 % above maintenance and 0.25–0.5 % of body weight a week for novice and intermediate lifters.
          </p>
        </section>
        <section className="card" aria-labelledby="protein-title">
          <h2 className="card__title" id="protein-title">
            Protein and sleep
          </h2>
          <p data-testid="gain-protein">
            <strong>{formatInt(plan.protein.grams)} g protein a day</strong> ({plan.protein.gPerKg} g/kg). Gains in lean mass level off near 1.6 g/kg (Morton et al. 2018, 95 % CI{' '}
            {formatInt(plan.protein.ciLowGrams)}–{formatInt(plan.protein.ciHighGrams)} g for you); up to {formatInt(plan.protein.upperGrams)} g (2.2 g/kg) is the useful top.
          </p>
          <p data-testid="gain-sleep" className={plan.sleep.meets === false ? 'notice notice--warning' : undefined}>
            {plan.sleep.averageHours === null
              ? 'Log your sleep on the body page: adults should sleep at least 7 hours a night.'
              : `${plan.sleep.nights === 1 ? 'Your last logged night: ' : `Your last ${plan.sleep.nights} nights averaged `}${plan.sleep.averageHours.toFixed(1)} h; the minimum for adults is ${plan.sleep.minHours} h${plan.sleep.meets ? ' — good.' : '.'}`}
          </p>
        </section>
        <section className="card" aria-labelledby="sets-title">
          <h2 className="card__title" id="sets-title">
            Weekly sets per muscle
          </h2>
          <p className="muted">
            Aim for {plan.sets.min}–{plan.sets.max} hard sets a week for each major muscle (Schoenfeld 2017; Baz-Valle 2022), counting a synergist’s set as half. “This week” is the
            balance coach’s count of your hard sets over the last 7 days.
          </p>
          <table className="sessions" data-testid="gain-sets">
            <thead>
              <tr>
                <th scope="col">Muscle</th>
                <th scope="col">This week</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {plan.sets.muscles.map((m) => (
                <tr key={m.id}>
                  <td>{m.label}</td>
                  <td>{m.sets === null ? '—' : `${Number(m.sets.toFixed(1))} (${SETS_TEXT[m.status]})`}</td>
                  <td>
                    {plan.sets.min}–{plan.sets.max}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="model-title">
          <h2 className="card__title" id="model-title">
            The next 12 weeks, by the weight model
          </h2>
          {chart && <LineChart times={chart.times} series={chart.series} label="Projected weight over 12 weeks at the plan's intake, beside the 3,500-kcal rule" testId="gain-chart" />}
          <dl className="stats">
            <div className="stats__item">
              <dt>Weight</dt>
              <dd data-testid="gain-weight">
                {showWeight(p.weightKg[p.days]!, u)}
                <span className="stats__note">from {showWeight(p.weightKg[0]!, u)}</span>
              </dd>
            </div>
            <div className="stats__item">
              <dt>Fat</dt>
              <dd>+{toDisplayWeight(gain(p.fatKg), u).toFixed(1)} {weightUnit(u)}</dd>
            </div>
            <div className="stats__item">
              <dt>Fat-free mass</dt>
              <dd>+{toDisplayWeight(gain(p.leanKg), u).toFixed(1)} {weightUnit(u)}</dd>
            </div>
          </dl>
          <p className="notice notice--warning" data-testid="gain-caveat">
            {plan.caveat}
          </p>
        </section>
      </div>
    </div>
  );
}
