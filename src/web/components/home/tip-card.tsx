import { useState } from 'react';
import type { Tip } from '../../../contract/index.js';
import { ApiError } from '../../api.js';
import { homeApi } from '../../home-api.js';
import { becauseLabel, becauseValue, EVIDENCE_NOTE, evidenceLabel } from '../../lib/tip-format.js';

/** The evidence grade as a badge, with what it rests on. */
function EvidenceBadge({ grade }: { grade: Tip['evidence'] }) {
  return (
    <span className={`evidence evidence--${grade}`} title={EVIDENCE_NOTE[grade]} data-testid="tip-evidence">
      {evidenceLabel(grade)}
    </span>
  );
}

function Sources({ tip }: { tip: Tip }) {
  return (
    <ul className="tip__sources" aria-label="Sources">
      {tip.sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} rel="noreferrer" target="_blank">
              {s.short}
            </a>
          ) : (
            <span>{s.short}</span>
          )}
          <span className="home-note">
            {' '}
            — {s.authors.replace(/\.$/, '')}. {s.citation}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One tip: what to do, why it fits you (your numbers), how strong the evidence is and where it comes from. */
export function TipView({ tip, onDismissed, headingLevel = 3 }: { tip: Tip; onDismissed: (tip: Tip) => void; headingLevel?: 2 | 3 }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const dismiss = async () => {
    setBusy(true);
    setError(null);
    try {
      await homeApi.dismissTip(tip.id);
      onDismissed(tip);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not dismiss the tip');
      setBusy(false);
    }
  };
  return (
    <article className="tip" data-testid="tip" data-tip={tip.id} aria-labelledby={`tip-${tip.id}`}>
      <div className="tip__head">
        <Heading className="tip__title" id={`tip-${tip.id}`}>
          {tip.title}
        </Heading>
        <EvidenceBadge grade={tip.evidence} />
      </div>
      <p className="tip__message">{tip.message}</p>
      <details className="tip__why">
        <summary>Why this tip, and the sources</summary>
        <dl className="tip__because" aria-label="Your numbers">
          {Object.entries(tip.because).map(([k, v]) => (
            <div key={k}>
              <dt>{becauseLabel(k)}</dt>
              <dd>{becauseValue(v)}</dd>
            </div>
          ))}
        </dl>
        <p className="home-note">
          {evidenceLabel(tip.evidence)}: {EVIDENCE_NOTE[tip.evidence]}.
        </p>
        <Sources tip={tip} />
      </details>
      <p className="tip__cite home-note" data-testid="tip-source">
        Source{tip.sources.length === 1 ? '' : 's'}: {tip.sources.map((s) => s.short).join('; ')}
      </p>
      <button type="button" className="button tip__dismiss" onClick={() => void dismiss()} disabled={busy}>
        Dismiss<span className="visually-hidden"> the tip “{tip.title}”</span>
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

/** Today's tip and, folded away, the day's others; a dismissed tip leaves with an undo. */
export function TipCard({ tips, onChanged }: { tips: readonly Tip[]; onChanged: () => void }) {
  const [dismissed, setDismissed] = useState<Tip | null>(null);
  const [first, ...more] = tips;
  const onDismissed = (tip: Tip) => {
    setDismissed(tip);
    onChanged();
  };
  const undo = async () => {
    if (!dismissed) return;
    await homeApi.restoreTip(dismissed.id);
    setDismissed(null);
    onChanged();
  };
  return (
    <section className="card home-card home-card--tip" aria-labelledby="tip-title" data-testid="tip-card">
      <h2 className="card__title" id="tip-title">
        Today’s tip
      </h2>
      {dismissed && (
        <p className="home-note" role="status">
          Dismissed “{dismissed.title}”; it won’t come back.{' '}
          <button type="button" className="link-button" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {first ? <TipView tip={first} onDismissed={onDismissed} /> : <p>No tip today: log food, workouts, weigh-ins or sleep and tips will follow your numbers.</p>}
      {more.length > 0 && (
        <details className="tip-more">
          <summary>
            {more.length} more tip{more.length === 1 ? '' : 's'} today
          </summary>
          {more.map((t) => (
            <TipView key={t.id} tip={t} onDismissed={onDismissed} />
          ))}
        </details>
      )}
    </section>
  );
}
