import { useEffect, useState } from 'react';
import type { Expenditure } from '../../../contract/index.js';
import type { UnitSystem } from '../../../core/units.js';
import { bodyApi } from '../../body-api.js';
import { formatInt } from '../../lib/format.js';
import { showRate } from '../../lib/body-format.js';
import { RadioGroup } from '../radio-group.js';

const SOURCES = [
  { value: 'formula', label: 'The formula' },
  { value: 'learned', label: 'My learned expenditure' },
] as const;

/** Learned expenditure with its band, what the data leaves out and why, the formula beside it, and the budget choice. */
export function ExpenditureCard({ data, units, onChanged }: { data: Expenditure; units: UnitSystem; onChanged: () => void }) {
  const saved = data.budget?.source ?? 'formula';
  // The choice shows at once; the budget message follows when the server has answered.
  const [source, setSource] = useState<'formula' | 'learned'>(saved);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => setSource(saved), [saved]);
  const e = data.estimate;
  const choose = async (next: 'formula' | 'learned') => {
    setSource(next);
    try {
      await bodyApi.setBudgetSource(next);
      setFailed(null);
      onChanged();
    } catch (err) {
      setSource(saved);
      setFailed(`Not changed: ${err instanceof Error ? err.message : 'something went wrong'}`);
    }
  };
  return (
    <section className="card" aria-labelledby="expenditure-title">
      <h2 className="card__title" id="expenditure-title">
        Your expenditure, learned from your logs
      </h2>
      {e.kcal !== null ? (
        <>
          <p className="body-big" data-testid="learned-kcal">
            {formatInt(e.kcal)} <span className="stats__unit">kcal a day</span>
          </p>
          <p className="muted">
            95 % band {formatInt(e.lowKcal!)}–{formatInt(e.highKcal!)} kcal · {e.intakeDays} of {e.windowDays} days logged ({e.from} to {e.to})
            {e.trendRateKgPerWeek !== null && ` · weight ${showRate(e.trendRateKgPerWeek, units)}`}
            {e.priorShare !== null && ` · ${Math.round(e.priorShare * 100)} % still from the formula`}
          </p>
        </>
      ) : (
        <div className="notice notice--info" data-testid="learned-insufficient">
          <p>
            <strong>No estimate yet.</strong>
          </p>
          <ul>
            {e.insufficient.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </div>
      )}
      {e.excluded.length > 0 && (
        <p className="muted">
          Left out: {e.excluded.map((x) => `${x.date} (${x.reason === 'incomplete' ? 'marked unfinished' : `${formatInt(x.kcal)} kcal, looks half-logged`})`).join(', ')}.
        </p>
      )}
      {data.comparison && (
        <p className={`notice ${data.comparison.disagree ? 'notice--warning' : 'notice--info'}`} data-testid="expenditure-comparison">
          {data.comparison.message}
        </p>
      )}
      {data.budget && (
        <>
          <RadioGroup
            legend="My calorie budget follows"
            name="budget-source"
            options={SOURCES}
            value={source}
            onChange={(v) => void choose(v)}
          />
          {failed && <p className="field-error">{failed}</p>}
          <p className="muted" data-testid="budget-message">
            {data.budget.message}
          </p>
        </>
      )}
      <details className="body-form__more">
        <summary>How this is worked out</summary>
        <ul className="body-list">
          {data.method.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
