import { ErrorBody, Ok, Recipe, RecipeInput, RecipeList, UuidParams } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const recipeRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/recipes',
    { schema: { tags: ['recipes'], summary: 'Your recipes with nutrients per serving', response: { 200: RecipeList, ...errors } } },
    async (req) => ({ recipes: await services.recipes.list(actorOf(req)) }),
  );
  r.get(
    '/api/recipes/:id',
    { schema: { tags: ['recipes'], summary: 'One recipe: ingredients, total and per-serving nutrients', params: UuidParams, response: { 200: Recipe, ...errors } } },
    (req) => services.recipes.get(actorOf(req), req.params.id),
  );
  r.post(
    '/api/recipes',
    { schema: { tags: ['recipes'], summary: 'Create a recipe from ingredients and a number of servings', body: RecipeInput, response: { 201: Recipe, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.recipes.create(actorOf(req), req.body)),
  );
  r.put(
    '/api/recipes/:id',
    { schema: { tags: ['recipes'], summary: 'Replace a recipe (entries logged from it keep what they logged)', params: UuidParams, body: RecipeInput, response: { 200: Recipe, ...errors } } },
    (req) => services.recipes.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/recipes/:id',
    { schema: { tags: ['recipes'], summary: 'Delete a recipe', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.recipes.delete(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
