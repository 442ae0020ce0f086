// Cypher the app runs lives in cypher/<folder>/<name>.cypher; each file is read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './local-neo4j.ts';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of cypher/<path>.cypher, e.g. `cypherText('export/expand')`. */
export function cypherText(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${path}.cypher`), 'utf8');
    cache.set(path, text);
  }
  return text;
}
