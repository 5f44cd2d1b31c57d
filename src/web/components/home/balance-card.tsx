import { lazy, Suspense } from 'react';
import type { HomeResponse } from '../../../contract/index.js';
import { Link } from '../../router.js';

const BodyMapThumb = lazy(() => import('./body-map-thumb.js'));

type Balance = HomeResponse['balance'];

const STATUS: Readonly<Record<Balance['status'], string>> = { none: 'Not judged yet', balanced: 'Balanced', info: 'Worth a look', warning: 'Out of balance' };

/** The balance coach's verdict in one line, beside a small body map of the weekly sets per muscle. */
export function BalanceCard({ balance }: { balance: Balance }) {
  return (
    <section className="card home-card" aria-labelledby="balance-title" data-testid="balance-card">
      <div className="home-card__head">
        <h2 className="card__title" id="balance-title">
          Training balance
        </h2>
        <Link to="/balance" className="home-card__action">
          Details
        </Link>
      </div>
      <div className="balance-line">
        <Suspense fallback={<div className="body-thumb body-thumb--loading" aria-hidden="true" />}>
          <BodyMapThumb setsByMuscle={balance.setsByMuscle} />
        </Suspense>
        <div>
          <p className={`status-tag status-tag--${balance.status}`}>{STATUS[balance.status]}</p>
          <p data-testid="balance-line">{balance.line}</p>
          {balance.hardSets > 0 && (
            <p className="home-note">
              {balance.hardSets} hard sets, {balance.windowStart} to {balance.windowEnd}. The map shades each muscle by its sets a week.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
