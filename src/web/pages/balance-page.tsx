import { lazy, Suspense } from 'react';

// Everything below the heading is loaded on demand: the report, its charts and the body map stay out of the first page.
const BalanceReportView = lazy(() => import('./balance-report.js'));

/** /balance: whether training covers the whole body, legs included. */
export function BalancePage() {
  return (
    <div className="balance-page">
      <header className="page-header">
        <h1 className="page-title">Training balance</h1>
        <p className="page-lead">How your hard sets spread over your body: each working set counts 1 for the muscles that drive it and ½ for those that help.</p>
      </header>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <BalanceReportView />
      </Suspense>
    </div>
  );
}
