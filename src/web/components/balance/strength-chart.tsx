import type { BalanceReport } from '../../../contract/index.js';
import { displayLoad, type LoadUnit } from '../../../core/training/plates.js';
import { RATIO_TOLERANCE } from '../../../core/training/strength.js';

type Strength = BalanceReport['strength'];

const LIFT_LABEL: Record<string, string> = {
  squat: 'Back squat',
  'bench-press': 'Bench press',
  deadlift: 'Deadlift',
  'overhead-press': 'Overhead press',
  'barbell-row': 'Barbell row',
  'front-squat': 'Front squat',
};
// The bars span 0–200% of each lift's balanced value; 100% is the balanced line.
const SCALE_MAX = 2;
const pct = (x: number) => `${(Math.min(x, SCALE_MAX) / SCALE_MAX) * 100}%`;

/** Each lift's e1RM as a share of what a balanced lifter with this squat would lift, the ±15% band around 100%. */
export function StrengthChart({ strength, unit }: { strength: Strength; unit: LoadUnit }) {
  const load = (kg: number) => `${displayLoad(kg, unit)} ${unit}`;
  const logged = Object.entries(strength.e1rmKg).filter((e): e is [string, number] => e[1] !== null);
  if (logged.length === 0) {
    return <p className="muted">Log squats, bench presses, deadlifts, overhead presses or barbell rows (sets of 1–10 reps) and their balance shows here.</p>;
  }
  return (
    <>
      {strength.squatKg === null ? (
        <p className="muted">Log a back squat too: the other lifts are compared with it.</p>
      ) : (
        <>
          <p className="muted">
            Best estimated one-rep max of the last {strength.weeks} weeks (Epley), beside the lift a balanced lifter with your {load(strength.squatKg)} squat
            would have. Within ±{RATIO_TOLERANCE * 100}% is balanced.
          </p>
          <ul className="ratio-chart" data-testid="strength-chart">
            {strength.ratios.map((l) => {
              const share = l.e1rmKg / l.expectedKg;
              const state = l.lagging ? 'behind' : l.ahead ? 'ahead' : 'balanced';
              return (
                <li key={l.lift} className={`ratio-chart__row ratio-chart__row--${state}`}>
                  <span className="ratio-chart__name">{LIFT_LABEL[l.lift] ?? l.lift}</span>
                  <span className="ratio-chart__track" aria-hidden="true">
                    <span className="ratio-chart__band" style={{ left: pct(1 - RATIO_TOLERANCE), width: `${(2 * RATIO_TOLERANCE * 100) / SCALE_MAX}%` }} />
                    <span className="ratio-chart__bar" style={{ width: pct(share) }} />
                    <span className="ratio-chart__mark" style={{ left: pct(1) }} />
                  </span>
                  <span className="ratio-chart__text">
                    {load(l.e1rmKg)} = {l.ratio.toFixed(2)} × squat (balanced {l.expectedRatio}): {l.percentOff > 0 ? '+' : ''}
                    {Math.round(l.percentOff)}% · {state}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <dl className="stats balance-lifts">
        {logged.map(([lift, kg]) => (
          <div className="stats__item" key={lift}>
            <dt>{LIFT_LABEL[lift] ?? lift}</dt>
            <dd>{load(kg)}</dd>
          </div>
        ))}
      </dl>
      {strength.scores && strength.bodyWeight && (
        <p className="balance-scores" data-testid="strength-scores">
          Squat + bench + deadlift {load(strength.scores.totalKg)} at {load(strength.bodyWeight.kg)} body weight
          {strength.bodyWeight.source === 'body-log' ? ' (your trend weight)' : ' (your profile)'}: DOTS {strength.scores.dots}, Wilks {strength.scores.wilks}, Wilks
          2020 {strength.scores.wilks2020}
          {strength.scores.ipfGl !== null ? `, IPF GL ${strength.scores.ipfGl}` : ''}.
        </p>
      )}
    </>
  );
}
