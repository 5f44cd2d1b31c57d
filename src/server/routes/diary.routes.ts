import { CopyInput, DayView, DiaryDateParams, DiaryEntry, EntryList, EntryPatch, EntryUpdate, ErrorBody, LogEntryInput, UuidParams, WeekView } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const diaryRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  r.get(
    '/api/diary/days/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'A day: meals and entries, totals, and goal − food + exercise = remaining with macros against their targets',
        params: DiaryDateParams,
        response: { 200: DayView, ...errors },
      },
    },
    (req) => services.diary.day(actorOf(req), req.params.date),
  );
  r.get(
    '/api/diary/weeks/:date',
    { schema: { tags: ['diary'], summary: 'The week containing a day (by your first day of the week): calories against the goal', params: DiaryDateParams, response: { 200: WeekView, ...errors } } },
    (req) => services.diary.week(actorOf(req), req.params.date),
  );
  r.post(
    '/api/diary/entries',
    {
      schema: {
        tags: ['diary'],
        summary: 'Log an amount of a food (any of its portions, or g/oz/lb/kg), or a quick add of calories',
        body: LogEntryInput,
        response: { 201: DiaryEntry, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await services.diary.log(actorOf(req), req.body)),
  );
  r.patch(
    '/api/diary/entries/:id',
    { schema: { tags: ['diary'], summary: 'Change an entry’s day, meal or amount; answers with what it was, for undo', params: UuidParams, body: EntryPatch, response: { 200: EntryUpdate, ...errors } } },
    (req) => services.diary.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/diary/entries/:id',
    { schema: { tags: ['diary'], summary: 'Delete an entry (restorable for 7 days); answers with the deleted entry', params: UuidParams, response: { 200: DiaryEntry, ...errors } } },
    (req) => services.diary.remove(actorOf(req), req.params.id),
  );
  r.post(
    '/api/diary/entries/:id/restore',
    { schema: { tags: ['diary'], summary: 'Undo a delete', params: UuidParams, response: { 200: DiaryEntry, ...errors } } },
    (req) => services.diary.restore(actorOf(req), req.params.id),
  );
  r.post(
    '/api/diary/copy',
    { schema: { tags: ['diary'], summary: 'Copy a meal or a whole day to another day (and meal)', body: CopyInput, response: { 201: EntryList, ...errors } } },
    async (req, reply) => reply.status(201).send({ entries: await services.diary.copy(actorOf(req), req.body) }),
  );
};
