import type { BalanceReport } from '../contract/index.js';
import { request } from './api.js';

/** The typed client of /api/reports/balance (shapes from src/contract). */
export const balanceApi = {
  report: (weeks: number, asOf?: string, signal?: AbortSignal) => {
    const q = new URLSearchParams({ weeks: String(weeks), ...(asOf ? { asOf } : {}) });
    return request<BalanceReport>('GET', `/api/reports/balance?${q.toString()}`, undefined, signal);
  },
};
