import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GoalResponse } from '../../contract/index.js';
import type { UnitSystem } from '../../core/units.js';
import { ApiError, api, isAbort } from '../api.js';
import { BudgetPeek } from '../components/budget-peek.js';
import { GoalForm } from '../components/goal-form.js';
import { GoalResult } from '../components/goal-result.js';
import { SaveBar, type SaveState } from '../components/save-bar.js';
import {
  EMPTY_FORM,
  FORM_FIELDS,
  checkForm,
  formFromProfile,
  profileInput,
  splitDetails,
  switchUnits,
  type FieldErrors,
  type GoalFormState,
} from '../lib/goal-form.js';

const PREVIEW_DELAY_MS = 250;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong');

/** Moves focus to the first field marked invalid, after React has rendered the marks. */
function focusFirstInvalid(root: HTMLElement | null) {
  requestAnimationFrame(() => {
    root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/** The calorie-goal page: the MyPlate questions, a live preview of the budget as you type, and Save. */
export function GoalPage() {
  const [form, setForm] = useState<GoalFormState>(EMPTY_FORM);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [goal, setGoal] = useState<GoalResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [requireAll, setRequireAll] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctl = new AbortController();
    api
      .getProfile(ctl.signal)
      .then((p) => {
        if (p) setForm(formFromProfile(p));
        setLoaded(true);
      })
      .catch((err: unknown) => {
        if (isAbort(err)) return;
        setLoadError(`Could not load your saved profile: ${messageOf(err)}`);
        setLoaded(true);
      });
    return () => ctl.abort();
  }, []);

  const checked = useMemo(() => checkForm(form, requireAll), [form, requireAll]);
  const bodyKey = checked.body ? JSON.stringify(checked.body) : null;

  useEffect(() => {
    if (!loaded) return;
    if (bodyKey === null) {
      setGoal(null);
      setServerErrors({});
      setBusy(false);
      return;
    }
    const ctl = new AbortController();
    setBusy(true);
    const timer = setTimeout(() => {
      api
        .previewGoal(JSON.parse(bodyKey), ctl.signal)
        .then((g) => {
          setGoal(g);
          setServerErrors({});
          setProblems([]);
        })
        .catch((err: unknown) => {
          if (isAbort(err)) return;
          if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.details.length > 0) {
            const { fields, other } = splitDetails(err.details, FORM_FIELDS);
            setServerErrors(fields);
            setProblems(other);
            setGoal(null);
          } else {
            setProblems([messageOf(err)]);
          }
        })
        .finally(() => {
          if (!ctl.signal.aborted) setBusy(false);
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [bodyKey, loaded]);

  const change = useCallback((patch: Partial<GoalFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSave({ kind: 'idle' });
  }, []);

  const changeUnits = useCallback((units: UnitSystem) => {
    setForm((f) => switchUnits(f, units));
    setSave({ kind: 'idle' });
  }, []);

  const submit = async () => {
    setRequireAll(true);
    const c = checkForm(form, true);
    if (!c.body) {
      setSave({ kind: 'error', message: 'Fill in the marked fields, then save again.' });
      focusFirstInvalid(pageRef.current);
      return;
    }
    setSave({ kind: 'saving' });
    try {
      await api.putProfile(profileInput(c.body, form.units));
      setSave({ kind: 'saved' });
    } catch (err) {
      if (err instanceof ApiError && err.details.length > 0) {
        const { fields, other } = splitDetails(err.details, FORM_FIELDS);
        setServerErrors(fields);
        setProblems(other);
        focusFirstInvalid(pageRef.current);
      }
      setSave({ kind: 'error', message: `Not saved: ${messageOf(err)}` });
    }
  };

  const errors: FieldErrors = { ...serverErrors, ...checked.errors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const placeholder = hasFieldErrors
    ? 'Fix the marked fields to see your budget.'
    : 'Fill in sex, age, height and weight to see your daily calorie budget.';

  return (
    <div className="goal-page" ref={pageRef}>
      <header className="page-header">
        <h1 className="page-title">Calorie goal</h1>
        <p className="page-lead">Answer a few questions and get a daily calorie budget and macro split for your weight goal, with the arithmetic shown.</p>
      </header>
      {loadError && (
        <p className="banner banner--error" role="alert">
          {loadError}
        </p>
      )}
      {!loaded ? (
        <p className="loading" role="status">
          Loading your profile…
        </p>
      ) : (
        <div className="goal-layout">
          <GoalForm
            form={form}
            errors={errors}
            onChange={change}
            onUnits={changeUnits}
            onSubmit={() => void submit()}
            footer={<SaveBar state={save} problems={problems} />}
          />
          <GoalResult id="result" goal={goal} busy={busy} placeholder={placeholder} />
          <BudgetPeek goalKcal={goal?.goalKcal ?? null} targetId="result" />
        </div>
      )}
    </div>
  );
}
