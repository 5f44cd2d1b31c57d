import { Ok, ErrorBody, Routine, RoutineFromWorkout, RoutineInput, RoutineList, UuidParams } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const routineRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get('/api/routines', { schema: { tags: ['routines'], summary: 'Your routines (workout templates)', response: { 200: RoutineList, ...errors } } }, (req) =>
    services.routines.list(actorOf(req)),
  );
  r.post(
    '/api/routines',
    { schema: { tags: ['routines'], summary: 'Create a routine', body: RoutineInput, response: { 201: Routine, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.routines.create(actorOf(req), req.body)),
  );
  r.post(
    '/api/routines/from-workout',
    { schema: { tags: ['routines'], summary: 'Save a workout as a routine', body: RoutineFromWorkout, response: { 201: Routine, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.routines.fromWorkout(actorOf(req), req.body.workoutId, req.body.name)),
  );
  r.get('/api/routines/:id', { schema: { tags: ['routines'], summary: 'One routine', params: UuidParams, response: { 200: Routine, ...errors } } }, (req) =>
    services.routines.get(actorOf(req), req.params.id),
  );
  r.put(
    '/api/routines/:id',
    { schema: { tags: ['routines'], summary: 'Replace a routine', params: UuidParams, body: RoutineInput, response: { 200: Routine, ...errors } } },
    (req) => services.routines.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/routines/:id',
    { schema: { tags: ['routines'], summary: 'Delete a routine', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.routines.delete(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
