import { CustomFoodInput, ErrorBody, Food, FoodHits, FoodList, FoodSearchQuery, Ok, RecentFoodsQuery, UuidParams } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const foodRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/foods',
    {
      schema: {
        tags: ['foods'],
        summary: 'Search the food catalog, your own foods and your recipes, best first (foods you log often come first)',
        querystring: FoodSearchQuery,
        response: { 200: FoodHits, ...errors },
      },
    },
    async (req) => ({ foods: await services.foods.search(actorOf(req), req.query.q, { limit: req.query.limit ?? 20 }) }),
  );
  r.get(
    '/api/foods/recent',
    { schema: { tags: ['foods'], summary: 'Foods you logged in the last 90 days, latest first, with the amount you took', querystring: RecentFoodsQuery, response: { 200: FoodHits, ...errors } } },
    async (req) => ({ foods: await services.foods.recent(actorOf(req), { limit: req.query.limit ?? 20 }) }),
  );
  r.get(
    '/api/foods/custom',
    { schema: { tags: ['foods'], summary: 'Your own foods', response: { 200: FoodList, ...errors } } },
    async (req) => ({ foods: await services.foods.listCustom(actorOf(req)) }),
  );
  r.get(
    '/api/foods/:id',
    { schema: { tags: ['foods'], summary: 'One food: nutrients per 100 g, further nutrients, portions', params: UuidParams, response: { 200: Food, ...errors } } },
    (req) => services.foods.get(actorOf(req), req.params.id),
  );
  r.post(
    '/api/foods',
    { schema: { tags: ['foods'], summary: 'Create a food of your own from its label', body: CustomFoodInput, response: { 201: Food, ...errors } } },
    async (req, reply) => reply.status(201).send(await services.foods.createCustom(actorOf(req), req.body)),
  );
  r.put(
    '/api/foods/:id',
    { schema: { tags: ['foods'], summary: 'Change a food of your own (diary entries keep what they logged)', params: UuidParams, body: CustomFoodInput, response: { 200: Food, ...errors } } },
    (req) => services.foods.updateCustom(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/foods/:id',
    { schema: { tags: ['foods'], summary: 'Delete a food of your own that no recipe uses', params: UuidParams, response: { 200: Ok, ...errors } } },
    async (req) => {
      await services.foods.deleteCustom(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
};
