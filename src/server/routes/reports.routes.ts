import { BalanceQuery, BalanceReport, ErrorBody } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export const reportRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/reports/balance',
    {
      schema: {
        tags: ['reports'],
        summary: 'Training balance: hard sets per muscle and region a week, lower-body share, push/pull, days since legs, strength ratios, flags and suggestions',
        querystring: BalanceQuery,
        response: { 200: BalanceReport, ...errors },
      },
    },
    (req) => services.balance.report(actorOf(req), req.query),
  );
};
