import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { HttpRoute } from '../http.ts';
import type { Logger } from '../logger.ts';
import type { RequestIds } from '../request-ids.ts';
import { mayReadRejections, visibleBatches } from './batches.ts';
import { writeRejectedCsv } from './rejected.ts';
import { importFile, ImportRefused } from './run.ts';
import type { ImportDB } from './tables.ts';
import type { ImportTemplate } from './template.ts';

/** Files larger than this are refused (a national child list as CSV is about 200 MB). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/**
 * An agency subgraph's import endpoints, reached only through the gateway (which verifies the
 * client and signs the viewer into the internal token):
 *   POST /import?template=<name>&file=<name>&policy=valid-rows   body: the file → the summary (JSON)
 *   GET  /import/rejected?batch=<id>                              → the rejected rows (CSV)
 *   GET  /import/batches?first=50                                 → import batches, newest first, with counts and error summaries
 * OFFICERs import only rows of their area (others are rejected OUTSIDE_AREA, never stored) and
 * read only the rejections of batches they submitted.
 */
export function importRoutes(options: {
  database: Database<any>;
  schema: string;
  templates: Record<string, ImportTemplate<any>>;
  logger: Logger;
  viewerOf: (req: IncomingMessage) => Promise<Viewer | undefined>;
}): HttpRoute {
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  };
  /** Answers with a GraphQL-shaped error; true, as the route handled the request. */
  const error = (res: ServerResponse, status: number, code: string, message: string): true => {
    send(res, status, { errors: [{ message, extensions: { code } }] });
    return true;
  };

  return {
    path: /^\/import(\/rejected|\/batches)?$/,
    handle: async (req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds): Promise<boolean> => {
      const viewer = await options.viewerOf(req);
      if (!viewer) return error(res, 401, 'UNAUTHENTICATED', 'This service answers only the gateway.');
      if (viewer.role !== 'ADMIN' && viewer.role !== 'OFFICER')
        return error(res, 403, 'FORBIDDEN', 'Only an ADMIN or an OFFICER may import files.');

      if (url.pathname === '/import/batches') {
        send(res, 200, {
          batches: await visibleBatches(options.database.db, viewer, Math.min(Number(url.searchParams.get('first') ?? 50) || 50, 500)),
        });
        return true;
      }
      if (url.pathname === '/import/rejected') {
        const batch = await (options.database.db as Kysely<ImportDB>)
          .selectFrom('lo_nhap')
          .select(['nguoi_nop'])
          .where('ma_lo', '=', url.searchParams.get('batch') ?? '')
          .executeTakeFirst();
        if (!batch || !mayReadRejections(viewer, batch.nguoi_nop)) return error(res, 404, 'NOT_FOUND', 'No such import batch of yours.');
        res.statusCode = 200;
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="rejected-${url.searchParams.get('batch')}.csv"`);
        await writeRejectedCsv(options.database.db, url.searchParams.get('batch')!, res);
        return true;
      }

      if (req.method !== 'POST') return error(res, 405, 'BAD_REQUEST', 'POST the file as the request body.');
      const names = Object.keys(options.templates);
      const name = url.searchParams.get('template') ?? (names.length === 1 ? names[0]! : '');
      const template = options.templates[name];
      if (!template) return error(res, 400, 'BAD_USER_INPUT', `template must be one of ${names.join(', ')}`);
      const policy = url.searchParams.get('policy') === 'valid-rows' ? 'VALID_ROWS' : 'ALL_OR_NOTHING';
      if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES)
        return error(res, 413, 'BAD_REQUEST', `files up to ${MAX_IMPORT_BYTES} bytes`);

      const dir = await mkdtemp(join(tmpdir(), 'upload-'));
      try {
        const path = join(dir, 'upload');
        let size = 0;
        await pipeline(
          req,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length;
              if (size > MAX_IMPORT_BYTES) throw new ImportRefused('MISSING_COLUMN', 'too large');
              yield chunk;
            }
          },
          createWriteStream(path),
        );
        const summary = await importFile(options.database, template, {
          path,
          fileName: (url.searchParams.get('file') ?? 'upload').slice(0, 200),
          schema: options.schema,
          submitter: viewer,
          policy,
        });
        options.logger.info({ requestId: ids.requestId, batch: summary.batchId, status: summary.status, rows: summary.rows }, 'import');
        send(res, summary.status === 'REJECTED' ? 422 : 200, summary);
      } catch (err) {
        if (err instanceof ImportRefused) error(res, 422, err.code, err.message);
        else throw err;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      return true;
    },
  };
}
