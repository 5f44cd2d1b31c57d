import { Ok, EnergyQuery, EnergyResponse, ErrorBody, FormulaQuery, StartWorkoutInput, UuidParams, Workout, WorkoutInput, WorkoutList, WorkoutListQuery } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const workoutRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/workouts',
    { schema: { tags: ['workouts'], summary: 'Workouts, newest first, with totals and the records each set', querystring: WorkoutListQuery, response: { 200: WorkoutList, ...errors } } },
    (req) => services.workouts.list(actorOf(req), req.query),
  );
  r.post(
    '/api/workouts',
    {
      schema: {
        tags: ['workouts'],
        summary: 'Log a workout, or start one (from a routine, or repeating an earlier workout)',
        body: StartWorkoutInput,
        response: { 201: Workout, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await services.workouts.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/workouts/energy',
    { schema: { tags: ['workouts'], summary: 'Net exercise energy per day (kcal above rest)', querystring: EnergyQuery, response: { 200: EnergyResponse, ...errors } } },
    (req) => services.workouts.energy(actorOf(req), req.query.from, req.query.to),
  );
  r.get(
    '/api/workouts/:id',
    {
      schema: {
        tags: ['workouts'],
        summary: "A workout set by set, with last time's numbers and the records it set",
        params: UuidParams,
        querystring: FormulaQuery,
        response: { 200: Workout, ...errors },
      },
    },
    (req) => services.workouts.get(actorOf(req), req.params.id, req.query),
  );
  r.put(
    '/api/workouts/:id',
    { schema: { tags: ['workouts'], summary: 'Replace a workout whole (an omitted body weight is kept)', params: UuidParams, body: WorkoutInput, response: { 200: Workout, ...errors } } },
    (req) => services.workouts.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/workouts/:id',
    { schema: { tags: ['workouts'], summary: 'Delete a workout', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.workouts.delete(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
