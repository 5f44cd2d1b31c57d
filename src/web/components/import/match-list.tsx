import { useId, useState } from 'react';
import type { Exercise, ExerciseMatch } from '../../../contract/index.js';
import { matchLabel, needsChoice, OWN, type Choice } from '../../lib/import-choices.js';
import { ExercisePicker } from '../workouts/exercise-picker.js';

const SEARCH = 'search';

/** One name of the file: what it will be logged as, how sure the match is, and a choice when it needs one. */
function MatchRow({ match, choice, picked, onChoose }: { match: ExerciseMatch; choice: Choice | undefined; picked: Exercise | undefined; onChoose: (c: Choice, e?: Exercise) => void }) {
  const id = useId();
  const [searching, setSearching] = useState(false);
  const unsure = needsChoice(match);
  const tone = match.needsConfirmation ? 'check' : match.how === 'none' ? 'new' : match.how === 'fuzzy' ? 'close' : 'sure';
  const options = [
    ...match.suggestions.map((s) => ({ value: s.id, label: `${s.name} (${Math.round(s.confidence * 100)}%)` })),
    ...(picked && !match.suggestions.some((s) => s.id === picked.id) ? [{ value: picked.id, label: picked.name }] : []),
  ];
  return (
    <li className={`match match--${tone}`}>
      <div className="match__head">
        <span className="match__name">{match.name}</span>
        <span className="match__sets">
          {match.sets} set{match.sets === 1 ? '' : 's'}
        </span>
      </div>
      <div className="match__body">
        <span className={`match__badge match__badge--${tone}`}>{matchLabel(match)}</span>
        {!unsure && (
          <span className="match__target">
            {match.exercise ? `→ ${match.exercise.name}` : '→ a new exercise of your own'}
            {match.createsOwn && !match.musclesKnown && <span className="muted"> (set its muscles under Exercises)</span>}
          </span>
        )}
        {match.weightedAs && (
          <span className="match__target match__weighted muted">
            with added load → {match.weightedAs.name}
            {match.weightedAs.custom ? ' (new, your own)' : ''}
          </span>
        )}
      </div>
      {unsure && (
        <div className="field match__choice">
          <label className="field__label" htmlFor={id}>
            Log “{match.name}” as
          </label>
          <select
            id={id}
            className="input select"
            value={choice ?? OWN}
            onChange={(e) => {
              if (e.target.value === SEARCH) setSearching(true);
              else onChoose(e.target.value);
            }}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value={OWN}>A new exercise of my own: “{match.name}”</option>
            <option value={SEARCH}>Search all exercises…</option>
          </select>
          {searching && (
            <ExercisePicker
              onPick={(e) => {
                onChoose(e.id, e);
                setSearching(false);
              }}
              onClose={() => setSearching(false)}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** The exercise names of the file, the unsure ones first, each with what it will be logged as. */
export function MatchList({ matches, choices, onChoose }: { matches: readonly ExerciseMatch[]; choices: Readonly<Record<string, Choice>>; onChoose: (name: string, c: Choice) => void }) {
  const [picked, setPicked] = useState<Record<string, Exercise>>({});
  const unsure = matches.filter(needsChoice);
  const sure = matches.filter((m) => !needsChoice(m));
  const render = (m: ExerciseMatch) => (
    <MatchRow
      key={m.name}
      match={m}
      choice={choices[m.name]}
      picked={picked[m.name]}
      onChoose={(c, e) => {
        if (e) setPicked((p) => ({ ...p, [m.name]: e }));
        onChoose(m.name, c);
      }}
    />
  );
  return (
    <>
      {unsure.length > 0 && (
        <>
          <h3 className="import__subtitle">{unsure.length === 1 ? 'Check this name' : `Check these ${unsure.length} names`}</h3>
          <ul className="match-list" aria-label="Exercises to check">
            {unsure.map(render)}
          </ul>
        </>
      )}
      {sure.length > 0 && (
        <details className="import__details" open={unsure.length === 0}>
          <summary>
            {sure.length} name{sure.length === 1 ? '' : 's'} matched
          </summary>
          <ul className="match-list" aria-label="Exercises matched">
            {sure.map(render)}
          </ul>
        </details>
      )}
    </>
  );
}
