// The loader's Cypher lives in cypher/queries/*.cypher; this module reads each file once and hands
// out the text. Relationship types cannot be query parameters, so the one relation template is
// instantiated only for the fixed whitelist of types in the contract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../db/local-neo4j.ts';
import { splitStatements } from '../db/migrate.ts';
import type { RelationType } from '../extract/contract.ts';

export const QUERIES_DIR = join(PROJECT_ROOT, 'cypher/queries');

export const RELATION_TYPES: readonly RelationType[] = [
  'LEADER_OF',
  'MEMBER_OF',
  'SPOKESPERSON_OF',
  'FOUNDER_OF',
  'DEPUTY_OF',
  'PART_OF',
  'LOCATED_IN',
  'BORDERS',
  'BASED_IN',
  'AFFILIATED_WITH',
];

export type QueryName =
  | 'existing-articles'
  | 'write-articles'
  | 'write-entities'
  | 'write-mentions'
  | 'write-events'
  | 'write-sources'
  | 'write-statements'
  | 'lock-entity-digests'
  | 'entity-digest-keys'
  | 'write-entity-digests'
  | 'mark-entity-digests'
  | 'stale-entity-digests'
  | 'refresh-entity-digests'
  | 'write-relation'
  | 'write-relation-evidence'
  | 'delete-article';

const cache = new Map<QueryName, string>();

/** The text of cypher/queries/<name>.cypher, comments kept (Cypher accepts `//`). */
export function query(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** A file of several statements (delete-article), split the way migrations are. */
export function statements(name: QueryName): string[] {
  return splitStatements(query(name));
}

export function isRelationType(type: string): type is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(type);
}

/** The relation write for one whitelisted type; anything else is refused, never spliced in. */
export function relationQuery(type: RelationType): string {
  if (!isRelationType(type)) throw new Error(`unknown relation type: ${String(type)}`);
  return query('write-relation').replaceAll('__TYPE__', type);
}
