// The relation types are written out in several places that cannot share one list: the loader's
// whitelist (src/graph/queries.ts), the API's enum (entity.loaders.ts), the graph counts, and the
// API's Cypher, where relationship types cannot be parameters (neighbourhood, paths: patterns
// like [:LEADER_OF|MEMBER_OF|…] and `type(r) IN [...]`). A type added to the model and missed in
// one of them would silently drop those relations from answers; this test fails instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUERY_DIR } from '../../../src/api/db.ts';
import { RELATION_TYPES as API_RELATION_TYPES } from '../../../src/api/types/entity.loaders.ts';
import { RELATIONSHIP_TYPES } from '../../../src/graph/counts.ts';
import { RELATION_TYPES } from '../../../src/graph/queries.ts';

const relations = [...RELATION_TYPES].sort();
/** Relationship types of the model that are not relations between entities. */
const STRUCTURAL = new Set([
  'SAID_BY',
  'ABOUT',
  'VIA',
  'INVOLVES',
  'IN',
  'IN_ARTICLE',
  'REPORTED_IN',
  'MENTIONS',
]);

interface TypeList {
  file: string;
  text: string;
  types: string[];
}

/** Every relationship-type alternation and `type(x) IN [...]` list in the API's Cypher. */
function typeLists(): TypeList[] {
  const lists: TypeList[] = [];
  for (const file of readdirSync(QUERY_DIR).filter((f) => f.endsWith('.cypher'))) {
    const cypher = readFileSync(join(QUERY_DIR, file), 'utf8').replace(/\/\/.*$/gm, '');
    for (const m of cypher.matchAll(/\[\w*:([A-Z_]+(?:\|[A-Z_]+)+)[\]*]/g))
      lists.push({ file, text: m[0], types: m[1]!.split('|') });
    for (const m of cypher.matchAll(/type\(\w+\) IN \[([^\]]*)\]/g))
      lists.push({ file, text: m[0], types: m[1]!.split(',').map((t) => t.trim().replace(/^'|'$/g, '')) });
  }
  return lists;
}

describe('relation types', () => {
  test('the loader, the API enum and the graph counts name the same relation types', () => {
    expect([...API_RELATION_TYPES].sort()).toEqual(relations);
    expect(RELATIONSHIP_TYPES.filter((t) => !STRUCTURAL.has(t)).sort()).toEqual(relations);
  });

  test('every list of relation types in cypher/api names all of them, and nothing unknown', () => {
    const lists = typeLists();
    const known = new Set<string>(RELATIONSHIP_TYPES);
    for (const list of lists)
      expect({ file: list.file, text: list.text, unknown: list.types.filter((t) => !known.has(t)) }).toEqual({
        file: list.file,
        text: list.text,
        unknown: [],
      });
    // Walks up the place hierarchy ([:LOCATED_IN|PART_OF*0..]) name a few on purpose; a list that
    // names LEADER_OF is meant to hold every relation.
    const all = lists.filter((l) => l.types.includes('LEADER_OF'));
    // If this set shrinks, the parsing above has stopped seeing the lists, not the queries.
    expect(new Set(all.map((l) => l.file))).toEqual(
      new Set(['neighborhood.cypher', 'neighborhood-articles.cypher', 'paths.cypher']),
    );
    for (const list of all) {
      const named = list.types.filter((t) => !STRUCTURAL.has(t)).sort();
      expect({ file: list.file, text: list.text, named }).toEqual({
        file: list.file,
        text: list.text,
        named: relations,
      });
    }
  });
});
