import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Projection, ProjectionInput } from '../../../contract/index.js';
import type { UnitSystem } from '../../../core/units.js';
import { ApiError, isAbort } from '../../api.js';
import { bodyApi } from '../../body-api.js';
import { chartTime, showWeight, toDisplayWeight, weightForApi, weightUnit } from '../../lib/body-format.js';
import { formatInt } from '../../lib/format.js';
import { SelectField } from '../select-field.js';
import { TextField } from '../text-field.js';
import { LineChart } from './line-chart.js';

const HORIZONS = [
  { value: '90', label: '3 months' },
  { value: '180', label: '6 months' },
  { value: '365', label: '1 year' },
  { value: '730', label: '2 years' },
  { value: '1825', label: '5 years' },
] as const;
type Horizon = (typeof HORIZONS)[number]['value'];

/** Where the weight is heading: the Hall model at an intake (default: the budget), or the intake for a target, beside the 3,500-kcal line. */
export function ProjectionCard({ units, version }: { units: UnitSystem; version: number }) {
  const [intake, setIntake] = useState('');
  const [target, setTarget] = useState('');
  const [days, setDays] = useState<Horizon>('365');
  const [request, setRequest] = useState<ProjectionInput>({ days: 365 });
  const [result, setResult] = useState<Projection | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    bodyApi
      .project(request, ctl.signal)
      .then((p) => {
        setResult(p);
        setError(null);
      })
      .catch((err: unknown) => {
        if (isAbort(err)) return;
        const d = err instanceof ApiError ? err.details[0] : undefined;
        setError({ field: d?.field, message: d?.message ?? (err instanceof Error ? err.message : 'Could not project') });
      });
    return () => ctl.abort();
  }, [request, version]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const kcal = intake.trim() === '' ? undefined : Number(intake.replace(/[, ]/g, ''));
    if (kcal !== undefined && !Number.isFinite(kcal)) {
      setError({ field: 'intakeKcal', message: 'Enter kcal a day, like 2200' });
      return;
    }
    const t = weightForApi(target, units);
    setRequest({ days: Number(days), ...(kcal !== undefined ? { intakeKcal: kcal } : {}), ...(t !== null ? { targetWeight: t } : {}) });
  };

  const chart = useMemo(() => {
    if (!result) return null;
    const step = result.days > 730 ? 7 : 1;
    const rows = result.series.filter((d) => d.day % step === 0 || d.day === result.days);
    return {
      times: rows.map((d) => chartTime(d.date)),
      series: [
        { label: `Hall model (${weightUnit(units)})`, values: rows.map((d) => toDisplayWeight(d.weightKg, units)), style: 'line' as const, color: '--accent' },
        { label: '3,500-kcal rule', values: rows.map((d) => toDisplayWeight(d.ruleWeightKg, units)), style: 'dashed' as const, color: '--warning' },
      ],
    };
  }, [result, units]);

  return (
    <section className="card" aria-labelledby="projection-title">
      <h2 className="card__title" id="projection-title">
        Where this leads
      </h2>
      <form className="field-row" onSubmit={submit} noValidate>
        <TextField
          label="Intake (kcal a day)"
          value={intake}
          onChange={setIntake}
          inputMode="numeric"
          placeholder="your budget"
          error={error?.field === 'intakeKcal' ? error.message : undefined}
          className="field--medium"
        />
        <TextField
          label={`Target weight (${weightUnit(units)})`}
          value={target}
          onChange={setTarget}
          inputMode="decimal"
          hint="Leave the intake empty to get the intake that reaches it"
          error={error?.field === 'targetWeight' ? error.message : undefined}
          className="field--medium"
        />
        <SelectField label="Over" value={days} options={HORIZONS} onChange={setDays} />
        <div className="body-form__submit">
          <button type="submit" className="button button--primary">
            Project
          </button>
        </div>
      </form>
      {error && !['intakeKcal', 'targetWeight'].includes(error.field ?? '') && <p className="banner banner--error">{error.message}</p>}
      {result && chart && (
        <>
          <ul className="body-statements" data-testid="projection-statements">
            {result.statements.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <LineChart times={chart.times} series={chart.series} label={`Projected weight over ${result.days} days: the Hall model beside the 3,500-kcal rule`} testId="projection-chart" />
          <dl className="stats">
            <div className="stats__item">
              <dt>Model, day {result.days}</dt>
              <dd data-testid="projection-final">{showWeight(result.final.weightKg, units)}</dd>
            </div>
            <div className="stats__item">
              <dt>3,500-kcal rule</dt>
              <dd>{showWeight(result.final.ruleWeightKg, units)}</dd>
            </div>
            <div className="stats__item">
              <dt>Eating</dt>
              <dd>
                {formatInt(result.series[1]?.intakeKcal ?? result.baseline.intakeKcal)} <span className="stats__unit">kcal</span>
              </dd>
            </div>
          </dl>
          <details className="body-form__more">
            <summary>Assumptions</summary>
            <ul className="body-list">
              {result.assumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
