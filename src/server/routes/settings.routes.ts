import { ErrorBody, Settings, SettingsPatch } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

export const settingsRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/settings',
    { schema: { tags: ['settings'], summary: 'Preferences of the signed-in user', response: { 200: Settings } } },
    (req) => services.settings.get(actorOf(req)),
  );
  r.patch(
    '/api/settings',
    { schema: { tags: ['settings'], summary: 'Change some preferences', body: SettingsPatch, response: { 200: Settings, 400: ErrorBody } } },
    (req) => services.settings.update(actorOf(req), req.body),
  );
};
