// GET /export?format=graphml|json|csv[&part=nodes|relationships][&from=…&depth=N&limit=N]: the
// same exports as `akhbar export`, for researchers who only have the HTTP endpoint. Read-only; the
// whole graph is refused past HTTP_NODE_LIMIT nodes so one request cannot pull a huge graph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { DEADLINE_GRACE_MS, withDeadline } from '../db/deadline.ts';
import { toNeo4jCsv } from './csv.ts';
import { toGraphML } from './graphml.ts';
import { toJson } from './json.ts';
import { ExportError, MAX_DEPTH, readSubgraph } from './subgraph.ts';

export const HTTP_NODE_LIMIT = 20_000;
/**
 * How long one HTTP export may read (server-side transaction timeout; the client gives up a second
 * later, so an outage answers 503 instead of waiting out the driver's retries). Longer than a
 * GraphQL request's: an export of HTTP_NODE_LIMIT nodes reads them all with their relationships.
 */
export const EXPORT_TIMEOUT_MS = 30_000;

const CONTENT_TYPES = {
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

function wholeNumber(raw: string | null, fallback: number, min: number, max: number, name: string): number {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new ExportError(`${name} must be a whole number from ${min} to ${max}`);
  return value;
}

/** Answers /export; returns false for other paths so the caller can route them. */
export function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  db: { driver: Driver; database: string; onError?: (error: unknown) => void; timeoutMs?: number },
): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/export') return false;
  if (req.method !== 'GET') {
    fail(res, 405, 'METHOD_NOT_ALLOWED', 'use GET');
    return true;
  }
  void (async () => {
    try {
      const format = url.searchParams.get('format') ?? 'graphml';
      if (!(format in CONTENT_TYPES)) throw new ExportError('format must be graphml, json or csv');
      const part = url.searchParams.get('part') ?? 'nodes';
      if (format === 'csv' && part !== 'nodes' && part !== 'relationships') {
        throw new ExportError('part must be nodes or relationships');
      }
      const from = url.searchParams.get('from') ?? undefined;
      const depth = wholeNumber(url.searchParams.get('depth'), 2, 0, MAX_DEPTH, 'depth');
      const limit = wholeNumber(url.searchParams.get('limit'), HTTP_NODE_LIMIT, 1, HTTP_NODE_LIMIT, 'limit');
      const timeoutMs = db.timeoutMs ?? EXPORT_TIMEOUT_MS;
      const graph = await withDeadline(
        readSubgraph(db.driver, {
          database: db.database,
          limit,
          timeoutMs,
          ...(from ? { from, depth } : {}),
        }),
        timeoutMs + DEADLINE_GRACE_MS,
      );
      const body =
        format === 'graphml'
          ? toGraphML(graph)
          : format === 'json'
            ? toJson(graph)
            : toNeo4jCsv(graph)[part === 'nodes' ? 'nodes.csv' : 'relationships.csv'];
      const name = `akhbar${format === 'csv' ? `-${part}` : ''}.${format}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format as keyof typeof CONTENT_TYPES],
        'content-disposition': `attachment; filename="${name}"`,
        'x-akhbar-truncated': String(graph.truncated),
      });
      res.end(body);
    } catch (error) {
      if (error instanceof ExportError) fail(res, 400, 'BAD_USER_INPUT', error.message);
      else {
        db.onError?.(error);
        fail(res, 503, 'DB_UNAVAILABLE', 'the graph could not be read');
      }
    }
  })();
  return true;
}
