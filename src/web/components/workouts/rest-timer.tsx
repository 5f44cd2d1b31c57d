import { useCallback, useEffect, useState } from 'react';
import { formatClock } from '../../../core/training/measures.js';

export const DEFAULT_REST_S = 90;

interface Rest {
  endsAt: number;
  total: number;
}

/** A countdown that survives re-renders: start(seconds), adjust(±s), skip(); `left` is whole seconds or null. */
export function useRestTimer() {
  const [rest, setRest] = useState<Rest | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!rest) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [rest]);

  const left = rest ? Math.max(0, Math.ceil((rest.endsAt - now) / 1000)) : null;

  useEffect(() => {
    if (rest && left === 0) {
      setRest(null);
      setDone(true);
      navigator.vibrate?.([200, 100, 200]);
    }
  }, [rest, left]);

  useEffect(() => {
    if (!done) return;
    const t = setTimeout(() => setDone(false), 4000);
    return () => clearTimeout(t);
  }, [done]);

  const start = useCallback((seconds: number) => {
    const t = Date.now();
    setNow(t);
    setDone(false);
    setRest({ endsAt: t + seconds * 1000, total: seconds });
  }, []);
  const adjust = useCallback((delta: number) => setRest((r) => (r ? { endsAt: Math.max(Date.now() + 1000, r.endsAt + delta * 1000), total: Math.max(1, r.total + delta) } : r)), []);
  const skip = useCallback(() => setRest(null), []);
  return { left, total: rest?.total ?? null, done, start, adjust, skip };
}

/** The rest bar at the bottom of the screen: time left, −15 s / +15 s, Skip; says "Rest over" when it ends. */
export function RestTimer({ timer }: { timer: ReturnType<typeof useRestTimer> }) {
  const { left, total, done } = timer;
  const share = left !== null && total ? Math.min(1, left / total) : 0;
  return (
    <div className={`rest-bar${left !== null || done ? ' rest-bar--on' : ''}`}>
      <p className="visually-hidden" aria-live="polite">
        {done ? 'Rest over' : ''}
      </p>
      {left !== null && (
        <div className="rest-bar__inner" role="timer" aria-label="Rest timer">
          <div className="rest-bar__track" aria-hidden="true">
            <div className="rest-bar__fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className="rest-bar__label">Rest</span>
          <span className="rest-bar__time" data-testid="rest-left">
            {formatClock(left)}
          </span>
          <button type="button" className="chip-button" onClick={() => timer.adjust(-15)} aria-label="15 seconds less">
            −15
          </button>
          <button type="button" className="chip-button" onClick={() => timer.adjust(15)} aria-label="15 seconds more">
            +15
          </button>
          <button type="button" className="chip-button chip-button--strong" onClick={timer.skip}>
            Skip
          </button>
        </div>
      )}
      {left === null && done && <div className="rest-bar__inner rest-bar__inner--done">Rest over — next set</div>}
    </div>
  );
}
