import { ErrorBody, GainPlan, Projection, ProjectionInput } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const projectionRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.post(
    '/api/projections',
    {
      schema: {
        tags: ['projections'],
        summary: 'Project body weight with the Hall model (beside the 3,500-kcal line): at an intake, a phased plan, or solved for a target',
        body: ProjectionInput,
        response: { 200: Projection, ...errors },
      },
    },
    (req) => services.projections.project(actorOf(req), req.body),
  );
  r.get(
    '/api/projections/gain-plan',
    {
      schema: {
        tags: ['projections'],
        summary: 'The muscle-gain plan: lean-gain surplus, protein, weekly sets, sleep and 12 weeks of the model',
        response: { 200: GainPlan, ...errors },
      },
    },
    (req) => services.projections.gainPlan(actorOf(req)),
  );
};
