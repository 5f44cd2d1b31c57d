import { BodyInput, ErrorBody, GoalResponse, Profile, ProfileInput } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

export const profileRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/profile',
    { schema: { tags: ['profile'], summary: 'The profile of the signed-in user', response: { 200: Profile, 404: ErrorBody } } },
    (req) => services.profile.get(actorOf(req)),
  );
  r.put(
    '/api/profile',
    { schema: { tags: ['profile'], summary: 'Create or replace the profile', body: ProfileInput, response: { 200: Profile, 400: ErrorBody } } },
    (req) => services.profile.put(actorOf(req), req.body),
  );
  r.get(
    '/api/goal',
    { schema: { tags: ['goal'], summary: 'The daily calorie and macro budget computed from the profile', response: { 200: GoalResponse, 404: ErrorBody } } },
    (req) => services.profile.goal(actorOf(req)),
  );
  r.post(
    '/api/goal/preview',
    { schema: { tags: ['goal'], summary: 'Compute a budget from a body without saving it', body: BodyInput, response: { 200: GoalResponse, 400: ErrorBody } } },
    async (req) => services.profile.preview(actorOf(req), req.body),
  );
};
