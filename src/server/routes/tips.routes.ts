import { DismissedTip, ErrorBody, Ok, TipIdParams, TipsQuery, TipsResponse } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const tipRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/tips',
    {
      schema: {
        tags: ['tips'],
        summary: 'The day’s tips (default today, 3 at most), best first: message, evidence grade, sources and the numbers that made each apply',
        querystring: TipsQuery,
        response: { 200: TipsResponse, ...errors },
      },
    },
    (req) => services.tips.forDay(actorOf(req), req.query),
  );
  r.post(
    '/api/tips/:id/dismiss',
    { schema: { tags: ['tips'], summary: 'Dismiss a tip: it is not shown again', params: TipIdParams, response: { 200: DismissedTip, ...errors } } },
    (req) => services.tips.dismiss(actorOf(req), req.params.id),
  );
  r.delete(
    '/api/tips/:id/dismiss',
    { schema: { tags: ['tips'], summary: 'Bring a dismissed tip back', params: TipIdParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.tips.undismiss(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
