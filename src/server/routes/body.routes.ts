import {
  BodyEntry,
  BodyEntryInput,
  BodyRangeQuery,
  DateParams,
  ErrorBody,
  Expenditure,
  Ok,
  SleepInput,
  SleepNight,
  TrendQuery,
  UuidParams,
  WeightTrend,
} from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const bodyRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/body/entries',
    { schema: { tags: ['body'], summary: 'Body-log entries (weigh-ins, body fat, girths), newest first', querystring: BodyRangeQuery, response: { 200: BodyEntry.array(), ...errors } } },
    (req) => services.body.list(actorOf(req), req.query),
  );
  r.post(
    '/api/body/entries',
    { schema: { tags: ['body'], summary: 'Log a weigh-in, body fat or girths (any unit)', body: BodyEntryInput, response: { 201: BodyEntry, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.body.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/body/entries/:id',
    { schema: { tags: ['body'], summary: 'One body-log entry', params: UuidParams, response: { 200: BodyEntry, ...errors } } },
    (req) => services.body.get(actorOf(req), req.params.id),
  );
  r.put(
    '/api/body/entries/:id',
    { schema: { tags: ['body'], summary: 'Replace a body-log entry', params: UuidParams, body: BodyEntryInput, response: { 200: BodyEntry, ...errors } } },
    (req) => services.body.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/body/entries/:id',
    { schema: { tags: ['body'], summary: 'Delete a body-log entry', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.body.delete(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/body/sleep',
    { schema: { tags: ['body'], summary: 'Nights of sleep, newest first', querystring: BodyRangeQuery, response: { 200: SleepNight.array(), ...errors } } },
    (req) => services.body.listSleep(actorOf(req), req.query),
  );
  r.put(
    '/api/body/sleep/:date',
    { schema: { tags: ['body'], summary: 'Log (or replace) the night that ended on this day', params: DateParams, body: SleepInput, response: { 200: SleepNight, ...errors } } },
    (req) => services.body.putSleep(actorOf(req), req.params.date, req.body),
  );
  r.delete(
    '/api/body/sleep/:date',
    { schema: { tags: ['body'], summary: 'Delete the night that ended on this day', params: DateParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.body.deleteSleep(actorOf(req), req.params.date);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/body/trend',
    {
      schema: {
        tags: ['body'],
        summary: 'Scale weight and the smoothed trend per day (default the last 90 days), the weekly rate and the goal’s rate',
        querystring: TrendQuery,
        response: { 200: WeightTrend, ...errors },
      },
    },
    (req) => services.body.trend(actorOf(req), req.query),
  );
  r.get(
    '/api/body/expenditure',
    {
      schema: {
        tags: ['body'],
        summary: 'Expenditure learned from the diary and the weight trend, beside the formula, and the budget in force',
        response: { 200: Expenditure, ...errors },
      },
    },
    (req) => services.bodyExpenditure.expenditure(actorOf(req)),
  );
};
