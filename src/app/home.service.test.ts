import { describe, expect, it } from 'vitest';
import type { BalanceReport } from './balance-view.js';
import { balanceLine } from './home.service.js';

const report = (o: Partial<BalanceReport>): BalanceReport =>
  ({ asOf: '2026-11-21', firstTrainedOn: '2026-10-01', hardSets: 40, windowDays: 28, lowerShare: 0.4, pushPullRatio: 1.1, flags: [], ...o }) as BalanceReport;
const flag = (severity: 'info' | 'warning', message: string) => ({ code: 'lower-share-low' as const, severity, message, numbers: {} });

describe('balanceLine', () => {
  it.each([
    ['no training ever', report({ firstTrainedOn: null, hardSets: 0 }), 'none', /^No training logged yet/],
    ['nothing in the window', report({ hardSets: 0 }), 'none', /^No hard sets in the last 4 weeks/],
    ['a first session', report({ firstTrainedOn: '2026-11-20', hardSets: 3 }), 'none', /^Too early to judge: .*3 hard sets so far/],
    ['nothing to flag', report({}), 'balanced', /^Balanced: legs 40% of your hard sets, push\/pull 1\.1\.$/],
    ['a warning before an info', report({ flags: [flag('info', 'Bench is ahead.'), flag('warning', 'Legs are behind.')] }), 'warning', /^Legs are behind\.$/],
    ['an info only', report({ flags: [flag('info', 'Bench is ahead.')] }), 'info', /^Bench is ahead\.$/],
  ])('%s', (_name, r, status, line) => {
    const sut = balanceLine(r);
    expect(sut.status).toBe(status);
    expect(sut.line).toMatch(line);
  });
});
