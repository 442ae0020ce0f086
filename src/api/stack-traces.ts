// Source-mapped stack traces at a fraction of Node's cost, for the API server's process.
//
// The server runs its TypeScript through tsx, which turns on Node's source-map support so a stack
// points at the .ts line. Node then maps every frame of every stack it formats, resolving each
// frame's file to a URL and looking its map up anew (pathToFileURL, URL parsing, a cache lookup),
// also for files that have no map. neo4j-driver formats a stack for every result it creates (the
// query's and the commit's: kept to graft onto a later error), so a read transaction formatted
// two stacks of driver frames: 5-6 % of the server's CPU per request in a profile under load.
// This formatter maps only frames of files that have a map, remembers per file whether one does,
// and formats the rest as V8 would.
import { findSourceMap, type SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    // A frame's file has been loaded (its code ran), so its map, if it has one, is known by now.
    map = file.startsWith('node:') ? null : (findSourceMap(file) ?? null);
    maps.set(file, map);
  }
  return map;
}

function header(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}

/** One frame as V8 writes it, with the original file, line and column where a map knows them. */
function frameLine(frame: NodeJS.CallSite): string {
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  const map = file && line !== null && column !== null ? mapOf(file) : null;
  if (!map || line === null || column === null) return `${frame}`;
  const entry = map.findEntry(line - 1, column - 1) as Partial<{
    originalSource: string;
    originalLine: number;
    originalColumn: number;
  }>;
  if (!entry.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined)
    return `${frame}`;
  const source = entry.originalSource.startsWith('file://')
    ? fileURLToPath(entry.originalSource)
    : entry.originalSource;
  const at = `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  const prefix = frame.isAsync() ? 'async ' : frame.isConstructor() ? 'new ' : '';
  const type = frame.getTypeName();
  const fn = frame.getFunctionName();
  const method = frame.getMethodName();
  const name =
    fn && type && !frame.isToplevel() && !frame.isConstructor() && !fn.startsWith(`${type}.`)
      ? `${type}.${fn}`
      : (fn ?? (method && type ? `${type}.${method}` : null));
  return name ? `${prefix}${name} (${at})` : `${prefix}${at}`;
}

/** Installs the formatter for the whole process (the API server's entry calls this). */
export function useCheapSourceMappedStacks(): void {
  Error.prepareStackTrace = (error, frames) =>
    frames.length === 0
      ? header(error)
      : `${header(error)}\n${frames.map((f) => `    at ${frameLine(f)}`).join('\n')}`;
}
