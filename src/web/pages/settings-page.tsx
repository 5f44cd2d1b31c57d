import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../contract/index.js';
import { ApiError, isAbort } from '../api.js';
import { ExportLinks } from '../components/import/export-links.js';
import { SelectField } from '../components/select-field.js';
import { homeApi } from '../home-api.js';
import { Link } from '../router.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Preferences that are not part of the goal: the first day of the week, exercise energy in the budget, the time zone. */
export function SettingsPage() {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), []);

  useEffect(() => {
    const ctl = new AbortController();
    homeApi
      .settings(ctl.signal)
      .then((s) => {
        setSaved(s);
        setDraft(s);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setStatus({ kind: 'error', text: err instanceof Error ? err.message : 'Could not load your settings' });
      });
    return () => ctl.abort();
  }, []);

  const edit = (patch: Partial<Settings>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setStatus(null);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    try {
      const next = await homeApi.updateSettings({ weekStartsOn: draft.weekStartsOn, exerciseEnergyInBudget: draft.exerciseEnergyInBudget, timeZone: draft.timeZone?.trim() || null });
      setSaved(next);
      setDraft(next);
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (err) {
      setStatus({ kind: 'error', text: err instanceof ApiError ? (err.details[0]?.message ?? err.message) : 'Could not save' });
    }
  };

  return (
    <div className="settings-page">
      <header className="page-header">
        <h1 className="page-title">Settings</h1>
        <p className="page-lead">
          Units (kg or lb) belong to your <Link to="/goal">goal</Link>; these are the rest.
        </p>
      </header>
      {!draft ? (
        <p className="loading" role="status">
          {status?.kind === 'error' ? status.text : 'Loading…'}
        </p>
      ) : (
        <form className="card settings-form" onSubmit={(e) => void save(e)}>
          <SelectField
            label="First day of the week"
            value={String(draft.weekStartsOn)}
            options={DAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
            onChange={(v) => edit({ weekStartsOn: Number(v) })}
            hint="Weeks in the diary and on the home screen start on this day."
          />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" aria-describedby="exercise-hint" checked={draft.exerciseEnergyInBudget} onChange={(e) => edit({ exerciseEnergyInBudget: e.target.checked })} />
              Add exercise energy to the day’s food budget
            </label>
            <p className="field__hint" id="exercise-hint">
              Remaining = goal − food + exercise. Leave it off to keep exercise out of the sum.
            </p>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="time-zone">
              Time zone
            </label>
            <input id="time-zone" className="input" list="time-zones" aria-describedby="time-zone-hint" value={draft.timeZone ?? ''} placeholder="The server’s" onChange={(e) => edit({ timeZone: e.target.value })} />
            <datalist id="time-zones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <p className="field__hint" id="time-zone-hint">
              Decides when your day starts, e.g. Europe/Berlin or America/New_York.
            </p>
          </div>
          <div className="save-bar__row">
            <button type="submit" className="button button--primary" disabled={JSON.stringify(draft) === JSON.stringify(saved)}>
              Save settings
            </button>
            {status && (
              <span className={`save-status save-status--${status.kind}`} role="status">
                {status.text}
              </span>
            )}
          </div>
        </form>
      )}
      <section className="card export settings-data" aria-labelledby="your-data-title">
        <h2 className="card__title" id="your-data-title">
          Your data
        </h2>
        <p>Everything you logged, to keep or to move: the diary, workouts, body log, sleep, goals, foods, recipes and settings.</p>
        <ExportLinks />
        <p className="muted">
          To bring a history from Strong, Hevy, MyFitnessPal, Cronometer or Apple Health, or to read a Platewise export back, go to <Link to="/import">Import and export</Link>.
        </p>
      </section>
    </div>
  );
}
