// Serves the explorer (/explorer): its own files from src/explorer/public plus cytoscape and the
// Arabic font from node_modules, so the app ships everything and nothing needs a build step.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), 'public');
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans-arabic/package.json')), 'files');

/** URL path → file on disk and content type; nothing outside this table is served. */
const ASSETS: Record<string, [string, string]> = {
  '/explorer': [join(PUBLIC, 'index.html'), 'text/html; charset=utf-8'],
  '/explorer/': [join(PUBLIC, 'index.html'), 'text/html; charset=utf-8'],
  '/explorer/explorer.js': [join(PUBLIC, 'explorer.js'), 'text/javascript; charset=utf-8'],
  '/explorer/explorer.css': [join(PUBLIC, 'explorer.css'), 'text/css; charset=utf-8'],
  '/explorer/vendor/cytoscape.min.js': [
    require.resolve('cytoscape/dist/cytoscape.min.js'),
    'text/javascript; charset=utf-8',
  ],
  '/explorer/fonts/noto-sans-arabic-400.woff2': [
    join(fontDir, 'noto-sans-arabic-arabic-400-normal.woff2'),
    'font/woff2',
  ],
  '/explorer/fonts/noto-sans-arabic-700.woff2': [
    join(fontDir, 'noto-sans-arabic-arabic-700-normal.woff2'),
    'font/woff2',
  ],
};

const cache = new Map<string, Buffer>();

export function explorerAsset(pathname: string): { body: Buffer; contentType: string } | null {
  const entry = ASSETS[pathname];
  if (!entry) return null;
  const [file, contentType] = entry;
  let body = cache.get(file);
  if (!body) {
    body = readFileSync(file);
    cache.set(file, body);
  }
  return { body, contentType };
}

/** Answers /explorer requests; returns false for anything else so the caller can route it. */
export function handleExplorer(req: IncomingMessage, res: ServerResponse): boolean {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname !== '/explorer' && !pathname.startsWith('/explorer/')) return false;
  const asset = req.method === 'GET' || req.method === 'HEAD' ? explorerAsset(pathname) : null;
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return true;
  }
  res.writeHead(200, {
    'content-type': asset.contentType,
    'content-length': asset.body.length,
    'cache-control': 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}
