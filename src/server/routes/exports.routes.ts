import type { FastifyReply } from 'fastify';
import { ErrorBody, ExportQuery } from '../../contract/index.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Downloads of everything a person has: the versioned JSON, or a zip of CSV files. */
export const exportRoutes: Routes = (app, { services, actorOf }) => {
  typed(app).get(
    '/api/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Download everything of yours: JSON (format platewise-export, version 1; docs/export-format.md) or a zip of CSV files',
        querystring: ExportQuery,
        response: { ...errors },
      },
    },
    async (req, typedReply) => {
      // The body is a file (a Buffer or JSON text), sent as it is rather than through a response schema.
      const reply = typedReply as unknown as FastifyReply;
      const actor = actorOf(req);
      const day = services.clock.today();
      if (req.query.format === 'csv') {
        const zip = await services.dataExport.exportCsvZip(actor);
        return reply.type('application/zip').header('content-disposition', `attachment; filename="platewise-${day}-csv.zip"`).send(zip);
      }
      const doc = await services.dataExport.exportJson(actor);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="platewise-${day}.json"`)
        .send(JSON.stringify(doc));
    },
  );
};
