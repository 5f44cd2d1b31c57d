import { useCallback, useEffect, useRef, useState } from 'react';
import type { FoodHit } from '../../contract/index.js';
import { normalizeMeal } from '../../core/nutrition/meals.js';
import { isAbort } from '../api.js';
import { FoodList } from '../components/diary/food-list.js';
import { QuickAdd } from '../components/diary/quick-add.js';
import { UndoBar, type UndoOffer } from '../components/diary/undo-bar.js';
import { diaryApi } from '../diary-api.js';
import { amountLabel, dateParam, dayLabel, localToday, mealLabel } from '../lib/diary-format.js';
import { Link, useSearch } from '../router.js';

const SEARCH_DELAY_MS = 200;

function mealOf(search: string): string {
  try {
    return normalizeMeal(new URLSearchParams(search).get('meal') ?? 'snacks');
  } catch {
    return 'snacks';
  }
}

/** Search-and-log for one meal: recent foods first (one tap logs the last amount), then search as you type. */
export function LogFoodPage() {
  const search = useSearch();
  const today = localToday();
  const date = dateParam(search, today);
  const meal = mealOf(search);
  const label = mealLabel(meal);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FoodHit[] | null>(null);
  const [recent, setRecent] = useState<FoodHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [added, setAdded] = useState(0);
  const clearUndo = useCallback(() => setUndo(null), []);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const ctl = new AbortController();
    diaryApi
      .recent(ctl.signal)
      .then(setRecent)
      .catch((err: unknown) => {
        if (!isAbort(err)) setRecent([]);
      });
    return () => ctl.abort();
  }, [added]);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setResults(null);
      setBusy(false);
      return;
    }
    const ctl = new AbortController();
    setBusy(true);
    const timer = setTimeout(() => {
      diaryApi
        .search(q, ctl.signal)
        .then((foods) => {
          setResults(foods);
          setError(null);
          setBusy(false);
        })
        .catch((err: unknown) => {
          if (isAbort(err)) return;
          setError(err instanceof Error ? err.message : 'Search failed');
          setBusy(false);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [query]);

  const onAdd = async (food: FoodHit, amount: number, unit: string) => {
    const entry = await diaryApi.log({ date, meal, foodId: food.id, amount, unit });
    setAdded((n) => n + 1);
    // Ready for the next food of the meal.
    setQuery('');
    box.current?.focus();
    setUndo({
      message: `Added ${amountLabel(entry)} of ${entry.name} to ${label.toLowerCase()}.`,
      undo: async () => {
        await diaryApi.remove(entry.id);
        setAdded((n) => n + 1);
      },
    });
  };
  const onQuickAdd = async (kcal: number, name: string) => {
    const entry = await diaryApi.log({ date, meal, energyKcal: kcal, ...(name.trim() ? { name: name.trim() } : {}) });
    setUndo({
      message: `Added ${Math.round(kcal)} kcal to ${label.toLowerCase()}.`,
      undo: async () => {
        await diaryApi.remove(entry.id);
      },
    });
  };

  return (
    <div className="log-food">
      <div className="page-header">
        <Link className="link-button" to={`/diary?date=${date}`}>
          ‹ Diary
        </Link>
        <h1 className="page-title">Add to {label}</h1>
        <p className="page-lead">{dayLabel(date, today)}</p>
      </div>
      <div className="log-food__search">
        <input
          ref={box}
          type="search"
          className="input log-food__box"
          placeholder="Food, brand or barcode"
          aria-label="Search foods"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <Link className="button button--primary log-food__done" to={`/diary?date=${date}`}>
          Done
        </Link>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {results === null ? (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title" className="log-food__heading">
            Recent
          </h2>
          {recent === null ? (
            <p className="loading">Loading…</p>
          ) : recent.length === 0 ? (
            <p className="muted">Foods you log show up here, ready to add again with one tap.</p>
          ) : (
            <FoodList label="Recent foods" foods={recent} mealLabel={label} onAdd={onAdd} />
          )}
        </section>
      ) : (
        <section aria-labelledby="results-title" aria-busy={busy}>
          <h2 id="results-title" className="log-food__heading">
            {busy ? 'Searching…' : results.length === 0 ? `Nothing found for “${query.trim()}”` : 'Best matches'}
          </h2>
          <FoodList label="Foods found" foods={results} mealLabel={label} onAdd={onAdd} />
        </section>
      )}
      <QuickAdd mealLabel={label} onAdd={onQuickAdd} />
      <UndoBar offer={undo} onDone={clearUndo} />
    </div>
  );
}
