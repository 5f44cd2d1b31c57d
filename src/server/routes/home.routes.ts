import { ErrorBody, HomeQuery, HomeResponse } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export const homeRoutes: Routes = (app, { services, actorOf }) => {
  typed(app).get(
    '/api/home',
    {
      schema: {
        tags: ['home'],
        summary: 'The home screen in one request: budget and macros, today’s or the next workout, the balance line, the weight trend, the day’s tips',
        querystring: HomeQuery,
        response: { 200: HomeResponse, ...errors },
      },
    },
    (req) => services.home.home(actorOf(req), req.query),
  );
};
