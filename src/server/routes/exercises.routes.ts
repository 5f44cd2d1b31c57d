import { Ok, CustomExerciseInput, ErrorBody, Exercise, ExerciseList, ExerciseProgress, ExerciseSearchQuery, FormulaQuery, UuidParams } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const exerciseRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/exercises',
    { schema: { tags: ['exercises'], summary: 'Search your exercises and the catalog by name, muscle or equipment', querystring: ExerciseSearchQuery, response: { 200: ExerciseList, ...errors } } },
    (req) => services.exercises.search(actorOf(req), req.query),
  );
  r.get(
    '/api/exercises/:id',
    { schema: { tags: ['exercises'], summary: 'One exercise with its muscles and attribution', params: UuidParams, response: { 200: Exercise, ...errors } } },
    (req) => services.exercises.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/exercises/:id/progress',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Personal records and one chart point per session (e1RM by Epley unless another formula is asked for)',
        params: UuidParams,
        querystring: FormulaQuery,
        response: { 200: ExerciseProgress, ...errors },
      },
    },
    (req) => services.workouts.exerciseProgress(actorOf(req), req.params.id, req.query),
  );
  r.post(
    '/api/exercises',
    { schema: { tags: ['exercises'], summary: 'Create one of your own exercises', body: CustomExerciseInput, response: { 201: Exercise, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.exercises.createCustom(actorOf(req), req.body)),
  );
  r.put(
    '/api/exercises/:id',
    { schema: { tags: ['exercises'], summary: 'Change one of your own exercises', params: UuidParams, body: CustomExerciseInput, response: { 200: Exercise, ...errors } } },
    (req) => services.exercises.updateCustom(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/exercises/:id',
    { schema: { tags: ['exercises'], summary: 'Delete one of your own exercises that no workout or routine uses', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.exercises.deleteCustom(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
